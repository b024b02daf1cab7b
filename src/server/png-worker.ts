// The program of each PNG worker thread (started by src/server/png-pool.ts, compiled to one script by
// src/server/classic-script.ts): draws each SVG it is sent with resvg and encodes the pixels with png-encode.ts.
import { parentPort } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { DEFLATE_LEVEL, rgbaToPng } from './png-encode';

/** What the pool sends: an SVG and how to draw it. */
export interface PngJob {
  id: number;
  svg: string;
  options: ResvgRenderOptions;
}

/** What the worker answers: the PNG bytes, or why drawing failed. */
export interface PngReply {
  id: number;
  png?: Uint8Array<ArrayBuffer>;
  error?: string;
}

const port = parentPort;
if (!port) throw new Error('png-worker.ts runs on a worker thread started by png-pool.ts');

// resvg's objects hold megabytes of native memory that are freed by finalizers on a later turn of the event loop;
// a batch of queued messages is handled in one turn, so run one job per turn (peak memory 2.6 GB -> 0.3 GB).
const queue: PngJob[] = [];
let running = false;

function next(): void {
  const job = queue.shift();
  if (!job) {
    running = false;
    return;
  }
  running = true;
  let reply: PngReply;
  try {
    const img = new Resvg(job.svg, job.options).render();
    const png = rgbaToPng(img.width, img.height, img.pixels, (raw, indexed) =>
      deflateSync(raw, { level: indexed ? DEFLATE_LEVEL.indexed : DEFLATE_LEVEL.rgba }),
    );
    reply = { id: job.id, png };
  } catch (e) {
    reply = { id: job.id, error: String((e instanceof Error && e.message) || e) };
  }
  port!.postMessage(reply, reply.png ? [reply.png.buffer] : []);
  setImmediate(next);
}

port.on('message', (job: PngJob) => {
  queue.push(job);
  if (!running) next();
});

// The program of each PNG worker thread (started by src/server/png-pool.ts, compiled to one script by
// src/server/classic-script.ts): draws each SVG it is sent with png-draw.ts.
import { parentPort } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { drawPng } from './png-draw';

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
    reply = { id: job.id, png: drawPng(job.svg, job.options) };
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

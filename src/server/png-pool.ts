// Renders PNGs on worker threads so that the ~2,600 seat chart and card images of a build use every core.
// Falls back to the main thread when workers cannot start.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { renderOptions, svgToPng } from './png';
import { DEFLATE_LEVEL, rgbaToPng } from './png-encode';

const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { deflateSync } = require('node:zlib');
const { Resvg } = require(workerData.resvg);
var __name = (f) => f; // esbuild's keepNames helper, in case a transform wrapped the encoder's inner functions
const rgbaToPng = ${rgbaToPng.toString()};
// resvg's objects hold megabytes of native memory that are freed by finalizers on a later turn of the event loop;
// a batch of queued messages is handled in one turn, so run one job per turn (peak memory 2.6 GB -> 0.3 GB).
const queue = [];
let running = false;
function next() {
  const job = queue.shift();
  if (!job) { running = false; return; }
  running = true;
  try {
    const img = new Resvg(job.svg, job.options).render();
    const png = rgbaToPng(img.width, img.height, img.pixels, (raw, indexed) => deflateSync(raw, { level: indexed ? workerData.levels.indexed : workerData.levels.rgba }));
    parentPort.postMessage({ id: job.id, png }, [png.buffer]);
  } catch (e) {
    parentPort.postMessage({ id: job.id, error: String((e && e.message) || e) });
  }
  setImmediate(next);
}
parentPort.on('message', (job) => {
  queue.push(job);
  if (!running) next();
});`;

interface Slot {
  worker: Worker;
  busy: number;
}
type Job = { resolve: (png: Uint8Array<ArrayBuffer>) => void; reject: (e: Error) => void };
interface Reply {
  id: number;
  png?: Uint8Array<ArrayBuffer>;
  error?: string;
}

let slots: Slot[] | null | undefined;
const jobs = new Map<number, Job>();
let nextId = 0;

function start(): Slot[] | null {
  try {
    const resvg = createRequire(`${process.cwd()}/`).resolve('@resvg/resvg-js');
    const n = Math.min(8, Math.max(1, availableParallelism()));
    return Array.from({ length: n }, () => {
      const slot: Slot = {
        worker: new Worker(WORKER_CODE, { eval: true, workerData: { resvg, levels: DEFLATE_LEVEL } }),
        busy: 0,
      };
      slot.worker.unref();
      slot.worker.on('message', (m: Reply) => {
        // A worker with no jobs must not keep the build process alive.
        if (--slot.busy === 0) slot.worker.unref();
        const job = jobs.get(m.id);
        jobs.delete(m.id);
        if (m.png) job?.resolve(m.png);
        else job?.reject(new Error(`PNG rendering failed: ${m.error}`));
      });
      return slot;
    });
  } catch {
    return null;
  }
}

/** PNG bytes of `svg` at `scale`, rendered on the least busy worker. */
export function pngInPool(svg: string, scale = 1): Promise<Uint8Array<ArrayBuffer>> {
  if (slots === undefined) slots = start();
  if (!slots) return Promise.resolve(svgToPng(svg, scale));
  const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
  const id = nextId++;
  if (slot.busy++ === 0) slot.worker.ref();
  return new Promise((resolve, reject) => {
    jobs.set(id, { resolve, reject });
    slot.worker.postMessage({ id, svg, options: renderOptions(scale) });
  });
}

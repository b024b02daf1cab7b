// Renders PNGs on worker threads so that the ~2,600 seat chart and card images of a build use every core:
// workers draw the pixels, and the PNG compression runs on libuv's pool. Falls back to the main thread
// when workers cannot start.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { renderOptions, svgToPng } from './png';
import { encodePng } from './png-encode';

const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg, options }) => {
  try {
    const img = new Resvg(svg, options).render();
    const pixels = new Uint8Array(img.pixels);
    parentPort.postMessage({ id, width: img.width, height: img.height, pixels }, [pixels.buffer]);
  } catch (e) {
    parentPort.postMessage({ id, error: String((e && e.message) || e) });
  }
});`;

interface Slot { worker: Worker; busy: number }
type Job = { resolve: (png: Promise<Uint8Array<ArrayBuffer>>) => void; reject: (e: Error) => void };
interface Reply { id: number; width?: number; height?: number; pixels?: Uint8Array; error?: string }

let slots: Slot[] | null | undefined;
const jobs = new Map<number, Job>();
let nextId = 0;

function start(): Slot[] | null {
  try {
    const resvg = createRequire(`${process.cwd()}/`).resolve('@resvg/resvg-js');
    const n = Math.min(8, Math.max(1, availableParallelism()));
    return Array.from({ length: n }, () => {
      const slot: Slot = { worker: new Worker(WORKER_CODE, { eval: true, workerData: { resvg } }), busy: 0 };
      slot.worker.unref();
      slot.worker.on('message', (m: Reply) => {
        // A worker with no jobs must not keep the build process alive.
        if (--slot.busy === 0) slot.worker.unref();
        const job = jobs.get(m.id);
        jobs.delete(m.id);
        if (m.pixels && m.width && m.height) job?.resolve(encodePng(m.width, m.height, m.pixels));
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

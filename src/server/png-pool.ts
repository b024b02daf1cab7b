// Renders PNGs on worker threads (src/server/png-worker.ts) so that the ~2,600 seat chart and card images of a build
// use every core. Falls back to the main thread when workers cannot start.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerScript } from './classic-script';
import { renderOptions, svgToPng } from './png';
import type { PngJob, PngReply } from './png-worker';

interface Slot {
  worker: Worker;
  busy: number;
}
type Job = { resolve: (png: Uint8Array<ArrayBuffer>) => void; reject: (e: Error) => void };

let slots: Slot[] | null | undefined;
const jobs = new Map<number, Job>();
let nextId = 0;

function start(): Slot[] | null {
  try {
    const code = workerScript('src/server/png-worker.ts');
    const n = Math.min(8, Math.max(1, availableParallelism()));
    return Array.from({ length: n }, () => {
      const slot: Slot = { worker: new Worker(code, { eval: true }), busy: 0 };
      slot.worker.unref();
      slot.worker.on('message', (m: PngReply) => {
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
    const job: PngJob = { id, svg, options: renderOptions(scale) };
    slot.worker.postMessage(job);
  });
}

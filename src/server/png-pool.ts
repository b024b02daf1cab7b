// Renders PNGs on worker threads (src/server/png-worker.ts) so that the social cards of a build (about 1,300) use
// every core (up to 8 workers). Falls back to the main thread when workers cannot start. A worker that fails or stops
// fails the jobs it held, with the reason, instead of leaving the build waiting on them.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerScript } from './classic-script';
import { renderOptions, svgToPng } from './png';
import type { PngJob, PngReply } from './png-worker';

type Job = { resolve: (png: Uint8Array<ArrayBuffer>) => void; reject: (e: Error) => void };

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
}

/** Workers made by `makeWorker`, each job sent to the least busy live one. */
export class PngPool {
  private readonly slots: Slot[];
  private nextId = 0;

  constructor(makeWorker: () => Worker, size: number) {
    this.slots = Array.from({ length: size }, () => this.slot(makeWorker()));
  }

  private slot(worker: Worker): Slot {
    const slot: Slot = { worker, jobs: new Map() };
    worker.unref();
    const fail = (reason: string) => {
      this.slots.splice(this.slots.indexOf(slot), 1);
      for (const job of slot.jobs.values()) job.reject(new Error(`PNG worker ${reason}`));
      slot.jobs.clear();
    };
    worker.on('message', (m: PngReply) => {
      const job = slot.jobs.get(m.id);
      slot.jobs.delete(m.id);
      // A worker with no jobs must not keep the build process alive.
      if (slot.jobs.size === 0) worker.unref();
      if (m.png) job?.resolve(m.png);
      else job?.reject(new Error(`PNG rendering failed: ${m.error}`));
    });
    worker.on('error', (e) => fail(`failed: ${e.message}`));
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) fail(`stopped (exit code ${code})`);
    });
    return slot;
  }

  /** PNG bytes of `svg` at `scale`; rejects when no worker is left. */
  render(svg: string, scale = 1): Promise<Uint8Array<ArrayBuffer>> {
    const slot = this.slots.reduce<Slot | undefined>((a, b) => (a && a.jobs.size <= b.jobs.size ? a : b), undefined);
    if (!slot) return Promise.reject(new Error('PNG worker pool: every worker has stopped'));
    const id = this.nextId++;
    if (slot.jobs.size === 0) slot.worker.ref();
    return new Promise((resolve, reject) => {
      slot.jobs.set(id, { resolve, reject });
      const job: PngJob = { id, svg, options: renderOptions(scale) };
      slot.worker.postMessage(job);
    });
  }
}

let pool: PngPool | null | undefined;

function start(): PngPool | null {
  try {
    const code = workerScript('src/server/png-worker.ts');
    return new PngPool(() => new Worker(code, { eval: true }), Math.min(8, Math.max(1, availableParallelism())));
  } catch {
    return null;
  }
}

/** PNG bytes of `svg` at `scale`, rendered on the least busy worker. */
export function pngInPool(svg: string, scale = 1): Promise<Uint8Array<ArrayBuffer>> {
  if (pool === undefined) pool = start();
  return pool ? pool.render(svg, scale) : Promise.resolve(svgToPng(svg, scale));
}

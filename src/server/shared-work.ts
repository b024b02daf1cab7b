// Shares a build's per-key work (e.g. drawing every seat's chart) with one worker thread, so a static build uses
// both cores. The worker imports the built module that defines the work (which registers it under a symbol) and
// works through the keys from the end of the list while the build asks for them from the start; a key the worker has
// not finished yet is computed on the calling thread and the worker skips it. Both run the same function on the
// same data, so the output is the same whichever thread computes a key. Where no worker can load that module (tests,
// the dev server, which run TypeScript sources), or with GROUNDWORK_SHARED_WORK=off, everything is computed on the
// calling thread.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

const WORKER_CODE = `
const { parentPort, workerData, receiveMessageOnPort } = require('node:worker_threads');
const taken = new Set();
import(workerData.module).then(() => {
  const fn = globalThis[Symbol.for(workerData.name)];
  for (let i = workerData.keys.length - 1; i >= 0; i--) {
    for (let m; (m = receiveMessageOnPort(workerData.skip)); ) taken.add(m.message);
    const key = workerData.keys[i];
    if (taken.has(key)) break;
    workerData.out.postMessage({ key, value: fn(key) });
  }
}).catch(() => workerData.out.close());`;

interface Share {
  results: MessagePort | null;
  skip: MessagePort | null;
}

/** A function of a key whose values are computed ahead on a worker thread; `start` starts that worker now. */
export type SharedWork<V> = ((key: string) => V) & { start(): void };

/**
 * `fn` cached by key, with the keys of `keys()` computed ahead on a worker thread that imports `moduleUrl`; that
 * module must set `globalThis[Symbol.for(name)] = fn` when imported. Results must be structured-cloneable. The worker
 * starts at `start()` or at the first request, whichever comes first.
 */
export function sharedWork<V>(
  name: string,
  moduleUrl: string,
  keys: () => readonly string[],
  fn: (key: string) => V,
): SharedWork<V> {
  (globalThis as Record<symbol, unknown>)[Symbol.for(name)] = fn;
  const cache = new Map<string, V>();
  const counts = { here: 0, worker: 0 };
  const ready = new Map<string, V>();
  let share: Share | undefined;
  const start = (): Share => {
    const none: Share = { results: null, skip: null };
    // Only a built (JavaScript) module can be imported by a plain worker; a worker inside a worker stays single.
    if (!/\.m?js$/.test(new URL(moduleUrl).pathname) || process.env.GROUNDWORK_SHARED_WORK === 'off') return none;
    try {
      const toWorker = new MessageChannel();
      const fromWorker = new MessageChannel();
      const worker = new Worker(WORKER_CODE, {
        eval: true,
        env: { ...process.env, GROUNDWORK_SHARED_WORK: 'off' },
        workerData: { module: moduleUrl, name, keys: [...keys()], skip: toWorker.port2, out: fromWorker.port2 },
        transferList: [toWorker.port2, fromWorker.port2],
      });
      worker.unref();
      process.once('exit', () =>
        console.log(`${name}: ${counts.here} computed on the main thread, ${counts.worker} by the worker`),
      );
      // Neither port keeps the build alive; results are read synchronously (receiveMessageOnPort) when asked for.
      toWorker.port1.unref();
      fromWorker.port1.unref();
      const s: Share = { results: fromWorker.port1, skip: toWorker.port1 };
      worker.on('error', () => {
        s.results = null;
        s.skip = null;
      });
      return s;
    } catch {
      return none;
    }
  };
  const get = (key: string): V => {
    let v = cache.get(key);
    if (v !== undefined || cache.has(key)) return v as V;
    share ??= start();
    for (let m; share.results && (m = receiveMessageOnPort(share.results));) {
      const { key: k, value } = m.message as { key: string; value: V };
      if (!cache.has(k)) ready.set(k, value);
    }
    if (ready.has(key)) {
      v = ready.get(key)!;
      ready.delete(key);
      counts.worker++;
    } else {
      share.skip?.postMessage(key);
      v = fn(key);
      counts.here++;
    }
    cache.set(key, v);
    return v;
  };
  return Object.assign(get, {
    start: () => {
      share ??= start();
    },
  });
}

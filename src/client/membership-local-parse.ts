// Reads a membership file in a Web Worker (membership-local.worker.ts, bundled by Vite), one file at a time; where
// workers are unavailable it reads on the page instead. Either way nothing leaves the browser.
import { seatDirectory } from '../lib/membership/directory';
import type { ColumnMapping } from '../lib/membership/mapping';
import { readMembershipFile, type FileRead } from '../lib/membership/read-file';
import type { BoundarySet, SeatName } from '../lib/membership/types';
import type { ParseReply, ParseRequest } from './membership-local.worker';

let worker: Worker | null = null;
let seatsSent = false;
let nextId = 0;
const waiting = new Map<number, { resolve: (r: FileRead) => void; reject: (e: Error) => void }>();

function startWorker(): Worker | null {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./membership-local.worker.ts', import.meta.url), {
      type: 'module',
      name: 'membership-parse',
    });
  } catch {
    return null;
  }
  worker.onmessage = (event: MessageEvent<ParseReply>) => {
    const reply = event.data;
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if (reply.ok) w.resolve(reply.read);
    else w.reject(new Error(reply.error));
  };
  worker.onerror = () => {
    for (const w of waiting.values()) w.reject(new Error('the file reader stopped'));
    waiting.clear();
    worker = null;
    seatsSent = false;
  };
  return worker;
}

export interface ReadRequest {
  source: Blob | string;
  fileName: string;
  seats: SeatName[];
  today: string;
  boundarySet: BoundarySet | null;
  mapping: ColumnMapping | null;
}

/**
 * Starts the worker with the page and hands it the seat list (an empty read), so its script is fetched before any
 * file is chosen and choosing one requests nothing.
 */
export async function prepareParser(seats: SeatName[], today: string): Promise<void> {
  await readOffThread({ source: '', fileName: '', seats, today, boundarySet: null, mapping: null }).catch(
    () => undefined,
  );
}

/** The reading of `source` (a chosen file, or text); only the latest call's promise matters to the caller. */
export async function readOffThread(r: ReadRequest): Promise<FileRead> {
  const w = startWorker();
  if (!w) {
    const text = typeof r.source === 'string' ? r.source : await r.source.text();
    return readMembershipFile(text, {
      seats: seatDirectory(r.seats),
      today: r.today,
      boundarySet: r.boundarySet,
      fileName: r.fileName,
      mapping: r.mapping,
    });
  }
  const id = ++nextId;
  const request: ParseRequest = {
    id,
    source: r.source,
    fileName: r.fileName,
    seats: seatsSent ? null : r.seats,
    today: r.today,
    boundarySet: r.boundarySet,
    mapping: r.mapping,
  };
  seatsSent = true;
  return new Promise<FileRead>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage(request);
  });
}

// Parses a membership file in a Web Worker (membership-local.worker.ts, bundled by Vite), one file at a time; where
// workers are unavailable it parses on the page instead. Either way nothing leaves the browser.
import { seatDirectory } from '../lib/membership/directory';
import { parseMembershipCsv } from '../lib/membership/parse';
import type { BoundarySet, ParseResult, SeatName } from '../lib/membership/types';
import type { ParseReply, ParseRequest } from './membership-local.worker';

let worker: Worker | null = null;
let seatsSent = false;
let nextId = 0;
const waiting = new Map<number, { resolve: (r: ParseResult) => void; reject: (e: Error) => void }>();

function startWorker(): Worker | null {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./membership-local.worker.ts', import.meta.url), { type: 'module', name: 'membership-parse' });
  } catch {
    return null;
  }
  worker.onmessage = (event: MessageEvent<ParseReply>) => {
    const reply = event.data;
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if (reply.ok) w.resolve(reply.result);
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

/**
 * Starts the worker with the page and hands it the seat list (an empty parse), so its script is fetched before any
 * file is chosen and choosing one requests nothing.
 */
export async function prepareParser(seats: SeatName[], today: string): Promise<void> {
  await parseOffThread('', seats, today, null).catch(() => undefined);
}

/** The parse result of `source` (a chosen file, or text); only the latest call's promise matters to the caller. */
export async function parseOffThread(source: Blob | string, seats: SeatName[], today: string, boundarySet: BoundarySet | null): Promise<ParseResult> {
  const w = startWorker();
  if (!w) {
    const text = typeof source === 'string' ? source : await source.text();
    return parseMembershipCsv(text, { seats: seatDirectory(seats), today, boundarySet, spreadsheet: true });
  }
  const id = ++nextId;
  const request: ParseRequest = { id, source, seats: seatsSent ? null : seats, today, boundarySet };
  seatsSent = true;
  return new Promise<ParseResult>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage(request);
  });
}

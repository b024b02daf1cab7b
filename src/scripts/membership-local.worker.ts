// Web Worker for /membership/local/: reads the chosen file and parses it off the page's thread, so a 200,000-row file
// leaves the page responsive. It gets the file (or the sample's text) and the seat list, and posts back the result.
// It makes no requests: the file stays in this browser.
import { seatDirectory, type SeatDirectory } from '../lib/membership/directory';
import { parseMembershipCsv } from '../lib/membership/parse';
import type { BoundarySet, ParseResult, SeatName } from '../lib/membership/types';

export interface ParseRequest {
  id: number;
  source: Blob | string;
  /** Sent with the first request only; the worker keeps the directory. */
  seats: SeatName[] | null;
  today: string;
  boundarySet: BoundarySet | null;
}

export type ParseReply = { id: number; ok: true; result: ParseResult; ms: number } | { id: number; ok: false; error: string };

let directory: SeatDirectory | null = null;

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { id, source, seats, today, boundarySet } = event.data;
  const started = performance.now();
  try {
    if (seats) directory = seatDirectory(seats);
    if (!directory) throw new Error('no seat list');
    const text = typeof source === 'string' ? source : await source.text();
    const result = parseMembershipCsv(text, { seats: directory, today, boundarySet, spreadsheet: true });
    (self as unknown as Worker).postMessage({ id, ok: true, result, ms: performance.now() - started } satisfies ParseReply);
  } catch (e) {
    (self as unknown as Worker).postMessage({ id, ok: false, error: (e as Error).message } satisfies ParseReply);
  }
};

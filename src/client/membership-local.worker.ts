// Web Worker for /membership/local/: reads the chosen file and parses it off the page's thread, so a 200,000-row file
// leaves the page responsive. It gets the file (or the sample's text), the seat list and the reader's column choice,
// and posts back only what the page shows: the report, the first rejected rows and the figures packed in typed arrays
// (transferred, not copied). It makes no requests: the file stays in this browser.
import { seatDirectory, type SeatDirectory } from '../lib/membership/directory';
import { figureBuffers } from '../lib/membership/figures';
import type { ColumnMapping } from '../lib/membership/mapping';
import { readMembershipFile, type FileRead } from '../lib/membership/read-file';
import type { BoundarySet, SeatName } from '../lib/membership/types';

export interface ParseRequest {
  id: number;
  source: Blob | string;
  fileName: string;
  /** Sent with the first request only; the worker keeps the directory. */
  seats: SeatName[] | null;
  today: string;
  boundarySet: BoundarySet | null;
  mapping: ColumnMapping | null;
}

export type ParseReply =
  { id: number; ok: true; read: FileRead; ms: number } | { id: number; ok: false; error: string };

let directory: SeatDirectory | null = null;

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { id, source, fileName, seats, today, boundarySet, mapping } = event.data;
  const started = performance.now();
  try {
    if (seats) directory = seatDirectory(seats);
    if (!directory) throw new Error('no seat list');
    const text = typeof source === 'string' ? source : await source.text();
    const read = readMembershipFile(text, { seats: directory, today, boundarySet, fileName, mapping });
    const transfer = read.dataset ? figureBuffers(read.dataset.figures) : [];
    (self as unknown as Worker).postMessage(
      { id, ok: true, read, ms: performance.now() - started } satisfies ParseReply,
      transfer,
    );
  } catch (e) {
    (self as unknown as Worker).postMessage({ id, ok: false, error: (e as Error).message } satisfies ParseReply);
  }
};

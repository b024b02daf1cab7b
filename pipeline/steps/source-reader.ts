// The validate phase's access to the acquired raw files: a file's bytes by source id, its text decoded (encoding
// notes into the ledger), and the progress line of a source once it is read.
import type { Ledger } from '../lib/ledger';
import { decodeTextReport } from '../lib/text';
import type { Acquired } from './acquire';

export interface SourceText {
  source: string;
  file: string;
  text: string;
}

export interface SourceReader {
  get(id: string): Acquired;
  text(id: string): SourceText;
  progress(id: string): void;
}

export function sourceReader(
  raw: ReadonlyMap<string, Acquired>,
  ledger: Ledger,
  log: (line: string) => void,
): SourceReader {
  const get = (id: string): Acquired =>
    raw.get(id) ??
    (() => {
      throw new Error(`source ${id} is not in the manifest`);
    })();
  const text = (id: string) => {
    const a = get(id);
    if (a.source.encoding === 'binary') throw new Error(`${id} is binary`);
    const decoded = decodeTextReport(a.source.file, a.bytes, a.source.encoding);
    for (const n of decoded.notes) ledger.note(id, a.source.file, n);
    return { source: id, file: a.source.file, text: decoded.text };
  };
  const progress = (id: string) => {
    const e = ledger.entries().find((x) => x.source === id);
    if (e)
      log(
        `validate ${id.padEnd(19)} ${e.rowsRead.toLocaleString('en-GB')} rows read, ${e.rowsUsed.toLocaleString('en-GB')} used`,
      );
  };
  return { get, text, progress };
}

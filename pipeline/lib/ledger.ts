// The reconciliation ledger: every input row is either used or skipped with a reason, and the counts must add up.
import type { FileLedger } from '../../src/lib/schema/report';

export type { FileLedger };

/** One call on a ledger, as recorded by Ledger.record and played back by Ledger.replay (a cached step's entries). */
export type LedgerOp =
  | ['read' | 'used', string, string, number]
  | ['skip', string, string, string, number]
  | ['note', string, string, string];

export class Ledger {
  private readonly files = new Map<string, FileLedger>();
  private recording: LedgerOp[] | null = null;

  private entry(source: string, file: string): FileLedger {
    let e = this.files.get(source);
    if (!e) {
      e = { source, file, rowsRead: 0, rowsUsed: 0, skipped: [], notes: [] };
      this.files.set(source, e);
    }
    return e;
  }

  read(source: string, file: string, rows: number): void {
    this.recording?.push(['read', source, file, rows]);
    this.entry(source, file).rowsRead += rows;
  }

  used(source: string, file: string, rows = 1): void {
    this.recording?.push(['used', source, file, rows]);
    this.entry(source, file).rowsUsed += rows;
  }

  skip(source: string, file: string, reason: string, line: number): void {
    this.recording?.push(['skip', source, file, reason, line]);
    const e = this.entry(source, file);
    let s = e.skipped.find((x) => x.reason === reason);
    if (!s) {
      s = { reason, count: 0, lines: [] };
      e.skipped.push(s);
    }
    s.count++;
    if (s.lines.length < 20) s.lines.push(line);
  }

  note(source: string, file: string, text: string): void {
    this.recording?.push(['note', source, file, text]);
    this.entry(source, file).notes.push(text);
  }

  /** Runs `step`, returning its value and every call it made on this ledger (which are applied as usual). */
  record<T>(step: () => T): { value: T; ops: LedgerOp[] } {
    if (this.recording) throw new Error('Ledger.record does not nest');
    const ops: LedgerOp[] = [];
    this.recording = ops;
    try {
      return { value: step(), ops };
    } finally {
      this.recording = null;
    }
  }

  /** Applies calls recorded by `record`, in order: the ledger ends as if the step had run. */
  replay(ops: readonly LedgerOp[]): void {
    for (const op of ops) {
      switch (op[0]) {
        case 'read':
          this.read(op[1], op[2], op[3]);
          break;
        case 'used':
          this.used(op[1], op[2], op[3]);
          break;
        case 'skip':
          this.skip(op[1], op[2], op[3], op[4]);
          break;
        case 'note':
          this.note(op[1], op[2], op[3]);
      }
    }
  }

  /** Every file's read rows must equal used + skipped; returns the mismatches. */
  unbalanced(): string[] {
    const out: string[] = [];
    for (const e of this.files.values()) {
      const skipped = e.skipped.reduce((s, x) => s + x.count, 0);
      if (e.rowsRead !== e.rowsUsed + skipped)
        out.push(`${e.file}: read ${e.rowsRead}, used ${e.rowsUsed}, skipped ${skipped}`);
    }
    return out;
  }

  entries(): FileLedger[] {
    return [...this.files.values()];
  }

  /** Rows read, used and skipped over every file, for the report and the build's summary line. */
  totals(): { read: number; used: number; skipped: number } {
    return this.entries().reduce(
      (a, f) => ({
        read: a.read + f.rowsRead,
        used: a.used + f.rowsUsed,
        skipped: a.skipped + f.skipped.reduce((s, x) => s + x.count, 0),
      }),
      { read: 0, used: 0, skipped: 0 },
    );
  }
}

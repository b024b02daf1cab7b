// The reconciliation ledger: every input row is either used or skipped with a reason, and the counts must add up.
export interface FileLedger {
  source: string;
  file: string;
  rowsRead: number;
  rowsUsed: number;
  skipped: { reason: string; count: number; lines: number[] }[];
  notes: string[];
}

export class Ledger {
  private readonly files = new Map<string, FileLedger>();

  private entry(source: string, file: string): FileLedger {
    let e = this.files.get(source);
    if (!e) {
      e = { source, file, rowsRead: 0, rowsUsed: 0, skipped: [], notes: [] };
      this.files.set(source, e);
    }
    return e;
  }

  read(source: string, file: string, rows: number): void {
    this.entry(source, file).rowsRead += rows;
  }

  used(source: string, file: string, rows = 1): void {
    this.entry(source, file).rowsUsed += rows;
  }

  skip(source: string, file: string, reason: string, line: number): void {
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
    this.entry(source, file).notes.push(text);
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
}

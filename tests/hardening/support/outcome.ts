// Sorts what a step did with damaged input into: rejected with a clear error, accepted (with its report), or crashed.
import { DataError } from '../../../scripts/lib/data-error';
import { ChecksumError } from '../../../scripts/steps/acquire';

export type Outcome =
  | { kind: 'rejected'; message: string }
  | { kind: 'accepted'; report: unknown }
  | { kind: 'crash'; type: string; message: string };

/** A clear error names the file and gives a reason: a DataError with both, or a checksum mismatch. */
export function isClearError(e: unknown): e is Error {
  if (e instanceof DataError) return e.file.trim() !== '' && e.reason.trim() !== '';
  return e instanceof ChecksumError && /^checksum mismatch for \S+ \(.+\)/.test(e.message);
}

export async function outcomeOf(run: () => unknown): Promise<Outcome> {
  try {
    return { kind: 'accepted', report: await run() };
  } catch (e) {
    if (isClearError(e)) return { kind: 'rejected', message: e.message };
    return { kind: 'crash', type: e instanceof Error ? e.constructor.name : typeof e, message: e instanceof Error ? e.message : String(e) };
  }
}

/** Tally of outcomes, printed as the catalogue's summary line. */
export class Tally {
  private readonly counts = { tried: 0, rejected: 0, accepted: 0, crashes: 0 };

  add(o: Outcome): void {
    this.counts.tried++;
    if (o.kind === 'rejected') this.counts.rejected++;
    else if (o.kind === 'accepted') this.counts.accepted++;
    else this.counts.crashes++;
  }

  get crashes(): number {
    return this.counts.crashes;
  }

  line(): string {
    const c = this.counts;
    return `damaged inputs: ${c.tried} tried, ${c.rejected} rejected with a clear error, ${c.accepted} accepted with a report, ${c.crashes} crashes`;
  }
}

// Sorts what a step did with damaged input into: rejected with a clear error, accepted (with its report), silently
// wrong (accepted, but the output differs from a clean run's), hung (no answer within the time limit), or crashed.
import { DataError } from '../../../src/lib/data-error';
import { ChecksumError } from '../../../pipeline/steps/acquire';

export type Outcome =
  | { kind: 'rejected'; message: string }
  | { kind: 'accepted'; report: unknown }
  | { kind: 'silently-wrong'; differs: string[] }
  | { kind: 'hang'; seconds: number }
  | { kind: 'crash'; type: string; message: string };

/** A clear error names the file and gives a reason: a DataError with both, or a checksum mismatch. */
export function isClearError(e: unknown): e is Error {
  if (e instanceof DataError) return e.file.trim() !== '' && e.reason.trim() !== '';
  return e instanceof ChecksumError && /^checksum mismatch for \S+ \(.+\)/.test(e.message);
}

/** Seconds a case may take before it counts as a hang. */
export const HANG_SECONDS = 90;

export async function outcomeOf(run: () => unknown, seconds = HANG_SECONDS): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'hang', seconds }), seconds * 1000);
  });
  const attempt = (async (): Promise<Outcome> => {
    try {
      return { kind: 'accepted', report: await run() };
    } catch (e) {
      if (isClearError(e)) return { kind: 'rejected', message: e.message };
      return {
        kind: 'crash',
        type: e instanceof Error ? e.constructor.name : typeof e,
        message: e instanceof Error ? e.message : String(e),
      };
    }
  })();
  try {
    return await Promise.race([attempt, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** An accepted outcome whose output (compared by the case with a clean run's) differs: silently wrong. */
export function judged(o: Outcome, differs: string[]): Outcome {
  return o.kind === 'accepted' && differs.length ? { kind: 'silently-wrong', differs } : o;
}

/** Tally of outcomes, printed as the catalogue's summary line. */
export class Tally {
  private readonly counts = { tried: 0, rejected: 0, accepted: 0, wrong: 0, hangs: 0, crashes: 0 };

  add(o: Outcome): void {
    this.counts.tried++;
    if (o.kind === 'rejected') this.counts.rejected++;
    else if (o.kind === 'accepted') this.counts.accepted++;
    else if (o.kind === 'silently-wrong') this.counts.wrong++;
    else if (o.kind === 'hang') this.counts.hangs++;
    else this.counts.crashes++;
  }

  get crashes(): number {
    return this.counts.crashes;
  }

  /** Silently wrong outputs, hangs and crashes: each is a failure of the catalogue. */
  get failures(): number {
    return this.counts.wrong + this.counts.hangs + this.counts.crashes;
  }

  line(): string {
    const c = this.counts;
    return `damaged inputs: ${c.tried} tried, ${c.rejected} rejected with a clear error, ${c.accepted} accepted with a report (output as a clean run's), ${c.wrong} silently wrong, ${c.hangs} hangs, ${c.crashes} crashes`;
  }
}

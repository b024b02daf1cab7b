// Per-seat measures from a dataset: members on a date, change between two dates, and members per 1,000 electors.
import { nearestElection, type Reference } from './reference';
import { formatCount } from './suppress';
import { hasSeat, recordOn, type Figures } from './figures';
import { isSuppressed, type Count, type Dataset } from './types';

export type ChangeMeasure = 'absolute' | 'percent' | 'per1000';

export type MapMode =
  | { kind: 'members'; date: string }
  | { kind: 'change'; from: string; to: string; measure: ChangeMeasure }
  | { kind: 'per1000'; date: string };

/** A seat's number, or why it has none (in words, for its label). */
export type SeatValue = { value: number } | { missing: string };

function suppressedWords(c: Count): string {
  return `${formatCount(c)} members on that date (not published)`;
}

/** Members per 1,000 electors, using the electorate at the election nearest to `date` on the reference's boundary set. */
export function perThousand(ref: Reference, code: string, date: string, members: number): SeatValue {
  const e = nearestElection(ref, date);
  const electorate = e?.facts.get(code)?.electorate ?? null;
  if (!e || electorate === null || electorate <= 0)
    return { missing: 'no electorate recorded for the nearest election' };
  return { value: (1000 * members) / electorate };
}

export function membersOn(figures: Figures, code: string, date: string): SeatValue {
  if (!hasSeat(figures, code)) return { missing: 'not in the data' };
  const r = recordOn(figures, code, date);
  if (!r) return { missing: `no figure for ${date}` };
  if (isSuppressed(r.members)) return { missing: suppressedWords(r.members) };
  return { value: r.members };
}

/** Change from `from` to `to`: members, per cent of the first count, or members per 1,000 electors. */
export function changeBetween(
  ref: Reference,
  figures: Figures,
  code: string,
  from: string,
  to: string,
  measure: ChangeMeasure,
): SeatValue {
  const a = membersOn(figures, code, from);
  const b = membersOn(figures, code, to);
  if ('missing' in a) return a;
  if ('missing' in b) return b;
  if (measure === 'absolute') return { value: b.value - a.value };
  if (measure === 'percent') {
    if (a.value === 0) return { missing: `no members on ${from}, so no percentage change` };
    return { value: (100 * (b.value - a.value)) / a.value };
  }
  const pa = perThousand(ref, code, from, a.value);
  const pb = perThousand(ref, code, to, b.value);
  if ('missing' in pa) return pa;
  if ('missing' in pb) return pb;
  return { value: pb.value - pa.value };
}

export function seatValue(ref: Reference, figures: Figures, code: string, mode: MapMode): SeatValue {
  switch (mode.kind) {
    case 'members':
      return membersOn(figures, code, mode.date);
    case 'change':
      return changeBetween(ref, figures, code, mode.from, mode.to, mode.measure);
    case 'per1000': {
      const m = membersOn(figures, code, mode.date);
      return 'missing' in m ? m : perThousand(ref, code, mode.date, m.value);
    }
  }
}

/** Every seat of the reference, valued by `mode`. */
export function mapValues(ref: Reference, dataset: Dataset, mode: MapMode): Map<string, SeatValue> {
  return new Map([...ref.seats.keys()].map((code) => [code, seatValue(ref, dataset.figures, code, mode)]));
}

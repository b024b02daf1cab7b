// Public facts the membership tool joins to: each seat's name and region, and its electorate and Labour share at each
// election on its boundary set. Packed into parallel arrays to embed in the page, unpacked in the browser.
import type { BoundarySet, ElectionId } from '../elections';
import { roundTo } from '../format/numbers';

export interface ElectionFacts {
  electorate: number | null;
  /** Labour share of valid votes, percent; null when Labour did not stand. */
  lab: number | null;
}

export interface ReferenceElection {
  id: ElectionId;
  label: string;
  date: string;
  /** True for the 2019 notional results on the 2024 seats (estimates). */
  estimated: boolean;
  facts: Map<string, ElectionFacts>;
}

export interface ReferenceSeat {
  code: string;
  name: string;
  /** Region (or nation) code, e.g. E12000007. */
  region: string;
}

export interface Reference {
  set: BoundarySet;
  seats: Map<string, ReferenceSeat>;
  /** In date order. */
  elections: ReferenceElection[];
}

export interface PackedReference {
  set: BoundarySet;
  codes: string[];
  names: string[];
  regions: string[];
  elections: {
    id: ElectionId;
    label: string;
    date: string;
    estimated: boolean;
    electorate: (number | null)[];
    lab: (number | null)[];
  }[];
}

export function packReference(ref: Reference): PackedReference {
  const codes = [...ref.seats.keys()];
  return {
    set: ref.set,
    codes,
    names: codes.map((c) => ref.seats.get(c)!.name),
    regions: codes.map((c) => ref.seats.get(c)!.region),
    elections: ref.elections.map((e) => ({
      id: e.id,
      label: e.label,
      date: e.date,
      estimated: e.estimated,
      electorate: codes.map((c) => e.facts.get(c)?.electorate ?? null),
      lab: codes.map((c) => {
        const v = e.facts.get(c)?.lab;
        return v === null || v === undefined ? null : roundTo(v, 4);
      }),
    })),
  };
}

export function unpackReference(p: PackedReference): Reference {
  const seats = new Map<string, ReferenceSeat>();
  p.codes.forEach((code, i) => seats.set(code, { code, name: p.names[i] ?? code, region: p.regions[i] ?? '' }));
  return {
    set: p.set,
    seats,
    elections: p.elections
      .map((e) => ({
        id: e.id,
        label: e.label,
        date: e.date,
        estimated: e.estimated,
        facts: new Map(
          p.codes.map((code, i) => [code, { electorate: e.electorate[i] ?? null, lab: e.lab[i] ?? null }]),
        ),
      }))
      .sort((a, b) => a.date.localeCompare(b.date)),
  };
}

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/** The election on the reference's boundary set closest in time to `date` (the earlier one on a tie). */
export function nearestElection(ref: Reference, date: string): ReferenceElection | undefined {
  let best: ReferenceElection | undefined;
  let gap = Infinity;
  for (const e of ref.elections) {
    const d = Math.abs(dayNumber(e.date) - dayNumber(date));
    if (d < gap) {
      best = e;
      gap = d;
    }
  }
  return best;
}

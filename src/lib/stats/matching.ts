// Nearest-neighbour matching on standardised covariates, exact on one key (for seats: nation and the party that held
// the seat), same group (region) first.
//
// Rules: covariates are z-scored over treated + pool. For each treated unit a covariate is used only if the
// unit and every candidate sharing its exact key have it, and it is not the same for all of them; otherwise
// it is dropped for that unit and reported.
// Candidates in the treated unit's own group always rank before other groups (controls come from other
// groups only once the group runs out), then by Euclidean distance, then by id. Matching is greedy over all
// (treated, candidate) pairs in that order, without replacement; if that leaves any treated unit short of
// the controls it could have had, the whole match is redone with replacement and reported as such.
// A caliper drops candidates further than it from the treated unit; a unit left with none is reported unmatched.
import { mean, sd } from './summary';

export interface MatchUnit {
  id: string;
  /** Must be equal for a match (e.g. nation). */
  exact: string;
  /** Preferred equal (e.g. region). */
  group: string;
  covariates: Readonly<Record<string, number | null>>;
}

export interface MatchOptions {
  covariates: readonly string[];
  /** Controls per treated unit (default 3). */
  k?: number;
  /** Largest standardised distance a control may be from its treated unit (default: none). */
  caliper?: number;
}

export interface MatchedControl {
  id: string;
  distance: number;
  sameGroup: boolean;
}

export interface DroppedCovariate {
  covariate: string;
  reason: 'missing-for-treated' | 'missing-for-candidates' | 'no-variation';
  /** Candidates lacking the covariate (for missing-for-candidates). */
  candidates?: number;
}

export interface MatchedSet {
  treated: string;
  controls: MatchedControl[];
  used: string[];
  dropped: DroppedCovariate[];
  /** Candidates sharing the exact key (within the caliper or not). */
  candidates: number;
}

export interface MatchResult {
  /** Treated units with at least one control, in id order. */
  sets: MatchedSet[];
  /** Treated units with no candidate sharing their exact key. */
  unmatched: { id: string; reason: 'no-candidates' | 'outside-caliper' }[];
  withReplacement: boolean;
  k: number;
  /** Mean and SD used to standardise each covariate; sd 0 means it cannot separate units. */
  scaling: Record<string, { mean: number; sd: number }>;
}

function scalingOf(units: readonly MatchUnit[], covariates: readonly string[]): MatchResult['scaling'] {
  const out: MatchResult['scaling'] = {};
  for (const name of covariates) {
    const xs = units.map((u) => u.covariates[name]).filter((x): x is number => typeof x === 'number');
    out[name] = { mean: xs.length ? mean(xs) : 0, sd: xs.length > 1 ? sd(xs) : 0 };
  }
  return out;
}

const byId = (a: MatchUnit, b: MatchUnit) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** z-scores of one covariate (NaN where missing; 0 when the covariate does not vary). */
function zScores(units: readonly MatchUnit[], name: string, s: { mean: number; sd: number }): Float64Array {
  return Float64Array.from(units, (u) => {
    const x = u.covariates[name];
    if (typeof x !== 'number') return NaN;
    return s.sd > 0 ? (x - s.mean) / s.sd : 0;
  });
}

export function matchNearest(
  treatedUnits: readonly MatchUnit[],
  poolUnits: readonly MatchUnit[],
  options: MatchOptions,
): MatchResult {
  const k = options.k ?? 3;
  const caliper = options.caliper ?? Infinity;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
  const treatedIds = new Set(treatedUnits.map((u) => u.id));
  const treated = [...treatedUnits].sort(byId);
  const pool = poolUnits.filter((u) => !treatedIds.has(u.id)).sort(byId);
  const scaling = scalingOf([...treated, ...pool], options.covariates);
  const zt = new Map(options.covariates.map((name) => [name, zScores(treated, name, scaling[name]!)]));
  const zp = new Map(options.covariates.map((name) => [name, zScores(pool, name, scaling[name]!)]));
  const strata = new Map<string, number[]>();
  pool.forEach((c, i) => {
    const list = strata.get(c.exact);
    if (list) list.push(i);
    else strata.set(c.exact, [i]);
  });
  /** Per stratum and covariate: candidates lacking it, and the range of the values present. */
  const profiles = new Map<string, { lacking: number; min: number; max: number }>();
  const profile = (exact: string, name: string) => {
    const key = `${exact}\u0000${name}`;
    let p = profiles.get(key);
    if (!p) {
      const z = zp.get(name)!;
      p = { lacking: 0, min: Infinity, max: -Infinity };
      for (const i of strata.get(exact) ?? []) {
        const v = z[i]!;
        if (Number.isNaN(v)) p.lacking++;
        else [p.min, p.max] = [Math.min(p.min, v), Math.max(p.max, v)];
      }
      profiles.set(key, p);
    }
    return p;
  };

  const sets: MatchedSet[] = [];
  const unmatched: MatchResult['unmatched'] = [];
  const total = treated.reduce((s, t) => s + (strata.get(t.exact)?.length ?? 0), 0);
  // Edges (matched set, candidate, distance, same group), generated in set-then-candidate order.
  const et = new Int32Array(total);
  const ec = new Int32Array(total);
  const ed = new Float64Array(total);
  const es = new Uint8Array(total);
  const ranges: [number, number][] = [];
  let e = 0;
  treated.forEach((t, ti) => {
    const candidates = strata.get(t.exact) ?? [];
    if (candidates.length === 0) {
      unmatched.push({ id: t.id, reason: 'no-candidates' });
      return;
    }
    const used: string[] = [];
    const dropped: DroppedCovariate[] = [];
    for (const name of options.covariates) {
      const p = profile(t.exact, name);
      const z = zt.get(name)![ti]!;
      if (Number.isNaN(z)) dropped.push({ covariate: name, reason: 'missing-for-treated' });
      else if (p.lacking > 0)
        dropped.push({ covariate: name, reason: 'missing-for-candidates', candidates: p.lacking });
      else if (p.min === p.max && p.min === z) dropped.push({ covariate: name, reason: 'no-variation' });
      else used.push(name);
    }
    const zs = used.map((name) => zt.get(name)![ti]!);
    const zcs = used.map((name) => zp.get(name)!);
    const from = e;
    for (const c of candidates) {
      let d2 = 0;
      for (let j = 0; j < zs.length; j++) d2 += (zs[j]! - zcs[j]![c]!) ** 2;
      if (Math.sqrt(d2) > caliper) continue;
      et[e] = sets.length;
      ec[e] = c;
      ed[e] = Math.sqrt(d2);
      es[e] = pool[c]!.group === t.group ? 1 : 0;
      e++;
    }
    if (e === from) {
      unmatched.push({ id: t.id, reason: 'outside-caliper' });
      return;
    }
    ranges.push([from, e]);
    sets.push({ treated: t.id, controls: [], used, dropped, candidates: candidates.length });
  });

  // Same group first, then nearer, then set-then-candidate order (the order edges were made in).
  const order = (a: number, b: number) => es[b]! - es[a]! || ed[a]! - ed[b]! || a - b;
  const control = (i: number): MatchedControl => ({ id: pool[ec[i]!]!.id, distance: ed[i]!, sameGroup: es[i] === 1 });
  const taken = new Uint8Array(pool.length);
  for (const i of Uint32Array.from({ length: e }, (_, i) => i).sort(order)) {
    const set = sets[et[i]!]!;
    if (set.controls.length < k && !taken[ec[i]!]) {
      set.controls.push(control(i));
      taken[ec[i]!] = 1;
    }
  }
  const short = sets.some((s, i) => s.controls.length < Math.min(k, ranges[i]![1] - ranges[i]![0]));
  if (short) {
    sets.forEach((s, i) => {
      const [from, to] = ranges[i]!;
      s.controls = [
        ...Uint32Array.from({ length: to - from }, (_, j) => from + j)
          .sort(order)
          .subarray(0, k),
      ].map(control);
    });
  }
  return { sets, unmatched, withReplacement: short, k, scaling };
}

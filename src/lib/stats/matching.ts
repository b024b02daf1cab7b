// Nearest-neighbour matching on standardised covariates, exact on one key (nation), same group (region) first.
//
// Rules: covariates are z-scored over treated + pool. For each treated unit a covariate is used only if the
// unit and every candidate sharing its exact key have it; otherwise it is dropped for that unit and reported.
// Candidates in the treated unit's own group always rank before other groups (controls come from other
// groups only once the group runs out), then by Euclidean distance, then by id. Matching is greedy over all
// (treated, candidate) pairs in that order, without replacement; if that leaves any treated unit short of
// the controls it could have had, the whole match is redone with replacement and reported as such.
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
}

export interface MatchedControl {
  id: string;
  distance: number;
  sameGroup: boolean;
}

export interface DroppedCovariate {
  covariate: string;
  reason: 'missing-for-treated' | 'missing-for-candidates';
  /** Candidates lacking the covariate (for missing-for-candidates). */
  candidates?: number;
}

export interface MatchedSet {
  treated: string;
  controls: MatchedControl[];
  used: string[];
  dropped: DroppedCovariate[];
  /** Candidates sharing the exact key. */
  candidates: number;
}

export interface MatchResult {
  /** Treated units with at least one control, in id order. */
  sets: MatchedSet[];
  /** Treated units with no candidate sharing their exact key. */
  unmatched: { id: string; reason: 'no-candidates' }[];
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

export function matchNearest(treatedUnits: readonly MatchUnit[], poolUnits: readonly MatchUnit[], options: MatchOptions): MatchResult {
  const k = options.k ?? 3;
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
  const lacking = (exact: string, name: string) => (strata.get(exact) ?? []).filter((i) => Number.isNaN(zp.get(name)![i]!)).length;

  const sets: MatchedSet[] = [];
  const unmatched: MatchResult['unmatched'] = [];
  // Edges (matched set, candidate, distance, same group), generated in set-then-candidate order.
  const et: number[] = [];
  const ec: number[] = [];
  const ed: number[] = [];
  const es: boolean[] = [];
  const edgesOf: number[][] = [];
  treated.forEach((t, ti) => {
    const candidates = strata.get(t.exact) ?? [];
    if (candidates.length === 0) {
      unmatched.push({ id: t.id, reason: 'no-candidates' });
      return;
    }
    const used: string[] = [];
    const dropped: DroppedCovariate[] = [];
    for (const name of options.covariates) {
      const missingCount = lacking(t.exact, name);
      if (Number.isNaN(zt.get(name)![ti]!)) dropped.push({ covariate: name, reason: 'missing-for-treated' });
      else if (missingCount > 0) dropped.push({ covariate: name, reason: 'missing-for-candidates', candidates: missingCount });
      else used.push(name);
    }
    const columns = used.map((name) => [zt.get(name)![ti]!, zp.get(name)!] as const);
    const own: number[] = [];
    for (const c of candidates) {
      let d2 = 0;
      for (const [z, zc] of columns) d2 += (z - zc[c]!) ** 2;
      own.push(et.length);
      et.push(sets.length);
      ec.push(c);
      ed.push(Math.sqrt(d2));
      es.push(pool[c]!.group === t.group);
    }
    edgesOf.push(own);
    sets.push({ treated: t.id, controls: [], used, dropped, candidates: candidates.length });
  });

  // Same group first, then nearer; the sort is stable, so ties keep set-then-candidate order.
  const order = (a: number, b: number) => Number(es[b]) - Number(es[a]) || ed[a]! - ed[b]!;
  const control = (e: number): MatchedControl => ({ id: pool[ec[e]!]!.id, distance: ed[e]!, sameGroup: es[e]! });
  const taken = new Set<number>();
  for (const e of et.map((_, i) => i).sort(order)) {
    const set = sets[et[e]!]!;
    if (set.controls.length < k && !taken.has(ec[e]!)) {
      set.controls.push(control(e));
      taken.add(ec[e]!);
    }
  }
  const short = sets.some((s) => s.controls.length < Math.min(k, s.candidates));
  if (short) sets.forEach((s, i) => (s.controls = [...edgesOf[i]!].sort(order).slice(0, k).map(control)));
  return { sets, unmatched, withReplacement: short, k, scaling };
}

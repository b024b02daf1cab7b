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

interface Edge {
  t: number;
  c: number;
  sameGroup: boolean;
  distance: number;
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

export function matchNearest(treatedUnits: readonly MatchUnit[], poolUnits: readonly MatchUnit[], options: MatchOptions): MatchResult {
  const k = options.k ?? 3;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
  const treatedIds = new Set(treatedUnits.map((u) => u.id));
  const treated = [...treatedUnits].sort(byId);
  const pool = poolUnits.filter((u) => !treatedIds.has(u.id)).sort(byId);
  const scaling = scalingOf([...treated, ...pool], options.covariates);
  const z = (u: MatchUnit, name: string) => {
    const s = scaling[name]!;
    return s.sd > 0 ? ((u.covariates[name] as number) - s.mean) / s.sd : 0;
  };

  const sets: MatchedSet[] = [];
  const edges: Edge[][] = [];
  const unmatched: MatchResult['unmatched'] = [];
  treated.forEach((t) => {
    const candidates = pool.map((c, index) => ({ c, index })).filter(({ c }) => c.exact === t.exact);
    if (candidates.length === 0) {
      unmatched.push({ id: t.id, reason: 'no-candidates' });
      return;
    }
    const used: string[] = [];
    const dropped: DroppedCovariate[] = [];
    for (const name of options.covariates) {
      const lacking = candidates.filter(({ c }) => typeof c.covariates[name] !== 'number').length;
      if (typeof t.covariates[name] !== 'number') dropped.push({ covariate: name, reason: 'missing-for-treated' });
      else if (lacking > 0) dropped.push({ covariate: name, reason: 'missing-for-candidates', candidates: lacking });
      else used.push(name);
    }
    const own = candidates.map(({ c, index }) => ({
      t: sets.length,
      c: index,
      sameGroup: c.group === t.group,
      distance: Math.sqrt(used.reduce((s, name) => s + (z(t, name) - z(c, name)) ** 2, 0)),
    }));
    sets.push({ treated: t.id, controls: [], used, dropped, candidates: candidates.length });
    edges.push(own);
  });

  const order = (a: Edge, b: Edge) =>
    Number(b.sameGroup) - Number(a.sameGroup) || a.distance - b.distance || a.t - b.t || a.c - b.c;
  const control = (e: Edge): MatchedControl => ({ id: pool[e.c]!.id, distance: e.distance, sameGroup: e.sameGroup });

  const taken = new Set<number>();
  for (const e of edges.flat().sort(order)) {
    const set = sets[e.t]!;
    if (set.controls.length < k && !taken.has(e.c)) {
      set.controls.push(control(e));
      taken.add(e.c);
    }
  }
  const short = sets.some((s) => s.controls.length < Math.min(k, s.candidates));
  if (short) {
    sets.forEach((s, i) => {
      s.controls = [...edges[i]!].sort(order).slice(0, k).map(control);
    });
  }
  return { sets, unmatched, withReplacement: short, k, scaling };
}

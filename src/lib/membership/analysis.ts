// Membership change against the change in Labour's share between two elections: Pearson correlation with a Fisher-z
// interval, and OLS of the Labour change on the membership change with region fixed effects.
import { regionByCode } from '../geography';
import { pearson, type Correlation } from '../stats/correlation';
import { coefficient, ols, type Coefficient } from '../stats/regression';
import type { ElectionId } from '../elections';
import { changeBetween, membersOn, type ChangeMeasure } from './measures';
import type { Reference, ReferenceElection } from './reference';
import type { Dataset } from './types';
import { setLabel } from './directory';

export interface AnalysisOptions {
  before: ElectionId;
  after: ElectionId;
  /** Membership dates, YYYY-MM-DD, earlier first. */
  from: string;
  to: string;
  measure: ChangeMeasure;
}

export interface AnalysisRow {
  code: string;
  name: string;
  region: string;
  regionName: string;
  membersFrom: number;
  membersTo: number;
  /** Membership change in the chosen measure. */
  change: number;
  labBefore: number;
  labAfter: number;
  /** Percentage points. */
  labChange: number;
}

export interface Excluded {
  code: string;
  name: string;
  reason: string;
}

export interface RegressionSummary {
  slope: Coefficient;
  r2: number;
  n: number;
  /** Regions among the compared seats (fixed effects: regions - 1 dummies). */
  regions: number;
  parameters: number;
  /** Regions with a single compared seat: the region term absorbs it, so it does not inform the slope. */
  singletonRegions: number;
}

export interface AnalysisResult {
  before: ReferenceElection;
  after: ReferenceElection;
  options: AnalysisOptions;
  rows: AnalysisRow[];
  excluded: Excluded[];
  correlation: Correlation | null;
  correlationProblem: string | null;
  regression: RegressionSummary | null;
  regressionProblem: string | null;
}

export function regionName(code: string): string {
  return regionByCode(code)?.name ?? code;
}

function electionOf(ref: Reference, id: ElectionId): ReferenceElection {
  const e = ref.elections.find((x) => x.id === id);
  if (!e) throw new RangeError(`election ${id} is not on the ${setLabel(ref.set)} boundaries`);
  return e;
}

export function analyse(ref: Reference, dataset: Dataset, options: AnalysisOptions): AnalysisResult {
  const before = electionOf(ref, options.before);
  const after = electionOf(ref, options.after);
  if (before.date >= after.date) throw new RangeError(`${before.label} is not before ${after.label}`);
  if (options.from >= options.to) throw new RangeError(`membership date ${options.from} is not before ${options.to}`);
  const figures = dataset.figures;
  const rows: AnalysisRow[] = [];
  const excluded: Excluded[] = [];
  for (const code of figures.seats) {
    const seat = ref.seats.get(code);
    const name = seat?.name ?? code;
    const skip = (reason: string) => excluded.push({ code, name, reason });
    if (!seat) {
      skip('not a seat on these boundaries');
      continue;
    }
    const change = changeBetween(ref, figures, code, options.from, options.to, options.measure);
    if ('missing' in change) {
      skip(change.missing);
      continue;
    }
    const labBefore = before.facts.get(code)?.lab ?? null;
    const labAfter = after.facts.get(code)?.lab ?? null;
    if (labBefore === null || labAfter === null) {
      skip(`Labour did not stand in ${labBefore === null ? before.label : after.label}`);
      continue;
    }
    const a = membersOn(figures, code, options.from);
    const b = membersOn(figures, code, options.to);
    rows.push({
      code,
      name,
      region: seat.region,
      regionName: regionName(seat.region),
      membersFrom: 'value' in a ? a.value : NaN,
      membersTo: 'value' in b ? b.value : NaN,
      change: change.value,
      labBefore,
      labAfter,
      labChange: labAfter - labBefore,
    });
  }
  const x = rows.map((r) => r.change);
  const y = rows.map((r) => r.labChange);

  let correlation: Correlation | null = null;
  let correlationProblem: string | null = null;
  if (rows.length < 3)
    correlationProblem = `a correlation needs at least 3 seats with figures on both dates; there ${rows.length === 1 ? 'is' : 'are'} ${rows.length}`;
  else {
    try {
      correlation = pearson(x, y);
    } catch {
      correlationProblem =
        'a correlation cannot be computed: the membership change (or the Labour change) is the same in every seat';
    }
  }

  let regression: RegressionSummary | null = null;
  let regressionProblem: string | null = null;
  const regionNames = rows.map((r) => r.regionName);
  const regions = new Set(regionNames).size;
  const parameters = 2 + Math.max(0, regions - 1);
  if (rows.length <= parameters) {
    regressionProblem = `too few seats for a regression with region controls: ${rows.length} seat${rows.length === 1 ? '' : 's'} in ${regions} region${regions === 1 ? '' : 's'} means ${parameters} numbers to estimate, which needs at least ${parameters + 1} seats`;
  } else {
    try {
      const fit = ols({ y, numeric: { membership: x }, categorical: regions > 1 ? { region: regionNames } : {} });
      const slope = coefficient(fit, 'membership');
      if (!Number.isFinite(slope.se)) throw new Error('no residual variation');
      const perRegion = new Map<string, number>();
      for (const r of regionNames) perRegion.set(r, (perRegion.get(r) ?? 0) + 1);
      regression = {
        slope,
        r2: fit.r2,
        n: fit.n,
        regions,
        parameters: fit.parameters,
        singletonRegions: [...perRegion.values()].filter((c) => c === 1).length,
      };
    } catch {
      regressionProblem =
        'the regression cannot be estimated: within regions the membership change does not vary enough';
    }
  }
  return { before, after, options, rows, excluded, correlation, correlationProblem, regression, regressionProblem };
}

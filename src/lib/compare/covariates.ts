// The covariates seats are matched on, for one outcome: the outcome party's signed previous margin (its share minus
// the strongest other party's; positive where it held the seat) and its previous share, the Leave estimate and
// deprivation, read from the earlier election's row and the seat's context row. Matching is exact on nation and on the
// party that won the seat at the earlier election (its holder), so a narrow hold is never paired with a narrow miss.
import { earlierCode, type Party } from '../parties';
import type { SeatContext, SeatMetrics } from '../schema/metrics';
import type { MatchUnit } from '../stats/matching';
import type { Outcome } from './outcomes';

export const COVARIATES = [
  { key: 'prevMargin', label: 'previous margin (signed)' },
  { key: 'prevShare', label: 'previous share of the measured party' },
  { key: 'leave', label: 'Leave estimate' },
  { key: 'imd', label: 'deprivation (IMD)' },
] as const;

export type CovariateKey = (typeof COVARIATES)[number]['key'];
export type CovariateValues = Record<CovariateKey, number | null>;

export const COVARIATE_KEYS: readonly CovariateKey[] = COVARIATES.map((c) => c.key);

/** Standardised distance beyond which a seat is not a match (Euclidean over z-scores of the covariates used). */
export const CALIPER = 1;

export function covariateLabel(key: string): string {
  return COVARIATES.find((c) => c.key === key)?.label ?? key;
}

/** The parties whose share an outcome measures (a swing is read from Labour's side). */
export function outcomeParties(o: Outcome): readonly Party[] {
  switch (o.kind) {
    case 'change':
      return [o.party];
    case 'combinedChange':
      return o.parties;
    case 'swing':
      return ['lab'];
  }
}

/**
 * Covariates of one seat for one outcome. A party that did not stand has share 0; a renamed party's previous share is
 * its share under the old name (Reform UK's in 2019 is the Brexit Party's), as its change is measured. All are null
 * when the earlier election's row is absent; Leave and IMD are null where the context has none (e.g. Northern Ireland
 * for IMD).
 */
export function covariatesOf(
  o: Outcome,
  before: SeatMetrics | undefined,
  context: SeatContext | undefined,
): CovariateValues {
  let prevShare: number | null = null;
  let prevMargin: number | null = null;
  if (before) {
    const own = outcomeParties(o).map((p) => earlierCode(p, (q) => before.shares[q] !== undefined));
    prevShare = own.reduce((s, p) => s + (before.shares[p] ?? 0), 0);
    const rivals = (Object.entries(before.shares) as [Party, number][])
      .filter(([p]) => !own.includes(p))
      .map(([, v]) => v);
    prevMargin = prevShare - (rivals.length ? Math.max(...rivals) : 0);
  }
  return { prevMargin, prevShare, leave: context?.leavePct ?? null, imd: context?.imdScore ?? null };
}

/** The seat's stratum for exact matching: its nation and the party that won it at the earlier election. */
export function exactKey(row: Pick<SeatMetrics, 'nation'>, holder: Party | null): string {
  return `${row.nation}|${holder ?? ''}`;
}

export function matchUnit(
  row: Pick<SeatMetrics, 'code' | 'nation' | 'region'>,
  covariates: CovariateValues,
  holder: Party | null,
): MatchUnit {
  return { id: row.code, exact: exactKey(row, holder), group: row.region, covariates };
}

// The covariates seats are matched on, read from the earlier election's row and the seat's context row.
import type { SeatContext, SeatMetrics } from '../schema/metrics';
import type { MatchUnit } from '../stats/matching';

export const COVARIATES = [
  { key: 'prevLab', label: 'previous Labour share' },
  { key: 'prevMajority', label: 'previous majority' },
  { key: 'leave', label: 'Leave estimate' },
  { key: 'imd', label: 'deprivation (IMD)' },
] as const;

export type CovariateKey = (typeof COVARIATES)[number]['key'];
export type CovariateValues = Record<CovariateKey, number | null>;

export const COVARIATE_KEYS: readonly CovariateKey[] = COVARIATES.map((c) => c.key);

export function covariateLabel(key: string): string {
  return COVARIATES.find((c) => c.key === key)?.label ?? key;
}

/**
 * Covariates of one seat. Previous Labour share is 0 where Labour did not stand (e.g. Northern Ireland);
 * it is null, like the rest, when the earlier election's row is absent.
 */
export function covariatesOf(before: SeatMetrics | undefined, context: SeatContext | undefined): CovariateValues {
  return {
    prevLab: before ? (before.shares.lab ?? 0) : null,
    prevMajority: before && typeof before.majorityPct === 'number' ? before.majorityPct : null,
    leave: context?.leavePct ?? null,
    imd: context?.imdScore ?? null,
  };
}

export function matchUnit(row: Pick<SeatMetrics, 'code' | 'nation' | 'region'>, covariates: CovariateValues): MatchUnit {
  return { id: row.code, exact: row.nation, group: row.region, covariates };
}

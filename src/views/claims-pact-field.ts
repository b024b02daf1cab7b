// Which of the pact parties stood where: the test for a comparison seat (every pact party stood), and the pact seats
// where one already had no candidate at the election before the pact, whose change cannot show the stand-aside.
import * as data from '../data/index';
import type { ElectionId } from '../lib/elections';
import type { Party } from '../lib/parties';
import type { SeatMetrics } from '../lib/schema/metrics';
import type { SeatValue } from '../lib/compare/index';
import { mag } from './claims-common';

export const WALES = 'W92000004';
const change = (x: number) => `a ${x < 0 ? 'fall' : 'rise'} of ${mag(x)} points`;
export const NI = 'N92000002';

/** Whether every pact party had a candidate (Plaid Cymru only in Wales); never in Northern Ireland. */
export function allPactPartiesStood(row: Pick<SeatMetrics, 'nation' | 'shares'>, parties: readonly Party[]): boolean {
  if (row.nation === NI) return false;
  return parties.every((p) =>
    p === 'pc' ? row.nation !== WALES || row.shares.pc !== undefined : row.shares[p] !== undefined,
  );
}

/**
 * The caveat on pact seats where a pact party had no candidate already at `before`: their pact vote then already
 * lacked it, so its change to the pact election understates what standing aside did. Null when there are none.
 */
export function standAsideBefore(
  values: readonly SeatValue[],
  parties: readonly Party[],
  before: ElectionId,
): string | null {
  const missing = values.filter((v) => {
    const b = data.metricsFor(v.code, before);
    return b !== undefined && !allPactPartiesStood(b, parties);
  });
  const full = values.filter((v) => !missing.includes(v));
  if (!missing.length || !full.length) return null;
  const avg = (xs: readonly SeatValue[]) => xs.reduce((t, v) => t + v.value, 0) / xs.length;
  return (
    `In ${missing.length} of the ${values.length} pact seats a pact party already had no candidate in ${before}, so the ` +
    `${before} pact vote there already had a party standing aside, and its change shows less of what standing aside adds: ` +
    `on average ${change(avg(missing))} in those seats, against ${change(avg(full))} in the ${full.length} where all the ` +
    'pact parties had stood. Every comparison on this page takes in both kinds of seat.'
  );
}

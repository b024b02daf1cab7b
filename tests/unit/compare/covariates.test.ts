// The matching covariates of a seat, on hand-made rows: a renamed party's previous share is its share under the old
// name (Reform UK measured from the Brexit Party), as its change is measured.
import { describe, expect, it } from 'vitest';
import { covariatesOf } from '~/lib/compare/covariates';
import type { SeatMetrics } from '~/lib/schema/metrics';

const before = { shares: { con: 40, lab: 30.5, brexit: 20, ld: 9.5 } } as unknown as SeatMetrics;
const context = { leavePct: 60, imdScore: 25 } as never;

const shareAndMargin = (party: 'reform' | 'lab' | 'green') => {
  const c = covariatesOf({ kind: 'change', party }, before, context);
  return [c.prevShare, c.prevMargin, c.leave, c.imd];
};

describe('covariatesOf', () => {
  it("measures Reform UK's previous share and margin from the Brexit Party's 2019 share", () => {
    // Before the fix they were 0 and -40 in every seat: no seat told apart on the measured party's baseline.
    expect(shareAndMargin('reform')).toEqual([20, 20 - 40, 60, 25]);
  });

  it("leaves another party's covariates as they were, the rivals' best share included", () => {
    expect(shareAndMargin('lab')).toEqual([30.5, 30.5 - 40, 60, 25]);
    expect(shareAndMargin('green')).toEqual([0, -40, 60, 25]);
  });

  it('is null on the earlier election when the seat has no row for it', () => {
    expect(covariatesOf({ kind: 'change', party: 'reform' }, undefined, undefined)).toEqual({
      prevShare: null,
      prevMargin: null,
      leave: null,
      imd: null,
    });
  });
});

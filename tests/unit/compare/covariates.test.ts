// The matching covariates of a seat, on hand-made rows: a renamed party's previous share is its share under the old
// name (Reform UK measured from the Brexit Party), as its change is measured.
import { describe, expect, it } from 'vitest';
import { covariatesOf } from '~/lib/compare/covariates';
import type { SeatMetrics } from '~/lib/schema/metrics';

const before = { shares: { con: 40, lab: 30.5, brexit: 20, ld: 9.5 } } as unknown as SeatMetrics;
const context = { leavePct: 60, imdScore: 25 } as never;

describe('covariatesOf', () => {
  it("measures Reform UK's previous share and margin from the Brexit Party's 2019 share", () => {
    // Before the fix both were 0 and -40: every seat alike on the measured party's baseline.
    expect(covariatesOf({ kind: 'change', party: 'reform' }, before, context)).toEqual({
      prevShare: 20,
      prevMargin: 20 - 40,
      leave: 60,
      imd: 25,
    });
  });

  it("leaves another party's covariates as they were, the rivals' best share included", () => {
    expect(covariatesOf({ kind: 'change', party: 'lab' }, before, context)).toEqual({
      prevShare: 30.5,
      prevMargin: 30.5 - 40,
      leave: 60,
      imd: 25,
    });
    expect(covariatesOf({ kind: 'change', party: 'green' }, before, context).prevShare).toBe(0);
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

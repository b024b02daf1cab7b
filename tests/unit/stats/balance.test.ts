import { describe, expect, it } from 'vitest';
import { balanceTable } from '~/lib/stats/balance';
import { sd } from '~/lib/stats/summary';

describe('balance table', () => {
  it('standardised mean differences before and after, over one SD of treated and candidates', () => {
    const treated = [{ x: 10 }, { x: 12 }];
    const candidates = [{ x: 0 }, { x: 2 }, { x: 9 }, { x: 13 }];
    const controls = [{ x: 9 }, { x: 13 }];
    const [row] = balanceTable(['x'], treated, candidates, controls);
    const s = sd([10, 12, 0, 2, 9, 13]);
    expect(row!.treatedMean).toBe(11);
    expect(row!.beforeMean).toBe(6);
    expect(row!.afterMean).toBe(11);
    expect(row!.smdBefore).toBeCloseTo(5 / s, 12);
    expect(row!.smdAfter).toBeCloseTo(0, 12);
  });

  it('missing values are left out; no spread gives no SMD', () => {
    const [row] = balanceTable(['x'], [{ x: 1 }, { x: null }], [{ x: 1 }], [{ x: 1 }]);
    expect(row!.treatedMean).toBe(1);
    expect(row!.smdBefore).toBeNull();
  });

  it("matched controls weighted as the gap weighs them: each chosen seat's controls together count once", () => {
    // Seat A has one control (x = 10), seat B three (14, 16, 18): the gap averages A's and B's control means, 10 and
    // 16, so the matched mean is 13, not 14.5 as it would be with every control counted once.
    const treated = [{ x: 10 }, { x: 20 }];
    const candidates = [{ x: 10 }, { x: 14 }, { x: 16 }, { x: 18 }];
    const controls = [{ x: 10 }, { x: 14 }, { x: 16 }, { x: 18 }];
    const [row] = balanceTable(['x'], treated, candidates, controls, [1, 1 / 3, 1 / 3, 1 / 3]);
    const s = sd([10, 20, 10, 14, 16, 18]);
    expect(row!.afterMean).toBeCloseTo(13, 12);
    expect(row!.smdAfter).toBeCloseTo(2 / s, 12);
  });
});

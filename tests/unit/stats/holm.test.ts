// Holm's adjustment on hand-worked p-values.
import { describe, expect, it } from 'vitest';
import { holmAdjust } from '../../../src/lib/stats/holm';

describe('holmAdjust', () => {
  it('multiplies the k-th smallest by n - k + 1 and keeps the order monotone', () => {
    // Sorted: 0.005 x 4 = 0.02, 0.01 x 3 = 0.03, 0.03 x 2 = 0.06, 0.04 x 1 = 0.04 -> raised to 0.06.
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    expect(adjusted.map((p) => Number(p.toFixed(10)))).toEqual([0.03, 0.06, 0.06, 0.02]);
  });

  it('caps at 1 and leaves a single test alone', () => {
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1]);
    expect(holmAdjust([0.042])).toEqual([0.042]);
    expect(holmAdjust([])).toEqual([]);
  });

  it('gives tied p-values the same adjusted value', () => {
    expect(holmAdjust([0.02, 0.02, 0.5])).toEqual([0.06, 0.06, 0.5]);
  });
});

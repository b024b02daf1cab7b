// The note over a claim page's comparisons on how many p-values it gives, on hand-made blocks.
import { describe, expect, it } from 'vitest';
import { manyTestsNote } from '~/views/claim-page';
import type { ComparisonBlock } from '~/views/claims-types';

const block = (ps: (number | null)[]) =>
  ({ outcomes: [{ rows: ps.map((p) => ({ p })) }] }) as unknown as ComparisonBlock;

describe('manyTestsNote', () => {
  it('counts every p-value over all blocks and gives how many would fall under 0.05 with no effect (n / 20)', () => {
    // Ten p-values in two blocks, nulls (rows without a test) not counted: 10 / 20 = 0.5.
    const note = manyTestsNote([
      block([0.99, null, 0.82, 0.008]),
      block([0.0044, 0.0017, null, 0.3, 0.2, 0.5, 0.6, 0.7]),
    ]);
    expect(note).toBe(
      'These comparisons give 10 p-values. Even with no effect anywhere, about one test in twenty comes out below 0.05 by chance, so among 10 about 0.5 would be expected to. Only the headline comparison tests the claim; an exploratory figure called unlikely to be chance is a lead to look into, not a finding.',
    );
  });

  it('says nothing with fewer than 3 p-values', () => {
    expect(manyTestsNote([block([0.18, null, 0.94])])).toBeNull();
  });
});

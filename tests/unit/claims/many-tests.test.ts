// The note over a claim page's comparisons on how many p-values it gives, and which stay under 0.05 after Holm's
// adjustment for all of them, on hand-made blocks.
import { describe, expect, it } from 'vitest';
import { manyTestsNote } from '~/views/claim-page';
import type { ComparisonBlock } from '~/views/claims-types';

const block = (title: string, ps: (number | null)[]) =>
  ({
    title,
    outcomes: [
      {
        heading: "Change in the Greens' share (points)",
        rows: ps.map((p, i) => ({ p, label: `Difference from comparison ${i + 1}` })),
      },
    ],
  }) as unknown as ComparisonBlock;

const OPENING = (n: number, expected: string, here: string) =>
  `These comparisons give ${n} p-values. Even with no effect anywhere, about one test in twenty comes out below 0.05 by chance, so among ${n} about ${expected} would be expected to; ${here}.`;
const CLOSE =
  'Only the headline comparison tests the claim; an exploratory figure called unlikely to be chance is a lead to look into, not a finding.';

describe('manyTestsNote', () => {
  it('counts every p-value over all blocks, and names those under 0.05 after Holm', () => {
    // Ten p-values in two blocks, nulls (rows without a test) not counted: 10 / 20 = 0.5 expected; 3 under 0.05.
    // Holm: 0.0017 x 10 = 0.017, 0.0044 x 9 = 0.0396, 0.008 x 8 = 0.064 (and every larger one above 0.05).
    const note = manyTestsNote([
      block('Set A', [0.99, null, 0.82, 0.008]),
      block('Set B', [0.0044, 0.0017, null, 0.3, 0.2, 0.5, 0.6, 0.7]),
    ]);
    expect(note).toBe(
      `${OPENING(10, '0.5', 'here 3 are')} Allowing for all 10 at once (Holm's method, which holds however the tests depend on one another, as these do: they share seats), 2 stay below 0.05: Set B, change in the Greens' share: difference from comparison 1, adjusted p = 0.040; Set B, change in the Greens' share: difference from comparison 2, adjusted p = 0.017. ${CLOSE}`,
    );
  });

  it('says when none stays under 0.05 after the adjustment, and leaves Holm out when none was under it', () => {
    expect(manyTestsNote([block('Set A', [0.03, 0.04, 0.5])])).toBe(
      `${OPENING(3, '0.1', 'here 2 are')} Allowing for all 3 at once (Holm's method, which holds however the tests depend on one another, as these do: they share seats), none stays below 0.05. ${CLOSE}`,
    );
    expect(manyTestsNote([block('Set A', [0.2, 0.4, 0.5])])).toBe(`${OPENING(3, '0.1', 'here none is')} ${CLOSE}`);
  });

  it('says nothing with fewer than 3 p-values', () => {
    expect(manyTestsNote([block('Set A', [0.18, null, 0.94])])).toBeNull();
  });
});

// The method paragraph of the claim pages that run the comparison engine says how each figure is actually made.
import { describe, expect, it } from 'vitest';
import { COMPARISON_METHOD } from '~/views/claims-organiser-words';
import { methodLine } from '~/lib/compare/rows';

describe('claim pages: the method paragraph', () => {
  const text = COMPARISON_METHOD('Yorkshire and the Humber').join(' ');

  it('gives the matched gap its t test, not reshuffles within matched sets', () => {
    expect(text).not.toMatch(/within matched sets/);
    expect(text).toContain(
      'Against matched seats, the gap is corrected for what is left of the differences in the matching measures by a straight-line fit, where there are enough different matched seats to fit it (4 for each number fitted, 20 in all; the notes say where there were not); its interval allows for matched seats serving more than one chosen seat and for the fit, and its p-value is the t test on the same gap and standard error.',
    );
  });

  it('names the rules that withhold an interval or p-value at the sizes where the calibration missed', () => {
    expect(text).toContain(
      "against other seats, sets of fewer than 13 seats get a p-value but no interval; against matched seats, sets of 30 seats or more, and sets whose regions have fewer other seats than chosen seats, get neither. A set's own average gets no interval below 13 seats either",
    );
  });
});

describe('/compare/: the line under a result', () => {
  it('says the matched p-value is a t test; only the test against other seats reshuffles', () => {
    expect(methodLine({ batch: 2000, maxDraws: 50000 })).toBe(
      't intervals; p-values against other seats from 2,000 to 50,000 reshuffles, against matched seats from the t test on the corrected gap.',
    );
  });
});

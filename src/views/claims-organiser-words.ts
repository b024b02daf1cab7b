// Method and caveat paragraphs shared by the claim pages that compare seats with other seats using the engine.
import { CALIPER, MAX_MATCHED_SEATS, MIN_SEATS_AGAINST_OTHERS, MIN_SEATS_FOR_SET_INTERVAL } from '../lib/compare/index';
import { COMPARE_ITERATIONS } from '../lib/compare/settings';
import { COVARIATE_KEYS } from '../lib/compare/covariates';
import { PER_PARAMETER } from '../lib/stats/bias-correction';

const n = (x: number) => x.toLocaleString('en-GB');

/**
 * How the comparisons are made, in words; `where` names the comparison area, e.g. "Yorkshire and the Humber"; the
 * Butler swing is defined only for a page that measures it.
 */
export function COMPARISON_METHOD(where: string, measures = { swing: true }): string[] {
  return [
    `Change in a party's share: its share of the valid vote at the later election minus its share at the earlier one, in percentage points, for each seat. A set's figure is the average over its seats, each seat counting once. The figure for ${where} counts every vote of every seat there together instead.`,
    ...(measures.swing
      ? [
          'Butler swing: the average of the Conservative gain and the Labour loss in share, in points; positive means towards the Conservatives. The Speaker’s seat is left out, because the main parties did not stand against the Speaker.',
        ]
      : []),
    'Comparison seats never include a seat of any cited seat set (organiser seats of any kind of link, pact seats), because those seats may have been treated themselves; the seats left out are listed under each comparison.',
    `Other seats: each chosen seat against the other seats of its own region, averaged over the chosen seats. Matched seats: for each chosen seat, up to three of the most similar seats of the same nation won by the same party at the earlier election, from the same region where possible, on the measured party's previous margin (signed) and previous share, the estimated 2016 Leave vote and deprivation, no further apart than ${CALIPER} standard deviation; the balance table shows how similar they are.`,
    `Intervals are 95% t intervals. Against other seats, each chosen seat is set against the mean of the other seats of its region, with a standard error that allows the two to vary differently (Welch's); its p-value comes from reshuffling which seats count as chosen within each region, using a statistic scaled by its own standard error, with random reshuffles drawn in batches of ${n(COMPARE_ITERATIONS.batch)} up to ${n(COMPARE_ITERATIONS.maxDraws)} until chance in the reshuffling cannot move p across 0.05. Against matched seats, the gap is corrected for what is left of the differences in the matching measures by a straight-line fit, where there are enough different matched seats to fit it (${PER_PARAMETER} for each number fitted, ${PER_PARAMETER * (COVARIATE_KEYS.length + 1)} in all; the notes say where there were not); its interval allows for matched seats serving more than one chosen seat and for the fit, and its p-value is the t test on the same gap and standard error. With 4 seats or fewer there is no interval or p-value, only the seats. Two more rules come from the placebo calibration on the methodology page: against other seats, sets of fewer than ${MIN_SEATS_AGAINST_OTHERS} seats get a p-value but no interval; against matched seats, sets of ${MAX_MATCHED_SEATS + 1} seats or more, and sets whose regions have fewer other seats than chosen seats, get neither. A set's own average gets no interval below ${MIN_SEATS_FOR_SET_INTERVAL} seats either (on random 5-seat sets such an interval held only 92%); its seats are listed instead. Where a measure's own calibration missed its target at a set size in an election pair, that figure gets no interval or p-value at that size. The calibration draws its sets at random; seats chosen as a claim's were (targeted, or named for their result) may differ in ways random sets do not, so it shows the intervals hold for sets like these in size and region, not that nothing about their choice misleads. “Unlikely to be chance” is said only when the interval excludes zero and p < 0.05. The fixed seed makes every build and the test-your-own-seats tool give the same figures.`,
    'Placebo: the same seats against the same matched seats one election earlier, and the change in that gap (a difference in differences). Regression to the mean: how seats that were as far from their region as the chosen seats one election earlier moved afterwards.',
  ];
}

export const ORGANISER_CAVEATS: readonly string[] = [
  'The list is partial. Ian Lavery wrote that the unit worked in only 30 key seats in 2019, but its own seat list has not been published. Public sources name fewer, and seats not named may have had organisers too.',
  'The links differ in strength. A seat named in the unit’s own report is stronger evidence than a job advert that says where a post was "initially based", and a mass meeting shows only that an event happened.',
  'The seats were chosen, not picked at random. Organisers were sent to target marginals, and seats that are targeted differ from others in ways a comparison may not capture.',
  'Some seats were named by the unit itself, after the results were known. A report that picks which seats to name can lean towards those where results went well: HuffPost insiders said the report to the NEC ignored results in Stoke, Walsall, Dudley and Blyth Valley.',
  'Places linked to the unit that cannot be matched to one seat (Stoke, Walsall, Southampton, Cornwall, Westminster, Wandsworth and others; see the organisers page) are not among the organiser seats, but their seats can be comparison seats. If organisers worked there, the gaps shown are pulled towards zero.',
  'With a handful of seats, one unusual result moves the average a lot; with 4 or fewer there is no interval at all.',
  'A difference is an association, not proof that organising caused it.',
];

// Method and caveat paragraphs shared by the claim pages that compare seats with other seats using the engine.
import { COMPARE_ITERATIONS } from './compare-settings';

const n = (x: number) => x.toLocaleString('en-GB');

/** How the comparisons are made, in words; `where` names the comparison area, e.g. "Yorkshire and the Humber". */
export function COMPARISON_METHOD(where: string): string[] {
  return [
    `Change in a party's share: its share of the valid vote at the later election minus its share at the earlier one, in percentage points, for each seat. A set's figure is the average over its seats, each seat counting once. The figure for ${where} as a whole counts every vote together instead.`,
    'Butler swing: the average of the Conservative gain and the Labour loss in share, in points; positive means towards the Conservatives. The Speaker’s seat is left out, because the main parties did not stand against the Speaker.',
    `Other seats: every other seat of the same region or regions. Matched seats: for each chosen seat, the three most similar seats outside the set in the same nation, taken from the same region where possible, on the previous election's Labour share and majority, the estimated 2016 Leave vote and deprivation. The matched difference is each chosen seat minus the average of its matches, averaged over the chosen seats.`,
    `Intervals are 95% bootstrap intervals from ${n(COMPARE_ITERATIONS.bootstrap)} resamples. P-values come from ${n(COMPARE_ITERATIONS.permutations)} random reshuffles of which seats count as chosen; a small p-value means a gap this large would rarely arise by chance. The random numbers use a fixed seed, so every build and the test-your-own-seats tool give the same figures.`,
    'Placebo: the same comparison one election earlier, on the same seats. A gap that was already there then cannot have been caused by something that happened later.',
  ];
}

export const ORGANISER_METHOD = COMPARISON_METHOD;

export const ORGANISER_CAVEATS: readonly string[] = [
  'The list is partial. The unit said it worked in about 30 key seats in 2019, but its own seat list has not been published. Public sources name fewer, and seats not named may have had organisers too.',
  'The links differ in strength. A seat named in the unit’s own report is stronger evidence than a job advert that says where a post was "initially based", and a mass meeting shows only that an event happened.',
  'The seats were chosen, not picked at random. Organisers were sent to target marginals, and seats that are targeted differ from others in ways a comparison may not capture.',
  'With a handful of seats, one unusual result moves the average a lot, and intervals from resampling are too narrow.',
  'A difference is an association, not proof that organising caused it.',
];

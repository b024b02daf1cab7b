// The revision of the comparison method. The pipeline writes it into the derived tables (method.json), so it is part of
// the data version: a change to the method that moves a published figure gives a new version, a changelog entry and
// fresh calibrations, as a change to the data does (tests/data/claim-figures.test.ts stops a change that does not).
export const COMPARISON_METHOD = {
  revision: '2026-12-07.5',
  summary:
    'Matched seats are exact on nation and on the party that won the seat at the earlier election, then nearest on the measured party’s previous margin and share, the Leave estimate and deprivation, within one standard deviation, region first. Each claim page also gives its headline against matched seats under the rule before 7 December 2026 (exact on nation only), without an interval, and each organiser claim its headline with the seats of linked places left out, with an interval where a calibration run with those seats left out checked it. A matched headline of 6 seats or more is also given with each seat left out in turn (its matched seats with it), without an interval.',
} as const;

/**
 * The matching rule before revision 2026-12-07: exact on nation only. It changed after the claim pages' figures had
 * been published, so each matched headline is shown under both (compare/rule-sensitivity).
 */
export const EARLIER_RULE = { exact: 'nation', until: '7 December 2026' } as const;

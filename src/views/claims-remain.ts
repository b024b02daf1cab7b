// Claim view: Labour's change against each seat's estimated Remain vote ("swings of 7% in seats with Remain votes of
// 55%"), in both senses of swing, for the election the claim is about and the next one, in Great Britain and in
// England and Wales.
import type { CsvValue } from '../lib/format/csv';
import { decimal, roundTo } from '../lib/format/numbers';
import { CLAIM_COLOUR, type BinPoint, type ScatterInput, type ScatterPoint } from '../charts/claim-scatter';
import type { ClaimParts } from './claim-page';
import { mag, requireThat, round3, signed, type ClaimEntry } from './claims-common';
import {
  groupStats,
  remainBins,
  remainPoints,
  SCOTLAND,
  type Area,
  type GroupStats,
  type Measure,
} from './claims-remain-stats';
import { pairLabel, type Pair } from './claims-run';
import type { FigureRow, SimpleTable } from './claims-types';

const AREAS: Record<Area, string> = { gb: 'Great Britain', ew: 'England and Wales' };
const MEASURES: Record<Measure, string> = { lab: "Change in Labour's share", toLab: 'Butler swing towards Labour' };

export function remainView(entry: ClaimEntry): ClaimParts {
  const t = entry.params.threshold!;
  const pairs: Pair[] = [entry.pair, ...(entry.params.alsoPair ? [entry.params.alsoPair] : [])];
  const points = new Map(pairs.map((p) => [p.after, remainPoints(p)]));
  const stats: GroupStats[] = pairs.flatMap((p) =>
    (['gb', 'ew'] as Area[]).flatMap((a) =>
      (['lab', 'toLab'] as Measure[]).map((m) => groupStats(points.get(p.after)!, p, a, m, t)),
    ),
  );
  const get = (p: Pair, a: Area, m: Measure) => stats.find((s) => s.pair === p && s.area === a && s.measure === m)!;
  const main = entry.pair;
  const next = pairs[1];
  const ewSwing = get(main, 'ew', 'toLab');
  const ewLab = get(main, 'ew', 'lab');
  const gbSwing = get(main, 'gb', 'toLab');
  const gbLab = get(main, 'gb', 'lab');

  requireThat(
    Math.abs(ewSwing.high.mean - 7) < 1,
    `the England and Wales Butler swing in Remain seats (${ewSwing.high.mean}) is no longer within a point of 7`,
  );
  requireThat(
    ewLab.high.mean > 7 && gbSwing.high.mean < 5,
    'the share-change and Great Britain readings no longer differ from 7 as the verdict says',
  );
  // Counted as the seat tables publish the change (two decimals), so a seat shown as 0.00 is neither.
  const fellIn = (p: Pair) => points.get(p.after)!.filter((q) => roundTo(q.lab, 2) < 0).length;
  const roseIn = (p: Pair) => points.get(p.after)!.filter((q) => roundTo(q.lab, 2) > 0).length;
  const unchangedIn = (p: Pair) => points.get(p.after)!.length - roseIn(p) - fellIn(p);
  // The Conservative change behind the swing (Butler swing to Labour is half Labour's change less theirs), in England
  // and Wales, in the Remain seats and in the rest.
  const ew = points.get(main.after)!.filter((q) => q.nation !== SCOTLAND);
  const conMean = (qs: typeof ew) => qs.reduce((a, q) => a + q.lab - 2 * q.toLab, 0) / qs.length;
  const conHigh = conMean(ew.filter((q) => q.remain >= t));
  const conLow = conMean(ew.filter((q) => q.remain < t));
  const conWords =
    conHigh < 0 && conLow > 0
      ? `the Conservative share fell there (${signed(conHigh)} points on average) while it rose elsewhere (${signed(conLow)})`
      : `the Conservative share changed by ${signed(conHigh)} points there on average, against ${signed(conLow)} elsewhere`;
  requireThat(fellIn(main) < points.get(main.after)!.length / 20, 'Labour no longer rose in nearly every seat');
  requireThat(ewSwing.correlation.r > 0.5, 'the correlation of Remain with the swing to Labour is no longer strong');

  const verdict = [
    `The comment was written after the June 2017 election, so the test is ${pairLabel(main)}. In England and Wales, the ${ewSwing.high.n} seats where an estimated ${t}% or more voted Remain swung ${mag(ewSwing.high.mean)} points from the Conservatives to Labour on average (Butler swing), close to the 7% claimed. ${ewSwing.high.atLeast7} of them swung 7 points or more.`,
    `Read as the rise in Labour's share, the figure is larger: ${signed(ewLab.high.mean)} points in those seats, against ${signed(ewLab.low.mean)} in the other seats of England and Wales (a difference of ${signed(ewLab.difference)} points). Labour's share rose in ${roseIn(main)} of the ${points.get(main.after)!.length} seats in Great Britain${fellIn(main) ? `, fell in ${fellIn(main)}` : ''}${unchangedIn(main) ? ` and was unchanged to two decimals in ${unchangedIn(main)}` : ''}; the swing picks out the Remain seats because ${conWords}.`,
    `Across Great Britain the figure is smaller (a swing of ${mag(gbSwing.high.mean)} points and a rise of ${mag(gbLab.high.mean)} in Labour's share, ${gbSwing.high.n} seats), because Scotland's Remain-voting seats moved differently. The more a seat voted Remain, the more it swung to Labour: in England and Wales the correlation is ${decimal(ewSwing.correlation.r, 2)} (${ewSwing.correlation.n} seats).`,
    ...(next
      ? [
          (() => {
            const l = get(next, 'gb', 'lab');
            return `${pairLabel(next)} is a different story: in the same Remain seats Labour's share fell by ${mag(l.high.mean)} points on average across Great Britain, against ${mag(l.low.mean)} elsewhere (a difference of ${signed(l.difference)} points). The seat figures describe places, not voters: they do not show which voters moved.`;
          })(),
        ]
      : []),
  ];

  const figures: FigureRow[] = [
    {
      label: `Butler swing towards Labour, seats with Remain ≥ ${t}%, ${pairLabel(main)}`,
      claimed: '7%',
      computed: `${mag(ewSwing.high.mean)} points in England and Wales (${ewSwing.high.n} seats); ${mag(gbSwing.high.mean)} in Great Britain (${gbSwing.high.n})`,
      detail: `Averages of these seats; no interval (see the method).`,
    },
    {
      label: `Change in Labour's share in the same seats`,
      claimed: '7%',
      computed: `${signed(ewLab.high.mean)} points in England and Wales; ${signed(gbLab.high.mean)} in Great Britain`,
      detail: `Averages of these seats; no interval (see the method).`,
    },
    {
      label: `Seats near ${t}% Remain (${t - 2.5}% to ${t + 2.5}%), England and Wales`,
      claimed: '7%',
      computed: `swing ${mag(get(main, 'ew', 'toLab').near.mean)} points to Labour; Labour share ${signed(get(main, 'ew', 'lab').near.mean)} (${get(main, 'ew', 'toLab').near.n} seats)`,
      detail: 'If “seats with Remain votes of 55%” means seats close to 55% rather than 55% or more.',
    },
    ...(next
      ? [
          {
            label: `Seats with Remain ≥ ${t}%, ${pairLabel(next)}`,
            claimed: '—',
            computed: `Labour share ${signed(get(next, 'gb', 'lab').high.mean)} points; swing ${mag(get(next, 'gb', 'toLab').high.mean)} points towards ${get(next, 'gb', 'toLab').high.mean < 0 ? 'the Conservatives' : 'Labour'} (Great Britain)`,
            detail: 'The next election, for contrast.',
          },
        ]
      : []),
  ];

  const tables: SimpleTable[] = [
    {
      caption: `Seats with an estimated Remain vote of ${t}% or more, against the rest`,
      columns: [
        { key: 'pair', label: 'Elections' },
        { key: 'area', label: 'Area' },
        { key: 'measure', label: 'Measure' },
        { key: 'n', label: `Seats ≥ ${t}%`, numeric: true },
        { key: 'mean', label: 'Average (points)', numeric: true },
        { key: 'seven', label: 'Seats at 7 or more', numeric: true },
        { key: 'rest', label: `Other seats' average`, numeric: true },
        { key: 'r', label: 'Correlation with Remain', numeric: true },
      ],
      rows: stats.map((s) => ({
        pair: pairLabel(s.pair),
        area: AREAS[s.area],
        measure: MEASURES[s.measure],
        n: String(s.high.n),
        mean: signed(s.high.mean),
        seven: String(s.high.atLeast7),
        rest: signed(s.low.mean),
        r: decimal(s.correlation.r, 2),
      })),
    },
  ];

  const cols = [MEASURES.lab, MEASURES.toLab];
  const rowsLabel = pairs.map(pairLabel);
  const scatterPoints: ScatterPoint[] = [];
  const bins: BinPoint[] = [];
  for (const p of pairs) {
    const pts = points.get(p.after)!;
    for (const m of ['lab', 'toLab'] as Measure[]) {
      for (const q of pts)
        scatterPoints.push({
          col: MEASURES[m],
          row: pairLabel(p),
          x: q.remain,
          y: q[m],
          group: q.nation === SCOTLAND ? 'Scotland' : 'England and Wales',
          code: q.code,
          name: q.name,
        });
      for (const b of remainBins(
        pts.filter((q) => q.nation !== SCOTLAND),
        m,
      ))
        bins.push({ col: MEASURES[m], row: pairLabel(p), ...b });
    }
  }
  const scatter: ScatterInput = {
    kind: 'scatter',
    cols,
    rows: rowsLabel,
    groups: [
      { name: 'England and Wales', colour: '#8F8F8F' },
      { name: 'Scotland', colour: '#56B4E9' },
    ],
    points: scatterPoints,
    bins,
    binColour: '#D55E00',
    xLabel: 'Estimated Remain vote, 2016 (%)',
    yLabel: 'Points',
    shadeFrom: t,
    claim: { y: 7, panels: cols.map((col) => ({ col, row: pairLabel(main) })) },
  };

  const csvRows: Record<string, CsvValue>[] = stats.map((s) => ({
    claim: entry.slug,
    section: 'remain-seats',
    comparison: `${AREAS[s.area]}, Remain >= ${t}%`,
    pair: pairLabel(s.pair),
    outcome: s.measure === 'lab' ? 'change:lab' : 'swing-to-lab:butler',
    measure: `${MEASURES[s.measure]}: seats at or above ${t}% Remain`,
    n: s.high.n,
    estimate: round3(s.high.mean),
    ci_low: null,
    ci_high: null,
    text: `other seats ${round3(s.low.mean)} (n ${s.low.n}); difference ${round3(s.difference)}; r ${round3(s.correlation.r)} (n ${s.correlation.n}); ${s.high.atLeast7} seats at 7 or more; no interval: all the seats, not a sample, in sets larger than the calibration checks`,
  }));

  const setSizes = [ewSwing.high.n, ewSwing.low.n, gbSwing.high.n, gbSwing.low.n];
  return {
    verdict,
    figures,
    chart: {
      ...scatter,
      title: `Labour's change against the estimated Remain vote, ${rowsLabel.join(' and ')}`,
      description: `Each dot is a seat in Great Britain. In ${pairLabel(main)} the Butler swing to Labour rose with the Remain vote in England and Wales (correlation ${decimal(ewSwing.correlation.r, 2)}); in seats with ${t}% or more Remain it averaged ${mag(ewSwing.high.mean)} points. Labour's share fell in ${fellIn(main)} of ${points.get(main.after)!.length} seats in ${main.after}${next ? ` and in ${fellIn(next)} of ${points.get(next.after)!.length} in ${next.after}` : ''}.`,
      caption: `Each seat's change in Labour's share of the vote and its Butler swing (positive towards Labour), by election. The line joins the averages of England and Wales seats in 5-point bands of the Remain estimate; the shaded area is ${t}% Remain or more; the dashed line is the claimed 7.`,
      dataSource: "Remain = 100 minus Chris Hanretty's estimate of the 2016 Leave vote by constituency",
      legend: [
        { label: 'Seat in England or Wales', colour: '#8F8F8F', mark: 'dot' },
        { label: 'Seat in Scotland', colour: '#56B4E9', mark: 'dot' },
        { label: 'Average of England and Wales seats by Remain band', colour: '#D55E00', mark: 'line' },
        { label: 'Claimed figure: 7 points', colour: CLAIM_COLOUR, mark: 'dashed-line' },
      ],
    },
    tables,
    comparisons: [],
    headlineText: `Headline figure: the Butler swing to Labour in the ${ewSwing.high.n} England and Wales seats with ${t}% Remain or more, ${pairLabel(main)}: ${mag(ewSwing.high.mean)} points, against the claimed 7 (no interval: see the method). Everything else on this page is exploratory.`,
    placeboNote: `This claim is about all seats, not a chosen set, so there is no placebo. The ${next ? pairLabel(next) : 'next'} figures show how the pattern changed.`,
    method: [
      `Remain: 100 minus Chris Hanretty's estimate of the 2016 Leave vote in each 2010–2023 seat. The referendum was counted by local authority, so seat figures are estimates. Northern Ireland has none, so the seats are those of Great Britain, without the Speaker's seat.`,
      "Change in Labour's share: its share of the valid vote at the later election minus its share at the earlier one, in points. Butler swing towards Labour: the average of Labour's gain and the Conservatives' loss in share, in points.",
      "Averages give each seat equal weight; the correlation is Pearson's r.",
      `There are no intervals or p-values on this page. The figures are all the seats on each side of the threshold, not a sample; the sets (${Math.min(...setSizes)} to ${Math.max(...setSizes)} seats) are larger than any the calibration checks on placebo sets of real seats (up to 59), and neighbouring seats move together, so no interval here has been shown to hold 95% of the time. The figures describe these seats.`,
      `“Seats with Remain votes of ${t}%” is read as ${t}% or more; the figures for seats within 2.5 points of ${t}% are given too.`,
    ],
    caveats: [
      'Remain figures are estimates from a model, not counts.',
      '“Swing” is not defined in the comment. The numbers depend on whether it means the change in Labour’s share or the Butler swing between the Conservatives and Labour.',
      'Seat results describe places. That Remain seats swung to Labour does not show that Remain voters switched; other voters in those seats, and turnout, changed too.',
      'The comment gives no source or list of seats, so we cannot tell which figure the writer had in mind.',
    ],
    csvRows,
  };
}

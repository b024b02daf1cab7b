// Claim view: one seat credited to organising (Putney, Labour's only gain in 2019): checks "only gain", and sets the
// seat against its region and its matched seats, with a placebo, saying what one seat can and cannot show.
import * as data from '../data/index';
import { covariateLabel, isSpeakerSeat, outcomeOf } from '../lib/compare/index';
import { notCloseAfterMatching } from '../lib/compare/rows';
import { pct, pp } from '../lib/format/numbers';
import { partyInfo } from '../lib/parties';
import { isMissing } from '../lib/missing';
import { seatUrl } from '../site/paths';
import type { ClaimParts, StripPanel } from './claim-page';
import { listAnd } from '../lib/format/list';
import { mag, moved, requireThat, signed, type ClaimEntry } from './claims-common';
import { comparisonBlock, headlineOf, LAB, pairLabel, placeboOf, runComparison, SWING } from './claims-run';
import { chosenRows, matchedRows, placeboMatchedRows, otherRows } from '../charts/strip-rows';
import type { SimpleTable } from './claims-types';
import { linkedPlacesFor } from './linked-places';

const short = (p: Parameters<typeof partyInfo>[0]) => partyInfo(p).short;

export function putneyView(entry: ClaimEntry): ClaimParts {
  const code = entry.params.seat!;
  const pair = entry.pair;
  const placebo = placeboOf(pair);
  const m = data.metricsFor(code, pair.after);
  const prev = data.metricsFor(code, pair.before);
  if (!m || !prev || m.change.lab === undefined) throw new Error(`no ${pair.after} result for ${code}`);
  const name = m.name;
  const area = data.areaFor(m.region, pair.after);
  if (!area || area.change.lab === undefined) throw new Error(`no ${pair.after} figures for region ${m.region}`);
  const regionName = area.areaName;

  const rows = data.metricsOf(pair.after);
  const gains = rows.filter((r) => r.winner === 'lab' && r.prevWinner !== null && r.prevWinner !== 'lab');
  const losses = rows.filter((r) => r.prevWinner === 'lab' && r.winner !== 'lab');
  // A seat that passed to the Speaker (Chorley, 2019) was not lost to another party at the polls.
  const toSpeaker = losses.filter((r) => r.winner === 'spk');
  const lostWords = `lost ${losses.length - toSpeaker.length} to other parties${toSpeaker.length ? ` (and ${toSpeaker.length === 1 ? 'one seat' : `${toSpeaker.length} seats`}, ${listAnd(toSpeaker.map((r) => r.name))}, passed to the Speaker, whom the main parties did not oppose)` : ''}`;
  // Seats Labour fought at both elections (a change it has), the Speaker's aside.
  const fought = rows.filter((r) => !isSpeakerSeat(r) && r.change.lab !== null && r.change.lab !== undefined);
  const rose = fought.filter((r) => r.change.lab! > 0);
  const gb = data
    .context()
    .filter((c) => c.boundarySet === m.boundarySet && c.leavePct !== null)
    .sort((x, y) => x.leavePct! - y.leavePct!);
  const leaveRank = gb.findIndex((c) => c.code === code) + 1;
  const leave = data.contextFor(code)?.leavePct ?? null;

  const res = runComparison(pair, [code], [LAB, SWING]);
  const resP = placebo ? runComparison(placebo, [code], [LAB, SWING]) : null;
  const lab = outcomeOf(res, 'change:lab');
  const labP = resP ? outcomeOf(resP, 'change:lab') : null;
  const matchedGap = lab.matched?.difference?.estimate ?? null;
  const controlMean = lab.matched?.controlMean ?? null;
  const placeboGap = lab.matched?.placebo?.earlier.estimate ?? null;
  const controls = lab.matched?.pairs[0]?.controls ?? [];
  const earlierOf = (c: string) => (placebo ? (data.metricsFor(c, placebo.after)?.change.lab ?? null) : null);
  /** The gap against each control alone, and against the others with that one left out. */
  const reliance = controls.map((c) => {
    const rest = controls.filter((x) => x.code !== c.code);
    return {
      control: c,
      alone: m.change.lab! - c.value,
      without: rest.length ? m.change.lab! - rest.reduce((t, x) => t + x.value, 0) / rest.length : null,
    };
  });
  const byGap = [...reliance].sort((x, y) => y.alone - x.alone);
  const notClose = notCloseAfterMatching(lab.matched);

  requireThat(
    gains.length === 1 && gains[0]!.code === code,
    `${name} is no longer Labour's only gain (${gains.length} gains)`,
  );
  requireThat(m.change.lab > 0 && area.change.lab < 0, 'Labour no longer rose in the seat while falling in the region');
  requireThat(
    matchedGap !== null && controlMean !== null && placeboGap !== null && Math.abs(placeboGap) < 2,
    'the placebo gap is no longer small',
  );
  requireThat(
    controls.length > 0 && byGap.every((r) => r.alone > 0),
    'Putney no longer did better than every one of its matched seats',
  );
  const one = controls.length === 1;
  const regionGap = lab.otherSeats?.difference
    ? { n: lab.otherSeats.n, estimate: lab.otherSeats.difference.estimate }
    : null;
  // A matched seat in a place the sources tie to the unit without naming a seat may not be untouched either.
  const firstPlace = linkedPlacesFor([code]).find((p) => p.seats.some((x) => x.code === controls[0]!.code))?.name;
  const seatWord = one ? 'seat' : 'seats';
  const theMatched = `${one ? 'one' : controls.length} matched ${seatWord}`;
  const matching = `held by the same party in ${pair.before}, and matched on Labour's previous margin and share, the Leave vote and deprivation, with seats of every cited seat set left out`;
  const holder = partyInfo(prev.winner).name;
  const yardstick = one
    ? `Of the seats the ${holder} party held in ${pair.before} that can be compared, only ${controls[0]!.name} falls within the matching limit of one standard deviation (on Labour's previous margin and share, the Leave vote and deprivation; seats of every cited seat set are left out)${notClose.length ? `, and even it is not close in ${listAnd(notClose.map((b) => covariateLabel(b.covariate)))} (see the balance table)` : ''}: there Labour's share ${moved(controlMean!)}, and ${name} did ${mag(matchedGap!)} points better for Labour. Every other such seat was further apart than one standard deviation, so the gap rests on that one seat and anything particular to it: ${biggestMove(controls[0]!.code, pair)}.${firstPlace ? ` That seat lies in ${firstPlace}, a place the sources tie to the unit without naming a seat, so even this yardstick may not be untouched (see the checks of the headline).` : ''}`
    : `Against its ${controls.length} most similar seats (${matching}), where Labour's share ${moved(controlMean!)} on average, ${name} did ${mag(matchedGap!)} points better for Labour. That gap rests on which seats are the yardstick: it is ${reliance.map((r) => `${mag(r.alone)} against ${r.control.name} alone`).join(', ')}; leave out ${byGap[0]!.control.name} and it is ${mag(byGap[0]!.without!)}.`;
  const range = one
    ? `by ${mag(byGap[0]!.alone)} points`
    : `by ${mag(byGap.at(-1)!.alone)} to ${mag(byGap[0]!.alone)} points against each of them alone`;

  const verdict = [
    `${name} was Labour's only gain in ${pair.after}: of the ${rows.length} seats, it is the one where Labour won a seat it had not held in ${pair.before}, while Labour ${lostWords}. Labour's share there ${moved(m.change.lab)}, while across ${regionName} it ${moved(area.change.lab)}; Labour's share rose in only ${rose.length} of the ${fought.length} seats it fought at both elections.`,
    `${yardstick} In ${placebo ? pairLabel(placebo) : 'the previous election'}, before the unit existed, ${name} moved with the same ${seatWord} (a gap of ${signed(placeboGap!)} points). So ${name} moved further towards Labour than ${one ? 'the most similar seat' : 'similar seats'} in ${pair.after}, ${range}; a single seat, named because it was won, cannot show why.`,
    `One seat gives no interval or test, and ${name} is checked here because it was won: a seat picked for its result will look unusual whatever caused it, so no "unlikely to be chance" can be said of it.`,
    `What it was, one seat cannot say. Organising in Roehampton, the Remain vote (an estimated ${pct(leave)} voted Leave, the ${ordinal(leaveRank)} lowest of ${gb.length} seats in Great Britain), the candidates, the local campaigns of every party and the national swing all acted on the same seat at the same time, and the result cannot be split between them. The election results cannot confirm or rule out the claim.`,
  ];

  const figures = [
    {
      label: `Labour gains in ${pair.after}`,
      claimed: 'one (“our solitary win”)',
      computed: `${gains.length}: ${listAnd(gains.map((g) => `${g.name} (from ${short(g.prevWinner!)})`))}`,
      detail: `Seats where Labour won in ${pair.after} and another party had won in ${pair.before}. Labour ${lostWords}.`,
    },
    {
      label: `${name}: change in Labour's share`,
      claimed: '—',
      computed: `${signed(m.change.lab)} points`,
      detail: `${pct(prev.shares.lab)} in ${pair.before}, ${pct(m.shares.lab)} in ${pair.after} (the change is worked out before rounding). Butler swing ${isMissing(m.swingLabToCon) ? '–' : `${mag(m.swingLabToCon)} points towards ${m.swingLabToCon < 0 ? 'Labour' : 'the Conservatives'}`}.`,
    },
    {
      label: `${regionName}: change in Labour's share`,
      claimed: '—',
      computed: `${signed(area.change.lab)} points`,
      detail: 'All votes in the region counted together.',
    },
    {
      label: `${name} against its matched ${seatWord}`,
      claimed: '—',
      computed: `${signed(matchedGap!)} points`,
      detail: one
        ? `${name}'s change minus that of its one matched seat, ${controls[0]!.name}, the only seat within the matching limit${notClose.length ? `, though not close to ${name} in ${listAnd(notClose.map((b) => covariateLabel(b.covariate)))}` : ''}: a yardstick of one seat.${regionGap ? ` Against the other ${regionGap.n} seats of ${regionName} (cited seats left out) ${name}'s gap is ${signed(regionGap.estimate)} points; the checks of the headline give the matched gap under the earlier matching rule too.` : ''}`
        : `${name}'s change minus the average of its ${theMatched}; ${reliance.map((r) => `${signed(r.alone)} against ${r.control.name} alone`).join(', ')}.`,
    },
    {
      label: `Placebo, ${placebo ? pairLabel(placebo) : '–'}`,
      claimed: '—',
      computed: `${signed(placeboGap!)} points`,
      detail: `${name} against the same matched ${seatWord} one election earlier.`,
    },
  ];

  const gainsTable: SimpleTable = {
    caption: `Labour gains in ${pair.after}`,
    columns: [
      { key: 'seat', label: 'Seat' },
      { key: 'from', label: 'Gained from' },
      { key: 'change', label: "Labour's share change (points)", numeric: true },
    ],
    rows: gains.map((g) => ({
      seat: { text: g.name, href: seatUrl(g.code) },
      from: partyInfo(g.prevWinner!).name,
      change: pp(g.change.lab),
    })),
  };
  const ctxOf = (c: string) => data.contextFor(c);
  const matchTable: SimpleTable = {
    caption: `${name} and its matched ${seatWord}, ${pairLabel(pair)}`,
    columns: [
      { key: 'seat', label: 'Seat' },
      { key: 'region', label: 'Region' },
      { key: 'prevLab', label: `Labour ${pair.before} (%)`, numeric: true },
      { key: 'leave', label: 'Leave estimate (%)', numeric: true },
      { key: 'change', label: 'Labour change (points)', numeric: true },
      { key: 'gap', label: `${name}'s gap against this seat alone`, numeric: true },
      ...(one ? [] : [{ key: 'without', label: 'Gap with this seat left out', numeric: true }]),
      { key: 'earlier', label: placebo ? `Labour change ${pairLabel(placebo)}` : 'Earlier change', numeric: true },
    ],
    rows: [code, ...controls.map((c) => c.code)].map((c) => {
      const row = data.metricsFor(c, pair.after)!;
      const r = reliance.find((x) => x.control.code === c);
      return {
        seat: { text: row.name, href: seatUrl(c) },
        region: data.areaFor(row.region, pair.after)?.areaName ?? row.region,
        prevLab: pct(data.metricsFor(c, pair.before)?.shares.lab).replace('%', ''),
        leave: pct(ctxOf(c)?.leavePct ?? null).replace('%', ''),
        change: pp(row.change.lab),
        gap: r ? pp(r.alone) : '–',
        ...(one ? {} : { without: r && r.without !== null ? pp(r.without) : '–' }),
        earlier: pp(earlierOf(c) ?? undefined),
      };
    }),
  };

  const main = pairLabel(pair);
  const groups = [name, one ? 'Matched seat' : 'Matched seats', `Other ${regionName} seats`];
  const panel = (panelName: string, earlier: boolean): StripPanel | null => {
    const run = earlier ? (placebo && labP ? { after: placebo.after, o: labP } : null) : { after: pair.after, o: lab };
    if (!run) return null;
    return {
      parts: [
        chosenRows(panelName, groups[0]!, run.o),
        (earlier ? placeboMatchedRows : matchedRows)(panelName, groups[1]!, lab),
        otherRows(panelName, groups[2]!, run.o),
      ],
      benchmark: {
        label: regionName,
        value: earlier ? data.areaFor(m.region, run.after)?.change.lab : area.change.lab,
      },
    };
  };

  return {
    verdict,
    figures,
    chart: {
      kind: 'strip',
      groups,
      xLabel: "Change in Labour's share of the vote (points)",
      panel,
      title: `Change in Labour's share in ${name}, its matched ${seatWord} and ${regionName}, ${main}`,
      description: `Each dot is a seat. Labour's share in ${name} ${moved(m.change.lab)} in ${main}, while in ${regionName} as a whole it ${moved(area.change.lab)}. In ${placebo ? pairLabel(placebo) : 'the previous election'} ${name} moved with its matched ${seatWord}.`,
      caption: `Change in Labour's share of the vote, in points. Diamonds are group averages; the green line is ${regionName} with all votes counted together. ${one ? `The matched seat is the ${holder} party's seat` : `Matched seats are the ${controls.length} ${holder} party seats`} most similar to ${name} before the election.`,
      legend: {
        chosen: name,
        other: 'Matched or other seat',
        average: 'Average',
        benchmark: `${regionName}, all votes`,
      },
    },
    tables: [gainsTable, matchTable],
    comparisons: [
      comparisonBlock(res, pair, {
        id: 'seat',
        title: name,
        rowLabel: name,
        setLabel: 'chosen seats',
        setLabelOne: `seat (${name})`,
        partialList: false,
        ...headlineOf(entry, 'seat'),
      }),
    ],
    headlineText: `Headline comparison: ${name} against its ${theMatched}, change in Labour's share: ${signed(matchedGap!)} points${one ? ` (${controls[0]!.name})` : ` (${reliance.map((r) => `${signed(r.alone)} against ${r.control.name}`).join(', ')})`}. One seat has no interval or test. Everything else on this page is exploratory.`,
    method: [
      `Gains: seats where Labour won in ${pair.after} and a different party had won in ${pair.before}, on the same boundaries, from the House of Commons Library results.`,
    ],
    comparedWithin: regionName,
    caveats: [
      'One seat is an example, not evidence of a pattern. There is no interval or p-value for a single seat: its gap is shown against each matched seat instead.',
      'Everything that happened in the seat happened together. The data cannot separate the effect of organising from the Remain vote, the candidates, tactical voting or other local campaigns.',
      'The seat was named because it was won. A seat picked for its result will look unusual whatever caused the result.',
      'A difference is an association, not proof of cause.',
      `Places linked to the unit that cannot be tied to one seat (${data
        .curated()
        .unresolvedOrganisers.map((u) => u.row.name_in_source)
        .join(', ')}) can be matched seats; if organisers worked in one, the gap is pulled towards zero.`,
    ],
  };
}

/** The largest change in any party's share in a seat, in words: what else moved there. */
function biggestMove(code: string, pair: ClaimEntry['pair']): string {
  const after = data.metricsFor(code, pair.after)!;
  const before = data.metricsFor(code, pair.before)!;
  const parties = [...new Set([...Object.keys(after.shares), ...Object.keys(before.shares)])].filter(
    (p) => p !== 'other',
  ) as (keyof typeof after.shares)[];
  const [p, d] = parties
    .map((q) => [q, (after.shares[q] ?? 0) - (before.shares[q] ?? 0)] as const)
    .sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]))[0]!;
  return `there the ${partyInfo(p).name} share ${d > 0 ? 'rose' : 'fell'} from ${pct(before.shares[p] ?? 0)} to ${pct(after.shares[p] ?? 0)}, the largest move of any party`;
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

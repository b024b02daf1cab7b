// Claim view: organiser seats in one region against the region (Lavery's Yorkshire "3% against over 10%"),
// in both senses of swing, with and without event-only links, against other seats, matched seats and a placebo.
import * as data from '../data/index';
import { isMissing } from '../lib/missing';
import { pct, pp } from '../lib/format/numbers';
import { seatUrl } from '../site/paths';
import { LINK_KIND_LABELS } from './coverage';
import { resultText, type ClaimParts } from './claim-page';
import { listAnd } from '../lib/format/list';
import { mag, moved, requireThat, seatSet, signed, swingTo, type ClaimEntry } from './claims-common';
import { ORGANISER_CAVEATS } from './claims-organiser-words';
import { organiserRuns, organiserStrip } from './claims-organiser-runs';
import { comparisonBlock, headlineOf, LAB, pairLabel, placeboOf, SWING, type Pair } from './claims-run';
import type { SimpleTable } from './claims-types';

export interface RegionOrganiserSeat {
  code: string;
  name: string;
  kinds: string[];
}

/** Resolved organiser seats of one set in one region (by the later election's seat rows), by name. */
export function organiserSeatsIn(setId: string, region: string, pair: Pair): RegionOrganiserSeat[] {
  const set = seatSet(setId);
  if (set.format !== 'organisers') throw new Error(`${setId} is not an organiser set`);
  const bySeat = new Map<string, RegionOrganiserSeat>();
  for (const r of set.rows) {
    if (!r.ons_code) continue;
    const m = data.metricsFor(r.ons_code, pair.after);
    if (!m || m.region !== region) continue;
    const s = bySeat.get(r.ons_code) ?? { code: r.ons_code, name: m.name, kinds: [] };
    if (!s.kinds.includes(r.link_kind)) s.kinds.push(r.link_kind);
    bySeat.set(r.ons_code, s);
  }
  return [...bySeat.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const strongLink = (s: RegionOrganiserSeat) => s.kinds.some((k) => k !== 'event-only');

export function yorkshireView(entry: ClaimEntry): ClaimParts {
  const region = entry.params.region!;
  const setId = entry.params.set!;
  const pair = entry.pair;
  const placebo = placeboOf(pair);
  const area = data.areaFor(region, pair.after);
  if (!area || isMissing(area.swingLabToCon) || area.change.lab === undefined)
    throw new Error(`no ${pair.after} figures for region ${region}`);
  const regionName = area.areaName;
  const regionLab = area.change.lab;
  const regionSwing = area.swingLabToCon;

  const seats = organiserSeatsIn(setId, region, pair);
  const strong = seats.filter(strongLink);
  const eventOnly = seats.filter((s) => !strongLink(s));
  const allCodes = seats.map((s) => s.code);
  const strongCodes = strong.map((s) => s.code);

  const runs = organiserRuns(pair, allCodes, strongCodes, [LAB, SWING]);
  const { all: labAll, strong: labStr } = runs.of('change:lab');
  const { all: swAll, strong: swStr } = runs.of('swing:butler');

  const a = labStr.set.mean!;
  const b = labAll.set.mean!;
  const matched = labStr.matched!;
  const matchedGap = matched.difference?.estimate ?? null;
  const earlierGap = matched.placebo?.earlier.estimate ?? null;
  const did = matched.placebo?.did.estimate ?? null;
  const allGap = labAll.matched?.difference?.estimate ?? null;

  // The verdict's wording rests on these facts; the build stops if the data change under it.
  requireThat(
    Math.round(-a) === 3,
    `the ${strong.length} seats' average Labour fall (${a}) no longer rounds to 3 points`,
  );
  requireThat(-regionLab > 10, `the regional Labour fall (${regionLab}) is no longer over 10 points`);
  requireThat(regionSwing < 10, `the regional Butler swing (${regionSwing}) is now 10 or more`);
  requireThat(
    strong.length < 5 && labStr.matched?.p === null,
    'the headline set now has 5 or more seats, so it has an interval and a test',
  );
  requireThat(
    matchedGap !== null && matchedGap > 0 && earlierGap !== null && earlierGap > 0 && did !== null && did < matchedGap,
    'the matched gap or its placebo changed sign',
  );
  const perSeat = matched.pairs.map(
    (p) =>
      `${p.treated.name} ${signed(p.treated.value)}, a gap of ${signed(p.difference)} against the average of ${listAnd(p.controls.map((c) => `${c.name} (${signed(c.value)})`))}`,
  );

  const setLabel = `organiser seats in ${regionName}`;
  const strongLabel = `organiser seats in ${regionName} with more than an event link`;
  const names = (xs: RegionOrganiserSeat[]) => listAnd(xs.map((s) => s.name));
  const kindsOf = (s: RegionOrganiserSeat) => s.kinds.map((k) => LINK_KIND_LABELS[k] ?? k).join('; ');

  const verdict = [
    `Read as the fall in Labour's share of the vote, both numbers hold for the ${strong.length} ${regionName} seats that public sources tie to the unit by more than a rally (${names(strong)}): Labour's share ${moved(a)} there on average, against ${mag(regionLab)} points across every seat of the region, counting all its votes together.`,
    eventOnly.length
      ? `Add ${names(eventOnly)}, where the only public link is a mass meeting, and the average fall is ${mag(b)} points. Read as a Butler swing, the regional figure is ${swingTo(regionSwing)}, not over 10, and the organiser seats' is ${swingTo(swStr.set.mean!)} (${swingTo(swAll.set.mean!)} with ${names(eventOnly)}).`
      : `Read as a Butler swing, the regional figure is ${swingTo(regionSwing)}, not over 10.`,
    `The region is not a fair yardstick: these seats differ from the rest of it. Against their most similar seats (held by the same party in 2017, and matched on Labour's previous margin and share, the Leave vote and deprivation, seats of every cited seat set left out), the ${strong.length} seats did ${mag(matchedGap!)} points better for Labour: ${perSeat.join('; ')}. With ${strong.length} seats there is no honest interval or test, so the seats are shown one by one.${allGap === null || !eventOnly.length ? '' : ` The choice of seats matters: with ${names(eventOnly)} the gap is ${allGap > 0 ? `${mag(allGap)} points better` : `${mag(allGap)} points worse`} for Labour.`}`,
    `And in ${placebo ? pairLabel(placebo) : 'the previous election'}, before the unit began work, the same seats already did ${mag(earlierGap!)} points better than the same matched seats, so the gap grew by only ${signed(did!)} points (worked out before rounding). So the arithmetic can be reproduced for two named seats, but it does not show that organising made the difference. The unit's own list of Yorkshire seats has not been published, so Lavery may have counted other seats.`,
  ];

  const figures = [
    {
      label: `Organiser seats: fall in Labour's share, ${pairLabel(pair)}`,
      claimed: '3%',
      computed: `${mag(a)} points (${strong.length} seats); ${mag(b)} points (${seats.length} seats)`,
      detail: `${names(strong)}; with ${names(eventOnly)} (event only) for the larger figure. Average of the seats' changes.`,
    },
    {
      label: 'Organiser seats: Butler swing to the Conservatives',
      claimed: '3%',
      computed: `${mag(swStr.set.mean!)} points (${strong.length} seats); ${mag(swAll.set.mean!)} points (${seats.length} seats)`,
      detail: 'Average of the Conservative gain and the Labour loss in each seat.',
    },
    {
      label: `${regionName}: fall in Labour's share`,
      claimed: 'over 10%',
      computed: `${mag(regionLab)} points`,
      detail: `Labour ${pct(data.areaFor(region, pair.before)?.shares.lab)} in ${pair.before}, ${pct(area.shares.lab)} in ${pair.after}, all votes in the region counted together.`,
    },
    {
      label: `${regionName}: Butler swing to the Conservatives`,
      claimed: 'over 10%',
      computed: `${mag(regionSwing)} points`,
      detail: `Conservatives ${signed(area.change.con ?? 0)}, Labour ${signed(regionLab)} points.`,
    },
  ];

  const table: SimpleTable = {
    caption: `Organiser seats in ${regionName} named in public sources, ${pairLabel(pair)}`,
    columns: [
      { key: 'seat', label: 'Seat' },
      { key: 'links', label: 'Kinds of link' },
      { key: 'lab', label: `Labour ${pair.before} → ${pair.after}`, numeric: true },
      { key: 'change', label: 'Labour change (points)', numeric: true },
      { key: 'swing', label: 'Butler swing to Con (points)', numeric: true },
      { key: 'result', label: `${pair.after} result` },
    ],
    rows: seats.map((s) => {
      const m = data.metricsFor(s.code, pair.after)!;
      const before = data.metricsFor(s.code, pair.before);
      return {
        seat: { text: s.name, href: seatUrl(s.code) },
        links: kindsOf(s),
        lab: `${pct(before?.shares.lab)} → ${pct(m.shares.lab)}`,
        change: pp(m.change.lab),
        swing: pp(m.swingLabToCon),
        result: resultText(m),
      };
    }),
  };

  const main = pairLabel(pair);
  return {
    verdict,
    figures,
    chart: organiserStrip(runs, {
      key: 'change:lab',
      matchedOf: 'strong',
      benchmark: (_, earlier, after) => ({
        label: regionName,
        value: earlier ? data.areaFor(region, after)?.change.lab : regionLab,
      }),
      claim: { value: -3, label: 'Claimed: a 3-point fall' },
      otherSeats: 'Other seats in the region',
      xLabel: "Change in Labour's share of the vote (points)",
      title: `Change in Labour's share in ${regionName}'s organiser seats and other seats, ${main}`,
      description: `Each dot is a seat: the organiser seats and the other seats of ${regionName}, and the matched seats of the ${strong.length} with more than an event link (the headline comparison), which may lie in other regions. Labour's share fell by ${mag(a)} points on average in the ${strong.length} organiser seats with more than an event link and by ${mag(b)} points in all ${seats.length}, against ${mag(regionLab)} points across the region. The lower panel shows the same seats in ${placebo ? pairLabel(placebo) : 'the previous election'}.`,
      caption: `Change in Labour's share of the vote, in points, for each seat. Diamonds are averages, with bars for 95% intervals where the seats allow one. The green line is the whole region with all votes counted together; the dashed line is the claimed 3%. Matched seats are the three most similar seats to each of the ${strong.length} organiser seats with more than an event link, won by the same party in ${pair.before}: the headline comparison.`,
      seatsSource: 'organiser seats from the sources listed on the page',
      benchmarkLegend: `${regionName}, all votes`,
    }),
    tables: [table],
    comparisons: [
      comparisonBlock(runs.strong, pair, {
        id: 'strong',
        title: `The ${strong.length} seats with more than an event link`,
        rowLabel: 'Organiser seats',
        setLabel: strongLabel,
        notes: [`${names(strong)}.`],
        ...headlineOf(entry, 'strong'),
      }),
      comparisonBlock(runs.all, pair, {
        id: 'all',
        title: `All ${seats.length} seats, counting event-only links`,
        rowLabel: 'Organiser seats',
        setLabel,
        notes: [`${names(seats)}.`],
        ...headlineOf(entry, 'all'),
      }),
    ],
    headlineText: `Headline comparison: the ${strong.length} seats with more than an event link against their matched seats, change in Labour's share (${signed(matchedGap!)} points, seat by seat). Everything else on this page is exploratory.`,
    method: [
      `Seats: the places in ${seatSet(setId).entry.title} (data/organisers.csv) that public sources name and that lie in ${regionName}: ${listAnd(seats.map((s) => `${s.name} (${kindsOf(s).toLowerCase()})`))}. The headline figure leaves out seats whose only public link is an event.`,
    ],
    comparedWithin: regionName,
    caveats: [
      ...ORGANISER_CAVEATS,
      `The regional figure counts every vote in the region together, so large seats weigh more; the organiser figures average the seats, each counting once.`,
    ],
  };
}

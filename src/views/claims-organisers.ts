// Claim view: every seat public sources link to Labour's Community Organising Unit against the other seats of
// their regions and matched seats ("the swing to the Tories was smaller where organisers worked"), with a placebo.
import * as data from '../data/index';
import { pp } from '../lib/format/numbers';
import { seatUrl } from '../site/paths';
import { LINK_KIND_LABELS } from './coverage';
import { resultText, type ClaimParts } from './claim-page';
import { listAnd } from '../lib/format/list';
import { mag, moved, requireThat, seatSet, signed, swingTo, type ClaimEntry } from './claims-common';
import { ORGANISER_CAVEATS } from './claims-organiser-words';
import { organiserRuns, organiserStrip } from './claims-organiser-runs';
import { mostInfluential } from '../lib/compare/seat-sensitivity';
import { comparisonBlock, headlineOf, LAB, outcomeHeading, pairLabel, placeboOf, SWING } from './claims-run';
import type { SimpleTable } from './claims-types';
import {
  chancePhrase,
  differencePhrase,
  evidence,
  formatP,
  vocabulary,
  type OutcomeResult,
} from '../lib/compare/index';

export function organisersView(entry: ClaimEntry): ClaimParts {
  const set = seatSet(entry.params.set!);
  if (set.format !== 'organisers') throw new Error(`${set.entry.id} is not an organiser set`);
  const pair = entry.pair;
  const placebo = placeboOf(pair);
  const kinds = new Map<string, string[]>();
  for (const r of set.rows) {
    if (!r.ons_code) continue;
    const k = kinds.get(r.ons_code) ?? [];
    if (!k.includes(r.link_kind)) k.push(r.link_kind);
    kinds.set(r.ons_code, k);
  }
  const name = (c: string) => data.metricsFor(c, pair.after)?.name ?? c;
  const codes = [...kinds.keys()].sort((a, b) => name(a).localeCompare(name(b)));
  const strong = codes.filter((c) => kinds.get(c)!.some((k) => k !== 'event-only'));
  const eventOnly = codes.filter((c) => !strong.includes(c));

  const runs = organiserRuns(pair, codes, strong, [SWING, LAB]);
  const { all: sw, strong: swS } = runs.of('swing:butler');
  const { all: lab, strong: labS } = runs.of('change:lab');

  requireThat(
    sw.matched?.difference !== null &&
      sw.matched?.difference !== undefined &&
      swS.matched?.difference !== null &&
      swS.matched?.difference !== undefined,
    'the organiser seats no longer have a matched comparison',
  );
  const vs = vocabulary(SWING);
  const vl = vocabulary(LAB);
  /** "−0.4 points more towards Labour (95% interval ...), which could be chance: p = 0.55" from the wording module. */
  const gap = (o: OutcomeResult, against: 'matched' | 'others') => {
    const c = against === 'matched' ? o.matched! : o.otherSeats!;
    const d = c.difference!;
    const v = o.key === 'swing:butler' ? vs : vl;
    return c.p === null ? differencePhrase(d, v) : `${differencePhrase(d, v)}, which ${chancePhrase(d, c.p)}`;
  };
  const clear = [sw, swS, lab, labS].filter((o) => evidence(o.matched!.difference, o.matched!.p) === 'clear');
  const pl = sw.matched!.placebo;
  // Labour's share: "held up better" only where the interval says so; otherwise not clear of chance, which is not
  // "about the same" when the interval reaches a few points.
  const labWords = [lab, labS].every((o) => clear.includes(o))
    ? "Labour's own share held up better than in matched seats"
    : [lab, labS].every((o) => !clear.includes(o))
      ? "Labour's own share: no gap against matched seats is clear of chance, but the intervals are wide"
      : "Labour's own share held up better than in matched seats in one of the two sets";
  // How far the headline interval reaches: a swing towards the Conservatives smaller by its Labour-side end.
  const towardsLabour = sw.matched!.difference!.low;
  const main = pairLabel(pair);
  const opts = { rowLabel: 'Organiser seats', setLabel: 'organiser seats named in public sources' };
  const comparisons = [
    comparisonBlock(runs.all, pair, {
      ...opts,
      id: 'all',
      title: `All ${codes.length} seats`,
      ...headlineOf(entry, 'all'),
    }),
    comparisonBlock(runs.strong, pair, {
      ...opts,
      id: 'strong',
      title: `The ${strong.length} seats with more than an event link`,
      ...headlineOf(entry, 'strong'),
    }),
  ];
  // The seat the headline leans on most (its block's one-seat-out check), named where leaving it out moves the gap a third.
  const checked = comparisons.find((c) => c.seatCheck)?.seatCheck ?? null;
  const most = checked && mostInfluential(checked);
  const leans =
    most && Math.abs(most.estimate - checked.estimate) >= Math.abs(checked.estimate) / 3
      ? `. The gap leans on one seat: without ${most.seat.name} it is ${differencePhrase({ ...sw.matched!.difference!, estimate: most.estimate, low: null, high: null }, vs)} (the checks below give every seat)`
      : '';
  const limit =
    towardsLabour !== null && towardsLabour < 0
      ? `the headline's 95% interval reaches only to the ${sw.set.n} seats swinging ${mag(towardsLabour)} points less to the Conservatives than their matched seats, so a gap larger than that is unlikely in these seats, but a smaller one is not ruled out, nor any effect in seats the unit worked in that no public source names${leans}`
      : 'with so few seats, an effect of a point or two would be hard to see';
  const verdict = [
    `In the ${sw.set.n} seats that public sources link to the unit, the Butler swing averaged ${swingTo(sw.set.mean!)}, against ${swingTo(sw.otherSeats!.comparator!)} in the other seats of their regions (each region weighted by its organiser seats). Against matched seats, similar before the election in Labour's previous margin and share, the Leave vote and deprivation (seats of every cited seat set left out), the organiser seats' swing differed from theirs by ${gap(sw, 'matched')}.`,
    `Leaving out the ${eventOnly.length} seats whose only public link is a mass meeting (${listAnd(eventOnly.map(name))}), the ${swS.set.n} seats swung ${swingTo(swS.set.mean!)}, a gap of ${gap(swS, 'matched')} against matched seats.`,
    `${labWords}: it ${moved(lab.set.mean!)} in the ${lab.set.n} seats, a gap of ${gap(lab, 'matched')} against matched seats; in the ${labS.set.n} seats, a gap of ${gap(labS, 'matched')}. ${clear.length === 0 ? 'None of these gaps is clear of chance.' : `${clear.length} of these four gaps ${clear.length === 1 ? 'is' : 'are'} clear of chance by both interval and test, but only the first is the headline comparison; the rest are exploratory.`}${pl ? ` In ${placebo ? pairLabel(placebo) : 'the previous election'}, before the unit existed, the same seats against the same matched seats swung ${differencePhrase(pl.earlier, vs)}, so the gap changed by ${differencePhrase(pl.did, vs)}.` : ''}`,
    `The unit's report may rest on its own seat list (Ian Lavery wrote of about 30 seats), which has not been published. With the seats that public sources name, the claim is not shown. That is not proof of no effect: ${limit}.`,
  ];

  const figures = [
    {
      label: `Butler swing to the Conservatives, organiser seats, ${pairLabel(pair)}`,
      claimed: 'smaller than elsewhere',
      computed: `${mag(sw.set.mean!)} points (${sw.set.n} seats); ${mag(swS.set.mean!)} (${swS.set.n} seats without event-only links)`,
      detail: `Other seats of the same regions, each weighted by its organiser seats: ${mag(sw.otherSeats!.comparator!)} and ${mag(swS.otherSeats!.comparator!)} points.`,
    },
    {
      label: 'Against matched seats (swing), the headline comparison',
      claimed: 'smaller',
      computed: `${signed(sw.matched!.difference!.estimate)} points (${sw.set.n} seats); ${signed(swS.matched!.difference!.estimate)} (${swS.set.n})`,
      detail: `Negative means less swing to the Conservatives than in matched seats. ${sw.matched!.p === null ? '' : formatP(sw.matched!.p)}${swS.matched!.p === null ? '' : ` and ${formatP(swS.matched!.p)}`}.`,
    },
    {
      label: "Change in Labour's share, organiser seats",
      claimed: '—',
      computed: `${signed(lab.set.mean!)} points (${lab.set.n}); ${signed(labS.set.mean!)} (${labS.set.n})`,
      detail: `Other seats of the same regions, each weighted by its organiser seats: ${signed(lab.otherSeats!.comparator!)} and ${signed(labS.otherSeats!.comparator!)}.`,
    },
  ];

  const table: SimpleTable = {
    caption: `Seats public sources link to the unit, ${pairLabel(pair)}`,
    columns: [
      { key: 'seat', label: 'Seat' },
      { key: 'region', label: 'Region' },
      { key: 'links', label: 'Kinds of link' },
      { key: 'change', label: 'Labour change (points)', numeric: true },
      { key: 'swing', label: 'Butler swing to Con (points)', numeric: true },
      { key: 'result', label: `${pair.after} result` },
    ],
    rows: codes.map((c) => {
      const m = data.metricsFor(c, pair.after)!;
      return {
        seat: { text: m.name, href: seatUrl(c) },
        region: data.areaFor(m.region, pair.after)?.areaName ?? m.region,
        links: kinds
          .get(c)!
          .map((k) => LINK_KIND_LABELS[k] ?? k)
          .join('; '),
        change: pp(m.change.lab),
        swing: pp(m.swingLabToCon),
        result: resultText(m),
      };
    }),
  };

  return {
    verdict,
    figures,
    chart: organiserStrip(runs, {
      key: 'swing:butler',
      matchedOf: 'all',
      benchmark: (o) => ({ label: 'Their regions, all votes', value: o.regional.combined?.value }),
      otherSeats: 'Other seats in their regions',
      xLabel: outcomeHeading('swing:butler'),
      title: `Butler swing in the organiser seats, their regions and matched seats, ${main}`,
      description: `Each dot is a seat. The swing to the Conservatives averaged ${mag(sw.set.mean!)} points in the ${sw.set.n} organiser seats and ${mag(sw.otherSeats!.mean!)} points across all the other seats of their regions (${mag(sw.otherSeats!.comparator!)} with each region weighted by its organiser seats, as the comparison takes them). The lower panel shows the same seats in ${placebo ? pairLabel(placebo) : 'the previous election'}.`,
      caption:
        "Butler swing from Labour to the Conservatives, in points; positive is towards the Conservatives. Diamonds are averages, with bars for 95% intervals for the organiser seats; the other seats' average weights each region by the organiser seats in it, and the matched seats' averages each organiser seat's matched seats first, as the differences are measured. The green line counts all votes in their regions together.",
      seatsSource: 'organiser seats from the sources listed on the organisers page',
      benchmarkLegend: 'All votes in their regions',
    }),
    tables: [table],
    comparisons,
    headlineText: `Headline comparison: all ${sw.set.n} seats against their matched seats, Butler swing: ${gap(sw, 'matched')}. Everything else on this page is exploratory.`,
    method: [
      `Seats: every seat in ${set.entry.title} (data/organisers.csv) with an ONS code, ${codes.length} in all; places that cannot be tied to one seat (${data
        .curated()
        .unresolvedOrganisers.map((u) => u.row.name_in_source)
        .join(', ')}) are left out. The second set leaves out seats whose only public link is a mass meeting.`,
    ],
    comparedWithin: 'their regions',
    caveats: [...ORGANISER_CAVEATS],
  };
}

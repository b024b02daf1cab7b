// The compare page's result: permalink, sentence, tables, strip chart, placebo, matched seats, caveats and the CSV
// download, as nodes for the result section. Every data string reaches the page through textContent.
import { describeAgainstOthers, describeOutcome, type CompareResult } from '../lib/compare/index';
import { boundarySetLabel } from '../lib/compare/paste';
import { axisUnits, vocabulary } from '../lib/compare/vocabulary';
import { plural } from '../lib/compare/format';
import { outcomeById, type PairOption } from '../lib/compare/settings';
import { methodLine, outcomeNotes } from '../lib/compare/rows';
import { drawStrip } from './compare-chart';
import { compareCsv } from './compare-csv';
import type { Hydrated, PairPayload } from '../lib/compare/payload';
import { stateQuery } from '../lib/compare/state';
import { hasUnmatched, stripParts, WITH_MATCHES } from './compare-strip-parts';
import { balanceTable, legend, statTable } from './compare-tables';
import { el, type Child } from './dom';

export interface Loaded extends Hydrated {
  payload: PairPayload;
  names: Map<string, string>;
}

export interface CompareState {
  pair: PairOption;
  outcome: string;
  codes: string[];
  partialList: boolean;
}

export interface ResultInput {
  state: CompareState;
  result: CompareResult;
  placebo: CompareResult | null;
  main: Loaded;
  placeboData: Loaded | null;
  placeboOpt: PairOption | null;
  /** The chart's id and width in pixels. */
  chart: { id: string; width: number };
  includeCited: boolean;
  leaveLinked: boolean;
}

/** The result section's children and the object URL of the result's CSV (the caller revokes the previous one). */
export function resultView(input: ResultInput): { children: (Node | string)[]; csvUrl: string } {
  const { state, result, placebo, main, placeboData, placeboOpt, chart, includeCited, leaveLinked } = input;
  const o = result.outcomes[0]!;
  // A seat's figure in the measure's own words: a swing says which way ("9.1 to Con"), a share change is signed.
  const value = vocabulary(o.outcome).seatValue;
  const outcomeLabel = outcomeById(state.outcome)!.label;
  const words = describeOutcome(o, { setLabel: 'chosen seats', partialList: state.partialList });
  const permalink = `${location.origin}${location.pathname}${stateQuery({ pair: state.pair.id, outcome: state.outcome, seats: state.codes, includeCited, leaveLinked })}`;
  const copy = el('button', { type: 'button' }, 'Copy link');
  copy.addEventListener('click', () => {
    void navigator.clipboard?.writeText(permalink).then(
      () => {
        copy.textContent = 'Copied';
      },
      () => {
        copy.textContent = 'Select the link to copy it';
      },
    );
  });

  const panels = [state.pair.label];
  const parts = [stripParts(state.pair.label, o)];
  const po = placebo?.outcomes[0];
  if (po && placeboOpt && placeboData) {
    const label = `${placeboOpt.label} (placebo)`;
    panels.push(label);
    parts.push(stripParts(label, po, o));
  }
  const chartTitle = `${outcomeLabel} in your seats and comparison seats, ${state.pair.label}`;
  const svg =
    o.set.n > 0
      ? drawStrip(
          {
            panels,
            groups: ['Your seats', ...(hasUnmatched(o) ? [WITH_MATCHES] : []), 'Matched seats', 'Rest of region(s)'],
            dots: parts.flatMap((p) => p.dots),
            summaries: parts.flatMap((p) => p.summaries),
            rules: parts.flatMap((p) => p.rules),
            xLabel: `${outcomeLabel} ${axisUnits(o.key)}`,
          },
          chartTitle,
          words.set,
          chart.id,
          chart.width,
        )
      : null;

  const regionName = (code: string) => main.regionAggregates.find((a) => a.area === code)?.areaName ?? code;
  const csv = compareCsv(result, state.pair.label, placebo, placeboOpt?.label ?? null, {
    outcomeLabel,
    dataVersion: main.payload.dataVersion,
    regionName,
  });
  const csvUrl = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));

  const matchedList = o.matched?.pairs.length
    ? el(
        'details',
        {},
        el('summary', {}, 'Each seat and its matched seats'),
        el(
          'ul',
          {},
          ...o.matched.pairs.map((p) =>
            el(
              'li',
              {},
              `${p.treated.name} (${value(p.treated.value)}): `,
              p.controls.map((c) => `${c.name} (${value(c.value)})`).join(', '),
            ),
          ),
        ),
      )
    : null;

  const placeboBlock =
    po && placeboOpt
      ? [
          el('h3', {}, `Placebo: the same seats, ${placeboOpt.label}`),
          el(
            'p',
            {},
            o.matched?.placebo
              ? `The last two rows of the table above set your seats against the same matched seats in ${placeboOpt.label}, and give the change in that gap.`
              : `There is no matched placebo: ${o.matched?.pairs.length ? `your seats' matched seats have no figure for ${placeboOpt.label}` : 'none of your seats has matched seats'}.`,
            po.set.n > 0 ? ' For reference, the same seats against the other seats of their regions then:' : '',
          ),
          po.set.n > 0
            ? el('p', {}, describeAgainstOthers(po, { setLabel: 'chosen seats', partialList: state.partialList }))
            : null,
        ]
      : [
          el('h3', {}, 'Placebo'),
          el(
            'p',
            {},
            `No placebo: there is no earlier election on the ${boundarySetLabel(state.pair.boundarySet)} before ${state.pair.label.split(' → ')[0]}.`,
          ),
        ];
  const excludedBlock = result.excluded.length
    ? el(
        'details',
        { id: 'cmp-excluded' },
        el(
          'summary',
          {},
          `${result.excluded.length} seats of cited seat sets${leaveLinked ? ' or of places linked to them' : ''} kept out of the comparison seats`,
        ),
        el(
          'p',
          { class: 'note' },
          `${includeCited ? '' : 'Seats of every cited set (organiser seats of any link kind, pact seats) may have been treated themselves, so they are not used as comparison seats. Tick “Include seats of cited sets” above to use them. '}${leaveLinked ? 'The seats of places a set’s sources name without a seat are left out too.' : ''}`,
        ),
        el('ul', {}, ...result.excluded.map((e) => el('li', {}, `${e.name} (${e.sets.join(', ')})`))),
      )
    : el(
        'p',
        { class: 'note', id: 'cmp-excluded' },
        includeCited
          ? 'Seats of cited seat sets are included among the comparison seats.'
          : 'No seat of a cited seat set is kept out of the comparison seats: none is on these boundaries, or all are among your seats.',
      );

  const head: Child[] = [
    el(
      'p',
      { class: 'cmp-permalink' },
      'Permalink: ',
      el('a', { href: permalink, id: 'cmp-permalink' }, permalink),
      ' ',
      copy,
    ),
    el('h3', {}, `${outcomeLabel}, ${state.pair.label}`),
    el('p', { id: 'cmp-sentence' }, words.sentence),
    leaveLinked ? linkedNote(state) : null,
  ];
  // No chosen seat has the measure: the sentence says why, and there is nothing to tabulate, draw or download.
  if (o.set.n === 0) return { children: head.filter((c): c is Node | string => !!c), csvUrl };
  const children: Child[] = [
    ...head,
    statTable(o, `${outcomeLabel}, ${state.pair.label}`),
    ...outcomeNotes(o).map((n) => el('p', { class: 'note' }, n)),
    o.set.n > 0 && o.set.n < 5
      ? el('ul', { id: 'cmp-seat-values' }, ...o.set.values.map((v) => el('li', {}, `${v.name}: ${value(v.value)}`)))
      : null,
    balanceTable(o),
    excludedBlock,
    svg
      ? el(
          'figure',
          { class: 'chart' },
          svg,
          legend(),
          el(
            'figcaption',
            {},
            `Each dot is a seat. Diamonds are averages; the bar under your seats is the 95% interval of their average. Matched seats are up to three of the most similar seats to each of yours, from the same nation and won by the same party at the earlier election; their diamond averages each of your seats' matched seats first, as the matched gap does${hasUnmatched(o) ? `, and sits beside your ${o.matched!.n} seats with matched seats (the gap speaks for those)` : ''}. In the placebo panel the matched seats are the same ones, at their earlier values. The rest of the regions are the seats your seats are compared with, and their average weights each region by your seats in it, as the difference from them is measured.`,
          ),
        )
      : null,
    ...placeboBlock,
    matchedList,
    el('h3', {}, 'What this cannot show'),
    el('ul', {}, ...words.caveats.map((c) => el('li', {}, c.text))),
    el(
      'p',
      {},
      el(
        'a',
        { href: csvUrl, download: `groundwork-compare-${state.pair.id}-${state.outcome}.csv`, id: 'cmp-csv' },
        'Download this result (CSV)',
      ),
      ` · Data version ${main.payload.dataVersion} · seed ${result.seed} · ${methodLine(result.iterations)}`,
    ),
  ];
  return { children: children.filter((c): c is Node | string => !!c), csvUrl };
}

/** The status after a run: how many of the reader's seats the result speaks for. */
export function statusLine(listed: number, used: number): string {
  const seats = (n: number) => plural(n, 'seat', 'seats');
  if (used === listed) return `Result for ${seats(listed)}.`;
  if (used === 0)
    return listed === 1
      ? 'No result: your seat has no figure for this measure at these elections (why is below).'
      : `No result: none of your ${seats(listed)} has a figure for this measure at these elections (why is below).`;
  return `Result for ${used} of your ${seats(listed)} (${listed - used} left out: why is below).`;
}

/** With the seats of linked places left out on a pair and measure no calibration ran that way: what the intervals rest on. */
function linkedNote(state: CompareState): HTMLElement | null {
  const box = document.getElementById('cmp-leave-linked');
  const checked = (box?.dataset.checked ?? '').split(' ');
  if (checked.includes(`${state.pair.id}:${state.outcome}`)) return null;
  return el(
    'p',
    { class: 'note', id: 'cmp-linked-note' },
    `The seats of linked places are left out here, but intervals with them left out were checked on random sets drawn that way only for ${box?.dataset.scope ?? 'the organiser claims'}; these intervals were checked with those seats in.`,
  );
}

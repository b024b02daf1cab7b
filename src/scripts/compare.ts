// Test-your-own-seats page: builds the seat list from names, regions, pasted lists and presets, runs the comparison
// engine in the browser on the pair's data (same seed as the claim pages), draws the result and keeps the
// selection in the URL. Every data string reaches the page through textContent.
import {
  compareSeats,
  describeOutcome,
  placeboPair,
  seatOutcome,
  type CompareResult,
  type OutcomeResult,
} from '../lib/compare/index';
import { formatP } from '../lib/compare/format';
import { boundarySetLabel, describeEntry, resolvePaste, type PasteEntry, type PasteSeat } from '../lib/compare/paste';
import type { BoundarySet } from '../lib/elections';
import { pp } from '../lib/format/numbers';
import { isMissing } from '../lib/missing';
import { seatsOfIndex, type SearchIndex } from '../lib/search/seat-index';
import type { StripDot, StripRule, StripSummary } from '../charts/claim-strip';
import {
  COMPARE_ITERATIONS,
  COMPARE_SEED,
  outcomeById,
  pairById,
  pairOf,
  type PairOption,
} from '../views/compare-settings';
import { balanceOf, outcomeNotes, statRows } from '../views/compare-rows';
import { drawStrip } from './compare-chart';
import { compareCsv } from './compare-csv';
import { hydrate, type Hydrated, type PairPayload } from './compare-payload';
import { parseState, stateQuery } from './compare-state';
import type { ComparePreset } from '../views/compare';

interface Loaded extends Hydrated {
  payload: PairPayload;
  names: Map<string, string>;
}

type Child = Node | string | null | undefined | false;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children)
    if (c !== null && c !== undefined && c !== false) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const app = $('cmp-app');
const base = app?.dataset.base ?? '/';
const config = JSON.parse($('cmp-config')?.textContent ?? '{}') as { presets: ComparePreset[]; dataVersion: string };
const pairSelect = $<HTMLSelectElement>('cmp-pair');
const outcomeSelect = $<HTMLSelectElement>('cmp-outcome');
const nameInput = $<HTMLInputElement>('cmp-name');
const regionSelect = $<HTMLSelectElement>('cmp-region');
const pasteBox = $<HTMLTextAreaElement>('cmp-paste');
const presetSelect = $<HTMLSelectElement>('cmp-preset');
const report = $('cmp-report');
const list = $('cmp-seats');
const status = $('cmp-status');
const output = $('cmp-output');
const resultSection = $('cmp-result');

const state = { pair: pairById('2017-2019')!, outcome: 'lab', codes: [] as string[], partialList: false };
const loaded = new Map<string, Promise<Loaded>>();
let allSeats: Promise<PasteSeat[]> | null = null;
let generation = 0;
let csvUrl: string | null = null;

function loadPair(id: string): Promise<Loaded> {
  let p = loaded.get(id);
  if (!p) {
    p = fetch(`${base}compare/data/${encodeURIComponent(id)}.json`, { credentials: 'same-origin' })
      .then((r) => {
        if (!r.ok) throw new Error(`could not load the data for ${id} (${r.status})`);
        return r.json() as Promise<PairPayload>;
      })
      .then((payload) => ({
        ...hydrate(payload),
        payload,
        names: new Map(payload.seats.map(([code, name]) => [code, name])),
      }));
    loaded.set(id, p);
  }
  return p;
}

function loadSeats(): Promise<PasteSeat[]> {
  allSeats ??= fetch(`${base}search/seats.json`, { credentials: 'same-origin' })
    .then((r) => {
      if (!r.ok) throw new Error(`could not load the seat names (${r.status})`);
      return r.json() as Promise<SearchIndex>;
    })
    .then((index) => seatsOfIndex(index).map((s) => ({ code: s.code, name: s.name, boundarySet: s.boundarySet })));
  return allSeats;
}

// ---- the report of what was added and what was not ----

function showReport(
  title: string,
  entries: readonly PasteEntry[],
  set: BoundarySet,
  extra: string[] = [],
  listAdded = true,
): void {
  const problems = entries.filter((e) => e.status !== 'seat');
  const added = entries.filter((e) => e.status === 'seat');
  const items: HTMLLIElement[] = [];
  for (const m of extra) items.push(el('li', { class: 'problem' }, m));
  for (const e of problems) {
    const li = el('li', { class: 'problem', 'data-status': e.status }, describeEntry(e, set));
    const options =
      e.status === 'ambiguous' ? e.candidates : e.status === 'unknown' && e.suggestion ? [e.suggestion] : [];
    for (const c of options) {
      const b = el('button', { type: 'button', class: 'cmp-suggest' }, `Add ${c.name}`);
      b.addEventListener('click', () => addCodes([c.code], `Added ${c.name}.`));
      li.append(' ', b);
    }
    items.push(li);
  }
  if (listAdded && added.length <= 30)
    for (const e of added) items.push(el('li', { class: 'ok', 'data-status': 'seat' }, describeEntry(e, set)));
  const summary = `${title}${added.length ? ` ${added.length === 1 ? '1 seat added' : `${added.length} seats added`}.` : ''}${problems.length + extra.length ? ` ${problems.length + extra.length} ${problems.length + extra.length === 1 ? 'entry was' : 'entries were'} not used:` : ''}`;
  report.replaceChildren(el('p', {}, summary.trim()), ...(items.length ? [el('ul', {}, ...items)] : []));
}

function clearReport(): void {
  report.replaceChildren();
}

// ---- the seat list ----

async function renderList(): Promise<void> {
  const d = await loadPair(state.pair.id);
  $('cmp-count').textContent = String(state.codes.length);
  $('cmp-empty').hidden = state.codes.length > 0;
  const items = [...state.codes]
    .sort((a, b) => (d.names.get(a) ?? a).localeCompare(d.names.get(b) ?? b))
    .map((code) => {
      const name = d.names.get(code) ?? code;
      const b = el('button', { type: 'button', 'aria-label': `Remove ${name}` }, 'Remove');
      b.addEventListener('click', () => {
        state.codes = state.codes.filter((c) => c !== code);
        report.replaceChildren(el('p', {}, `Removed ${name}.`));
        void refresh();
      });
      return el('li', { 'data-code': code }, `${name} `, el('span', { class: 'note' }, `(${code})`), b);
    });
  list.replaceChildren(...items);
}

function addCodes(codes: readonly string[], message: string): void {
  const have = new Set(state.codes);
  state.codes.push(...codes.filter((c) => !have.has(c)));
  report.replaceChildren(el('p', {}, message));
  void refresh();
}

async function addText(text: string, title: string): Promise<void> {
  const seats = await loadSeats();
  const r = resolvePaste(text, seats, state.pair.boundarySet, { chosen: state.codes });
  state.codes.push(...r.codes);
  const extra = r.skipped ? [`Only the first ${r.entries.length} entries were read; ${r.skipped} more were not.`] : [];
  if (r.entries.length === 0 && !extra.length)
    report.replaceChildren(el('p', {}, 'Nothing to add: the text is empty.'));
  else showReport(title, r.entries, state.pair.boundarySet, extra);
  await refresh();
}

// ---- the pair's options: datalist of names, regions, boundary note ----

async function fillPairOptions(): Promise<void> {
  const d = await loadPair(state.pair.id);
  $('cmp-names').replaceChildren(...d.payload.seats.map(([, name]) => el('option', { value: name })));
  const regions = d.regionAggregates
    .filter((a) => a.kind === 'region')
    .map((a) => ({ code: a.area, name: a.areaName }));
  regionSelect.replaceChildren(...regions.map((r) => el('option', { value: r.code }, r.name)));
  $('cmp-boundaries').textContent =
    `These elections were fought on the ${boundarySetLabel(state.pair.boundarySet)}, so seats are those of that set (${d.payload.seats.length} seats).`;
}

async function changePair(id: string): Promise<void> {
  const next = pairById(id);
  if (!next) return;
  const oldSet = state.pair.boundarySet;
  state.pair = next;
  await fillPairOptions();
  if (next.boundarySet !== oldSet && state.codes.length) {
    const seats = await loadSeats();
    const r = resolvePaste(state.codes.join('\n'), seats, next.boundarySet);
    const dropped = r.entries.filter((e) => e.status !== 'seat');
    state.codes = r.codes;
    const names = dropped.map((e) => ('name' in e ? e.name : e.input));
    if (dropped.length) {
      report.replaceChildren(
        el(
          'p',
          {},
          `${dropped.length} ${dropped.length === 1 ? 'seat is' : 'seats are'} not on the ${boundarySetLabel(next.boundarySet)} and ${dropped.length === 1 ? 'was' : 'were'} removed from your list: ${names.join(', ')}.`,
        ),
      );
    }
  }
  await refresh();
}

// ---- computing and drawing the result ----

/** Seats of every cited set (the presets), kept out of the comparison pools unless the reader includes them. */
const cited = config.presets.flatMap((p) => p.codes.map((code) => ({ code, set: p.id })));
const includeBox = document.getElementById('cmp-include-cited') as HTMLInputElement | null;

function runOn(d: Hydrated, earlier: Hydrated | null): CompareResult {
  return compareSeats({
    set: state.codes,
    after: d.after,
    before: d.before,
    context: d.context,
    regionAggregates: d.regionAggregates,
    outcomes: [outcomeById(state.outcome)!.outcome],
    seed: COMPARE_SEED,
    iterations: { ...COMPARE_ITERATIONS },
    exclude: includeBox?.checked ? [] : cited,
    earlier: earlier ? { after: earlier.after, before: earlier.before } : undefined,
  });
}

function balanceTable(o: OutcomeResult): HTMLElement | null {
  const b = balanceOf(o);
  if (!b) return null;
  const head = ['Measure', 'Your seats', 'All candidate seats', 'Matched seats', 'SMD before', 'SMD after'];
  const table = el(
    'table',
    { id: 'cmp-balance' },
    el('caption', {}, el('span', { class: 'cap' }, b.caption)),
    el('thead', {}, el('tr', {}, ...head.map((h, i) => el('th', { scope: 'col', class: i ? 'num' : '' }, h)))),
    el(
      'tbody',
      {},
      ...b.rows.map((r) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, r.covariate),
          ...[r.chosen, r.before, r.after, r.smdBefore, r.smdAfter].map((x) => el('td', { class: 'num' }, x)),
        ),
      ),
    ),
  );
  return el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': b.caption }, table);
}

const interval = (low: number | null, high: number | null) =>
  low === null || high === null ? '–' : `${pp(low)} to ${pp(high)}`;

function statTable(o: OutcomeResult, caption: string): HTMLElement {
  const rows = statRows(o, 'Your seats (average)').map((r) =>
    el(
      'tr',
      { class: r.kind },
      el('th', { scope: 'row' }, r.label),
      el('td', { class: 'num' }, r.n === null ? '–' : String(r.n)),
      el('td', { class: 'num' }, pp(r.estimate)),
      el('td', { class: 'num nowrap' }, interval(r.low, r.high)),
      el('td', { class: 'num nowrap' }, r.p === null ? '–' : formatP(r.p).replace(/^p = /, '').replace(/^p /, '')),
    ),
  );
  const table = el(
    'table',
    {},
    el('caption', {}, el('span', { class: 'cap' }, caption)),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ...['Measure', 'Seats', 'Points', '95% interval', 'p-value'].map((h, i) =>
          el('th', { scope: 'col', class: i ? 'num' : '' }, h),
        ),
      ),
    ),
    el('tbody', {}, ...rows),
  );
  return el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption }, table);
}

function stripParts(
  panel: string,
  o: OutcomeResult,
  d: Hydrated,
): { dots: StripDot[]; summaries: StripSummary[]; rules: StripRule[] } {
  const dots: StripDot[] = o.set.values.map((v) => ({
    panel,
    group: 'Your seats',
    code: v.code,
    name: v.name,
    value: v.value,
    highlight: true,
  }));
  const summaries: StripSummary[] = [];
  if (o.set.mean !== null)
    summaries.push({
      panel,
      group: 'Your seats',
      estimate: o.set.mean,
      low: o.set.interval?.low ?? null,
      high: o.set.interval?.high ?? null,
    });
  const m = o.matched;
  if (m && m.controlMean !== null) {
    const seen = new Set<string>();
    for (const p of m.pairs)
      for (const c of p.controls)
        if (!seen.has(c.code)) {
          seen.add(c.code);
          dots.push({ panel, group: 'Matched seats', code: c.code, name: c.name, value: c.value, highlight: false });
        }
    summaries.push({ panel, group: 'Matched seats', estimate: m.controlMean, low: null, high: null });
  }
  const regions = new Set(o.otherSeats?.regions ?? []);
  const chosen = new Set(state.codes);
  const others: number[] = [];
  for (const r of d.after) {
    if (!regions.has(r.region) || chosen.has(r.code)) continue;
    const v = seatOutcome(r, o.outcome);
    if (isMissing(v)) continue;
    others.push(v);
    dots.push({ panel, group: 'Rest of region(s)', code: r.code, name: r.name, value: v, highlight: false });
  }
  if (others.length)
    summaries.push({
      panel,
      group: 'Rest of region(s)',
      estimate: others.reduce((s, v) => s + v, 0) / others.length,
      low: null,
      high: null,
    });
  const rules: StripRule[] = [];
  const comb = o.regional.combined;
  if (comb && !isMissing(comb.value))
    rules.push({
      panel,
      value: comb.value,
      label: `${o.regional.regions.length === 1 ? o.regional.regions[0]!.name : 'Their regions'}: ${pp(comb.value)}`,
      kind: 'benchmark',
    });
  return { dots, summaries, rules };
}

function legend(): HTMLElement {
  const item = (cls: string, text: string) =>
    el('li', {}, el('span', { class: `cmp-key ${cls}`, 'aria-hidden': 'true' }), text);
  return el(
    'ul',
    { class: 'legend-list', 'aria-label': 'Legend' },
    item('chosen', 'Your seat'),
    item('other', 'Matched or other seat'),
    item('average', 'Average (bar: 95% interval)'),
    item('benchmark', 'All votes in the region(s)'),
  );
}

function render(
  result: CompareResult,
  placebo: CompareResult | null,
  main: Loaded,
  placeboData: Loaded | null,
  placeboOpt: PairOption | null,
): void {
  const o = result.outcomes[0]!;
  const outcomeLabel = outcomeById(state.outcome)!.label;
  const words = describeOutcome(o, { setLabel: 'chosen seats', partialList: state.partialList });
  const permalink = `${location.origin}${location.pathname}${stateQuery({ pair: state.pair.id, outcome: state.outcome, seats: state.codes })}`;
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
  const parts = [stripParts(state.pair.label, o, main)];
  const po = placebo?.outcomes[0];
  if (po && placeboOpt && placeboData) {
    const label = `${placeboOpt.label} (placebo)`;
    panels.push(label);
    parts.push(stripParts(label, po, placeboData));
  }
  const chartTitle = `${outcomeLabel} in your seats and comparison seats, ${state.pair.label}`;
  const svg =
    o.set.n > 0
      ? drawStrip(
          {
            panels,
            groups: ['Your seats', 'Matched seats', 'Rest of region(s)'],
            dots: parts.flatMap((p) => p.dots),
            summaries: parts.flatMap((p) => p.summaries),
            rules: parts.flatMap((p) => p.rules),
            xLabel: `${outcomeLabel} (points)`,
          },
          chartTitle,
          words.set,
          `cmp-chart-${generation}`,
          Math.round(Math.max(320, Math.min(760, output.clientWidth || 640))),
        )
      : null;

  if (csvUrl) URL.revokeObjectURL(csvUrl);
  const regionName = (code: string) => main.regionAggregates.find((a) => a.area === code)?.areaName ?? code;
  const csv = compareCsv(result, state.pair.label, placebo, placeboOpt?.label ?? null, {
    outcomeLabel,
    dataVersion: main.payload.dataVersion,
    regionName,
  });
  csvUrl = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));

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
              `${p.treated.name} (${pp(p.treated.value)}): `,
              p.controls.map((c) => `${c.name} (${pp(c.value)})`).join(', '),
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
            `The last two rows of the table above set your seats against the same matched seats in ${placeboOpt.label}, and give the change in that gap. For reference, the same seats against the other seats of their regions then:`,
          ),
          el('p', {}, describeOutcome(po, { setLabel: 'chosen seats', partialList: state.partialList }).sentence),
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
        el('summary', {}, `${result.excluded.length} seats of cited seat sets kept out of the comparison seats`),
        el(
          'p',
          { class: 'note' },
          'Seats of every cited set (organiser seats of any link kind, pact seats) may have been treated themselves, so they are not used as comparison seats. Tick “Include seats of cited sets” above to use them.',
        ),
        el('ul', {}, ...result.excluded.map((e) => el('li', {}, `${e.name} (${e.sets.join(', ')})`))),
      )
    : el(
        'p',
        { class: 'note', id: 'cmp-excluded' },
        includeBox?.checked
          ? 'Seats of cited seat sets are included among the comparison seats.'
          : 'No seat of a cited seat set is on these boundaries.',
      );

  const children: Child[] = [
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
    statTable(o, `${outcomeLabel}, ${state.pair.label}`),
    ...outcomeNotes(o).map((n) => el('p', { class: 'note' }, n)),
    o.set.n > 0 && o.set.n < 5
      ? el('ul', { id: 'cmp-seat-values' }, ...o.set.values.map((v) => el('li', {}, `${v.name}: ${pp(v.value)}`)))
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
            'Each dot is a seat. Diamonds are averages; the bar under your seats is the 95% interval of their average. Matched seats are the three most similar seats to each of yours, from the same nation.',
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
      ` · Data version ${main.payload.dataVersion} · seed ${result.seed} · t intervals; p-values from ${result.iterations.batch.toLocaleString('en-GB')} to ${result.iterations.maxDraws.toLocaleString('en-GB')} reshuffles.`,
    ),
  ];
  output.replaceChildren(...children.filter((c): c is Node | string => !!c));
  status.textContent = `Result for ${result.seats.length} ${result.seats.length === 1 ? 'seat' : 'seats'}.`;
}

async function compute(): Promise<void> {
  const mine = ++generation;
  if (state.codes.length === 0) {
    output.replaceChildren();
    status.textContent = 'Add at least one seat to see a result.';
    return;
  }
  status.textContent = 'Computing…';
  resultSection.setAttribute('aria-busy', 'true');
  try {
    const main = await loadPair(state.pair.id);
    const pp2 = placeboPair({ before: state.pair.before, after: state.pair.after });
    const placeboOpt = pp2 ? (pairOf(pp2.before, pp2.after) ?? null) : null;
    const placeboData = placeboOpt ? await loadPair(placeboOpt.id) : null;
    await new Promise((r) => setTimeout(r, 0));
    if (mine !== generation) return;
    const result = runOn(main, placeboData);
    const placebo = placeboData ? runOn(placeboData, null) : null;
    render(result, placebo, main, placeboData, placeboOpt);
  } catch (e) {
    status.textContent = `Could not compute: ${(e as Error).message}`;
  } finally {
    if (mine === generation) resultSection.setAttribute('aria-busy', 'false');
  }
}

function updateUrl(): void {
  const q = stateQuery({ pair: state.pair.id, outcome: state.outcome, seats: state.codes });
  history.replaceState(null, '', `${location.pathname}${q}`);
}

async function refresh(): Promise<void> {
  updateUrl();
  await renderList();
  await compute();
}

// ---- start ----

async function start(): Promise<void> {
  if (!app) return;
  $('cmp-nojs')?.setAttribute('hidden', '');
  app.hidden = false;
  const parsed = parseState(
    location.search,
    config.presets.map((p) => p.id),
  );
  const q = new URLSearchParams(location.search);
  let pairId = parsed.state.pair;
  let outcome = parsed.state.outcome;
  let entries = parsed.state.seats;
  const preset = parsed.state.set ? config.presets.find((p) => p.id === parsed.state.set) : undefined;
  if (preset) {
    if (!q.has('pair') || !pairById(q.get('pair') ?? '')) pairId = preset.pair;
    if (!q.has('outcome') || !outcomeById(q.get('outcome') ?? '')) outcome = preset.outcome;
    entries = [...preset.codes, ...entries];
    state.partialList = !preset.complete;
    presetSelect.value = preset.id;
  }
  state.pair = pairById(pairId)!;
  state.outcome = outcome;
  pairSelect.value = pairId;
  outcomeSelect.value = outcome;
  try {
    await fillPairOptions();
    if (entries.length) {
      const seats = await loadSeats();
      const r = resolvePaste(entries.join('\n'), seats, state.pair.boundarySet);
      state.codes = r.codes;
      const problems = r.entries.filter((e) => e.status !== 'seat');
      if (problems.length || parsed.problems.length)
        showReport('From the link:', problems, state.pair.boundarySet, parsed.problems, false);
      else if (preset)
        report.replaceChildren(el('p', {}, `Loaded ${preset.title}: ${r.codes.length} seats. ${preset.caveat}`));
    } else if (parsed.problems.length) {
      showReport('From the link:', [], state.pair.boundarySet, parsed.problems, false);
    }
    await refresh();
  } catch (e) {
    status.textContent = `Could not load the data: ${(e as Error).message}`;
  }

  pairSelect.addEventListener('change', () => {
    clearReport();
    void changePair(pairSelect.value);
  });
  outcomeSelect.addEventListener('change', () => {
    state.outcome = outcomeSelect.value;
    void refresh();
  });
  includeBox?.addEventListener('change', () => {
    void compute();
  });
  $('cmp-add-name').addEventListener('click', () => {
    const text = nameInput.value;
    nameInput.value = '';
    void addText(text, 'Seat search:');
  });
  nameInput.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') {
      ev.preventDefault();
      $('cmp-add-name').click();
    }
  });
  $('cmp-add-region').addEventListener('click', () => {
    void loadPair(state.pair.id).then((d) => {
      const region = regionSelect.value;
      const name = regionSelect.selectedOptions[0]?.textContent ?? region;
      const codes = d.after.filter((r) => r.region === region).map((r) => r.code);
      const have = new Set(state.codes);
      const fresh = codes.filter((c) => !have.has(c));
      addCodes(
        fresh,
        `Added ${fresh.length} ${fresh.length === 1 ? 'seat' : 'seats'} in ${name}${codes.length > fresh.length ? ` (${codes.length - fresh.length} already in your list)` : ''}.`,
      );
    });
  });
  $('cmp-add-paste').addEventListener('click', () => void addText(pasteBox.value, 'Pasted list:'));
  $('cmp-load-preset').addEventListener('click', () => {
    const p = config.presets.find((x) => x.id === presetSelect.value);
    if (!p) return;
    state.codes = [];
    state.partialList = !p.complete;
    state.outcome = p.outcome;
    outcomeSelect.value = p.outcome;
    pairSelect.value = p.pair;
    void changePair(p.pair).then(async () => {
      const seats = await loadSeats();
      const r = resolvePaste(p.codes.join('\n'), seats, state.pair.boundarySet);
      state.codes = r.codes;
      report.replaceChildren(el('p', {}, `Loaded ${p.title}: ${r.codes.length} seats. ${p.caveat}`));
      await refresh();
    });
  });
  $('cmp-clear').addEventListener('click', () => {
    state.codes = [];
    state.partialList = false;
    report.replaceChildren(el('p', {}, 'Removed every seat.'));
    void refresh();
  });
  $('cmp-form').addEventListener('submit', (ev) => ev.preventDefault());
}

void start();

// Browser side of /membership/local/: reads a constituency-party CSV on this device (file picker or drag and drop),
// parses it in a Web Worker (membership-local-parse.ts), lists rejected rows grouped by problem, and drives the map,
// trend chart and analysis. Everything it needs is in the page or bundled with this script, so nothing is requested
// once a file is chosen.
import { analyse, type AnalysisResult } from '../lib/membership/analysis';
import { privateDataset } from '../lib/membership/dataset';
import { setLabel } from '../lib/membership/directory';
import { analysisCsv, seatFiguresCsv } from '../lib/membership/export-csv';
import { localToday } from '../lib/membership/fields';
import { MAX_FILE_BYTES } from '../lib/membership/format';
import { datesOf, indexRecords, seatsOf, type ChangeMeasure, type MapMode } from '../lib/membership/measures';
import type { PublishedFile } from '../lib/membership/published';
import { unpackReference, type PackedReference, type Reference } from '../lib/membership/reference';
import { formatCount } from '../lib/membership/suppress';
import type { BoundarySet, Dataset, ParseResult } from '../lib/membership/types';
import { describeAnalysis, longDate, measureWords, signed, signedSig } from '../lib/membership/wording';
import { safeUrl } from '../lib/format/escape';
import { scatterChart, trendChart } from './membership-local-charts';
import { el, fillSelect, list, must, table } from './membership-local-dom';
import { downloadPng, downloadText } from './membership-local-export';
import { clearMap, paintMap } from './membership-local-map';
import { parseOffThread, prepareParser } from './membership-local-parse';
import { describeGroup } from '../lib/membership/issue-groups';

interface Payload {
  references: PackedReference[];
  published: PublishedFile[];
  sample: { name: string; csv: string };
}

const root = must<HTMLElement>(document, '[data-ml-root]');
const payload = JSON.parse(must<HTMLScriptElement>(document, '#ml-data').textContent ?? '{}') as Payload;
const refs = new Map<BoundarySet, Reference>(payload.references.map((p) => [p.set, unpackReference(p)]));
const seatNames = [...refs.values()].flatMap((r) => [...r.seats.values()].map((s) => ({ code: s.code, name: s.name, boundarySet: r.set })));
const q = <T extends Element>(name: string) => must<T>(root, `[data-ml-${name}]`);

const ui = {
  file: q<HTMLInputElement>('file'),
  drop: q<HTMLElement>('drop'),
  set: q<HTMLSelectElement>('set'),
  sample: q<HTMLButtonElement>('sample'),
  sampleDownload: q<HTMLAnchorElement>('sample-download'),
  status: q<HTMLElement>('status'),
  report: q<HTMLElement>('report'),
  summary: q<HTMLElement>('summary'),
  notes: q<HTMLElement>('notes'),
  rejected: q<HTMLElement>('rejected'),
  results: q<HTMLElement>('results'),
  datasetWrap: q<HTMLElement>('dataset-wrap'),
  dataset: q<HTMLSelectElement>('dataset'),
  showing: q<HTMLElement>('showing'),
  fictional: q<HTMLElement>('fictional'),
  mode: q<HTMLSelectElement>('mode'),
  date: q<HTMLSelectElement>('date'),
  from: q<HTMLSelectElement>('from'),
  to: q<HTMLSelectElement>('to'),
  measure: q<HTMLSelectElement>('measure'),
  legend: q<HTMLElement>('legend'),
  mapNote: q<HTMLElement>('map-note'),
  seat: q<HTMLSelectElement>('seat'),
  trend: q<HTMLElement>('trend'),
  trendPng: q<HTMLButtonElement>('trend-png'),
  before: q<HTMLSelectElement>('before'),
  after: q<HTMLSelectElement>('after'),
  aFrom: q<HTMLSelectElement>('a-from'),
  aTo: q<HTMLSelectElement>('a-to'),
  aMeasure: q<HTMLSelectElement>('a-measure'),
  analysis: q<HTMLElement>('analysis'),
  scatterPng: q<HTMLButtonElement>('scatter-png'),
  analysisCsv: q<HTMLButtonElement>('analysis-csv'),
  figuresCsv: q<HTMLButtonElement>('figures-csv'),
};

/** Rejected rows listed one by one (the groups above the table cover every row). */
const REJECTED_SHOWN = 200;

const state: {
  source: Blob | string | null;
  reading: number;
  fileName: string;
  fictional: boolean;
  own: Dataset | null;
  current: Dataset | null;
  analysis: AnalysisResult | null;
} = { source: null, reading: 0, fileName: '', fictional: false, own: null, current: null, analysis: null };

const setName = (s: BoundarySet) => `${setLabel(s)} seats`;
const refOf = (d: Dataset) => refs.get(d.boundarySet)!;
const slug = (s: string) => s.toLowerCase().replace(/\.csv$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'data';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

function fileStem(d: Dataset): string {
  if (state.fictional && d === state.own) return 'FICTIONAL-example';
  return d.published ? d.id : slug(d.fileName ?? 'your-file');
}

// ---- where figures come from, on every view -------------------------------------------------------------------

function sourceNote(d: Dataset): HTMLElement {
  const p = el('p', { class: 'note ml-source' });
  if (!d.published || !d.source) {
    p.textContent = state.fictional && d === state.own
      ? 'Source: the FICTIONAL example file (invented numbers). Read in this browser only.'
      : `Source: your file ${d.fileName ?? ''}, read in this browser only. Not uploaded; small numbers are not suppressed because nobody else sees them.`;
    return p;
  }
  const s = d.source;
  p.append('Source: ');
  if (s.sourceUrl) p.append(el('a', { href: safeUrl(s.sourceUrl), rel: 'noopener' }, s.source));
  else p.append(s.source);
  p.append(`. Licence: ${s.licence}. ${s.permission}. Counts under ${d.threshold ?? 10} are shown as "fewer than ${d.threshold ?? 10}".`);
  return p;
}

function putSource(container: HTMLElement, d: Dataset): void {
  container.querySelector(':scope > .ml-source')?.remove();
  container.append(sourceNote(d));
}

// ---- reading a file ---------------------------------------------------------------------------------------------

function chosenSet(): BoundarySet | null {
  return ui.set.value === '2010' || ui.set.value === '2024' ? ui.set.value : null;
}

function say(message: string): void {
  ui.status.textContent = message;
}

function showReport(r: ParseResult, fileName: string): void {
  ui.report.hidden = false;
  const facts: [string, string][] = [
    ['File', fileName],
    ['Rows read', r.rowsRead.toLocaleString('en-GB')],
    ['Rows used', r.records.length.toLocaleString('en-GB')],
    ['Rows rejected', r.rejected.length.toLocaleString('en-GB')],
    ['Boundaries', r.boundarySet ? setName(r.boundarySet) : '–'],
    ['Party', r.party ?? 'not given'],
  ];
  const dl = el('dl', { class: 'facts' });
  for (const [k, v] of facts) {
    const d = el('div');
    d.append(el('dt', {}, k), el('dd', {}, v));
    dl.append(d);
  }
  ui.summary.replaceChildren(dl);
  if (r.boundarySetReason) ui.summary.append(el('p', { class: 'note' }, `Boundaries: ${r.boundarySetReason}.`));

  const items = [
    ...r.fileErrors.map((e) => `Cannot use the file${e.line === null ? '' : ` (line ${e.line})`}: ${e.reason}.`),
    ...r.notes.map((n) => `${n.kind === 'warning' ? 'Warning' : 'Note'}${n.line === null ? '' : ` (line ${n.line})`}: ${n.message}.`),
  ];
  ui.notes.replaceChildren(...(items.length ? [list(items, { class: 'ml-notes' })] : []));

  if (r.rejected.length) {
    const shown = r.rejected.slice(0, REJECTED_SHOWN);
    ui.rejected.replaceChildren(
      el('h3', { id: 'ml-rejected-h' }, `Rejected rows (${r.rejected.length.toLocaleString('en-GB')})`),
      el('p', { class: 'note' }, 'These rows were not used. Fix them in your file and load it again. Line 1 is the first line of the file.'),
      list(r.groups.map(describeGroup), { class: 'ml-groups', 'data-ml-groups': '' }),
      table(`Rejected rows, with the line of the file and the reason${shown.length < r.rejected.length ? ` (the first ${shown.length})` : ''}`, [
        { head: 'Line', cell: (x) => String(x.line ?? ''), numeric: true, rowHeader: true },
        { head: 'Column', cell: (x) => x.field ?? '' },
        { head: 'Reason', cell: (x) => x.reason },
      ], shown),
    );
  } else ui.rejected.replaceChildren(el('p', {}, r.fileErrors.length ? '' : 'No rows were rejected.'));
}

async function load(source: Blob | string, fileName: string, fictional: boolean): Promise<void> {
  state.source = source;
  state.fileName = fileName;
  state.fictional = fictional;
  const mine = ++state.reading;
  root.setAttribute('aria-busy', 'true');
  let result: ParseResult;
  try {
    result = await parseOffThread(source, seatNames, localToday(), chosenSet());
  } catch (e) {
    if (mine === state.reading) say(`${fileName} could not be read: ${(e as Error).message}.`);
    return;
  } finally {
    if (mine === state.reading) root.removeAttribute('aria-busy');
  }
  if (mine !== state.reading) return;
  showReport(result, fileName);
  state.own = privateDataset(result, fileName);
  refreshDatasetChoice();
  if (state.own) {
    activate(state.own);
    say(`${fictional ? 'FICTIONAL example loaded' : `Read ${fileName}`}: ${plural(result.records.length, 'row')} used, ${plural(result.rejected.length, 'row')} rejected, ${setName(state.own.boundarySet)}. The map, trend and analysis below now use ${fictional ? 'these invented figures' : 'your figures'}.`);
  } else {
    if (state.current && !state.current.published) state.current = null;
    if (!state.current) ui.results.hidden = true;
    say(`${fileName}: no rows could be used. ${result.fileErrors[0]?.reason ?? 'Every row was rejected'}; see the list below.`);
  }
}

async function readFile(file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    say(`${file.name} is ${(file.size / 1048576).toFixed(1)} MB; the most this tool reads is ${MAX_FILE_BYTES / 1048576} MB.`);
    return;
  }
  say(`Reading ${file.name}…`);
  await load(file, file.name, file.name === payload.sample.name);
}

// ---- which figures are shown ------------------------------------------------------------------------------------

function datasets(): Dataset[] {
  return [...payload.published, ...(state.own ? [state.own] : [])];
}

function refreshDatasetChoice(): void {
  const all = datasets();
  ui.datasetWrap.hidden = all.length < 2;
  fillSelect(ui.dataset, all.map((d) => ({ value: d.id, label: d.published ? `Published: ${d.label}` : state.fictional ? 'The FICTIONAL example' : `Your file: ${d.fileName}` })), state.current?.id);
}

function electionDefaults(ref: Reference): [string, string] {
  const ids = ref.elections.map((e) => e.id);
  if (ref.set === '2010' && ids.includes('2017') && ids.includes('2019')) return ['2017', '2019'];
  return [ids[ids.length - 2] ?? ids[0] ?? '', ids[ids.length - 1] ?? ''];
}

/** The latest membership date on or before `date`, else the first (or last) date there is. */
function dateNear(dates: readonly string[], date: string, fallback: 'first' | 'last'): string {
  const before = dates.filter((d) => d <= date);
  return before[before.length - 1] ?? (fallback === 'first' ? dates[0]! : dates[dates.length - 1]!);
}

function activate(d: Dataset): void {
  state.current = d;
  ui.dataset.value = d.id;
  ui.results.hidden = false;
  ui.fictional.hidden = !(state.fictional && d === state.own);
  const ref = refOf(d);
  const dates = datesOf(d);
  const options = dates.map((x) => ({ value: x, label: longDate(x) }));
  for (const s of [ui.date, ui.from, ui.to, ui.aFrom, ui.aTo]) fillSelect(s, options);
  ui.date.value = dates[dates.length - 1]!;
  ui.from.value = dates[0]!;
  ui.to.value = dates[dates.length - 1]!;
  const elections = ref.elections.map((e) => ({ value: e.id, label: e.estimated ? `${e.label} (estimates)` : e.label }));
  fillSelect(ui.before, elections);
  fillSelect(ui.after, elections);
  const [before, after] = electionDefaults(ref);
  ui.before.value = before;
  ui.after.value = after;
  const eDate = (id: string) => ref.elections.find((e) => e.id === id)?.date ?? '';
  ui.aFrom.value = dateNear(dates, eDate(before), 'first');
  ui.aTo.value = dateNear(dates, eDate(after), 'last');
  if (ui.aTo.value <= ui.aFrom.value) {
    ui.aFrom.value = dates[0]!;
    ui.aTo.value = dates[dates.length - 1]!;
  }
  const names = seatsOf(d).map((code) => ({ value: code, label: ref.seats.get(code)?.name ?? code })).sort((a, b) => a.label.localeCompare(b.label));
  fillSelect(ui.seat, names, names[0]?.value);

  const facts = `${plural(d.records.length, 'row')} for ${plural(names.length, 'seat')} on ${plural(dates.length, 'date')}, ${setName(d.boundarySet)}${d.party ? `, party: ${d.party}` : ''}`;
  ui.showing.replaceChildren(
    el('strong', {}, d.published ? `Published figures: ${d.label}` : state.fictional ? 'The FICTIONAL example (invented numbers)' : `Your file: ${d.fileName}`),
    ` (${facts}).`,
  );
  putSource(ui.showing.parentElement as HTMLElement, d);
  for (const m of root.querySelectorAll<HTMLElement>('[data-ml-map]')) m.hidden = m.dataset.mlMap !== d.boundarySet;
  for (const r of refs.values()) if (r.set !== d.boundarySet) clearMap(mapSvg(r.set), r);
  renderMap();
  renderTrend();
  renderAnalysis();
}

// ---- map --------------------------------------------------------------------------------------------------------

function mapSvg(set: BoundarySet): SVGSVGElement {
  return must<SVGSVGElement>(root, `[data-ml-map="${set}"] svg`);
}

function mapMode(): MapMode {
  const measure = ui.measure.value as ChangeMeasure;
  if (ui.mode.value === 'change') return { kind: 'change', from: ui.from.value, to: ui.to.value, measure };
  if (ui.mode.value === 'per1000') return { kind: 'per1000', date: ui.date.value };
  return { kind: 'members', date: ui.date.value };
}

function renderMap(): void {
  const d = state.current;
  if (!d) return;
  const change = ui.mode.value === 'change';
  for (const n of root.querySelectorAll<HTMLElement>('[data-ml-when="date"]')) n.hidden = change;
  for (const n of root.querySelectorAll<HTMLElement>('[data-ml-when="change"]')) n.hidden = !change;
  const note = ui.mapNote;
  if (change && ui.from.value >= ui.to.value) {
    note.replaceChildren(el('p', { class: 'ml-problem' }, 'Choose a "from" date before the "to" date.'));
    return;
  }
  const ref = refOf(d);
  const painted = paintMap(mapSvg(d.boundarySet), ref, d, mapMode());
  ui.legend.innerHTML = painted.legend;
  const shown = [...painted.values.values()].filter((v) => 'value' in v).length;
  note.replaceChildren(el('p', { class: 'note' }, `${plural(shown, 'seat')} coloured; every other seat is grey. Choose a seat on the map to see its trend below.`));
  putSource(note, d);
}

/** Charts are drawn at the width they will be shown, so their text stays readable on a phone. */
function chartWidth(container: HTMLElement): number {
  return Math.round(Math.max(300, Math.min(680, container.clientWidth || 680)));
}

// ---- trend ------------------------------------------------------------------------------------------------------

function renderTrend(): void {
  const d = state.current;
  if (!d) return;
  const ref = refOf(d);
  const code = ui.seat.value;
  const records = indexRecords(d.records).get(code);
  const name = ref.seats.get(code)?.name ?? code;
  ui.trendPng.hidden = !records;
  if (!records) {
    ui.trend.replaceChildren(el('p', {}, `${name} has no figures in this data.`));
    return;
  }
  const rows = [...records.values()].sort((a, b) => a.date.localeCompare(b.date));
  const figure = el('figure', { class: 'chart ml-chart' });
  figure.append(trendChart(name, rows, ref.elections, chartWidth(ui.trend)), el('figcaption', {}, `Members in ${name} on each date in the data. Dashed lines: general elections.`));
  const seatLink = el('p', { class: 'note' });
  seatLink.append(el('a', { href: must<HTMLAnchorElement>(mapSvg(d.boundarySet), `a[data-code="${code}"]`).getAttribute('href') ?? '#' }, `Election results in ${name}`), ' (opens the seat page).');
  ui.trend.replaceChildren(
    figure,
    table(`Figures for ${name}`, [
      { head: 'Date', cell: (r) => longDate(r.date), rowHeader: true },
      { head: 'Members', cell: (r) => formatCount(r.members), numeric: true },
      { head: 'Activists', cell: (r) => formatCount(r.activists), numeric: true },
      { head: 'Trained', cell: (r) => formatCount(r.trained), numeric: true },
    ], rows),
    seatLink,
  );
  putSource(ui.trend, d);
}

// ---- analysis ---------------------------------------------------------------------------------------------------

function renderAnalysis(): void {
  const d = state.current;
  state.analysis = null;
  ui.scatterPng.hidden = true;
  ui.analysisCsv.hidden = true;
  if (!d) return;
  const ref = refOf(d);
  const out: Node[] = [];
  let a: AnalysisResult;
  try {
    a = analyse(ref, d, { before: ui.before.value as never, after: ui.after.value as never, from: ui.aFrom.value, to: ui.aTo.value, measure: ui.aMeasure.value as ChangeMeasure });
  } catch (e) {
    ui.analysis.replaceChildren(el('p', { class: 'ml-problem' }, `${(e as Error).message}: choose an earlier first election and an earlier first date.`));
    return;
  }
  state.analysis = a;
  const w = describeAnalysis(a, { published: d.published, threshold: d.threshold });
  out.push(el('p', { class: 'ml-headline' }, w.headline));
  if (w.details.length) out.push(list(w.details));
  const stats: { what: string; value: string; interval: string; n: string; extra: string }[] = [];
  if (a.correlation) {
    const c = a.correlation;
    stats.push({ what: 'Pearson correlation r', value: signed(c.r, 2), interval: c.ci ? `${signed(c.ci.low, 2)} to ${signed(c.ci.high, 2)}` : 'too few seats', n: String(c.n), extra: '' });
  }
  if (a.regression) {
    const g = a.regression;
    stats.push({ what: 'Regression slope, region fixed effects', value: signedSig(g.slope.estimate), interval: `${signedSig(g.slope.low)} to ${signedSig(g.slope.high)}`, n: String(g.n), extra: `R² ${g.r2.toFixed(2)}; p ${g.slope.p < 0.001 ? '< 0.001' : g.slope.p.toFixed(3)}; ${g.regions} region${g.regions === 1 ? '' : 's'}` });
  }
  if (stats.length) {
    out.push(table('The numbers', [
      { head: 'Measure', cell: (s) => s.what, rowHeader: true },
      { head: 'Estimate', cell: (s) => s.value, numeric: true },
      { head: '95% interval', cell: (s) => s.interval },
      { head: 'Seats', cell: (s) => s.n, numeric: true },
      { head: 'Also', cell: (s) => s.extra },
    ], stats));
    out.push(el('p', { class: 'note' }, `The slope is the change in Labour's share, in percentage points, that goes with one unit more of membership change (${measureWords(a.options.measure).unit}), comparing seats in the same region. Intervals are 95%.`));
  }
  if (a.rows.length) {
    const fig = el('figure', { class: 'chart ml-chart', 'data-ml-scatter': '' });
    fig.append(scatterChart(a, chartWidth(ui.analysis)), el('figcaption', {}, `Each dot is a seat. Across: membership change, ${longDate(a.options.from)} to ${longDate(a.options.to)}. Up: change in Labour's share, ${a.before.label} to ${a.after.label}.`));
    out.push(fig);
    ui.scatterPng.hidden = false;
    ui.analysisCsv.hidden = false;
    out.push(table('Seats compared', [
      { head: 'Seat', cell: (r) => r.name, rowHeader: true },
      { head: 'Region', cell: (r) => r.regionName },
      { head: `Members ${a.options.from}`, cell: (r) => r.membersFrom.toLocaleString('en-GB'), numeric: true },
      { head: `Members ${a.options.to}`, cell: (r) => r.membersTo.toLocaleString('en-GB'), numeric: true },
      { head: 'Membership change', cell: (r) => signed(r.change, a.options.measure === 'absolute' ? 0 : 2), numeric: true },
      { head: `Labour ${a.before.label} %`, cell: (r) => r.labBefore.toFixed(1), numeric: true },
      { head: `Labour ${a.after.label} %`, cell: (r) => r.labAfter.toFixed(1), numeric: true },
      { head: 'Labour change (points)', cell: (r) => signed(r.labChange, 1), numeric: true },
    ], a.rows));
  }
  if (a.excluded.length) {
    const det = el('details');
    det.append(el('summary', {}, `Seats left out (${a.excluded.length})`), list(a.excluded.map((x) => `${x.name}: ${x.reason}`)));
    out.push(det);
  }
  out.push(el('h4', {}, 'What this cannot show'), list(w.caveats));
  ui.analysis.replaceChildren(...out);
  putSource(ui.analysis, d);
}

// ---- wiring -----------------------------------------------------------------------------------------------------

ui.file.addEventListener('change', () => {
  const f = ui.file.files?.[0];
  if (f) void readFile(f);
});
for (const type of ['dragenter', 'dragover'] as const) {
  ui.drop.addEventListener(type, (e) => {
    e.preventDefault();
    ui.drop.classList.add('ml-drop--over');
  });
}
ui.drop.addEventListener('dragleave', () => ui.drop.classList.remove('ml-drop--over'));
ui.drop.addEventListener('drop', (e) => {
  e.preventDefault();
  ui.drop.classList.remove('ml-drop--over');
  const f = e.dataTransfer?.files[0];
  if (f) void readFile(f);
});
// A file dropped anywhere else must not make the browser leave the page to open it.
for (const type of ['dragover', 'drop'] as const) document.addEventListener(type, (e) => e.preventDefault());

ui.set.addEventListener('change', () => {
  if (state.source !== null) void load(state.source, state.fileName, state.fictional);
});
ui.sample.addEventListener('click', () => void load(payload.sample.csv, payload.sample.name, true));
ui.sampleDownload.addEventListener('click', (e) => {
  e.preventDefault();
  downloadText(payload.sample.csv, payload.sample.name);
});
ui.dataset.addEventListener('change', () => {
  const d = datasets().find((x) => x.id === ui.dataset.value);
  if (d) activate(d);
});
for (const s of [ui.mode, ui.date, ui.from, ui.to, ui.measure]) s.addEventListener('change', renderMap);
ui.seat.addEventListener('change', renderTrend);
for (const s of [ui.before, ui.after, ui.aFrom, ui.aTo, ui.aMeasure]) s.addEventListener('change', renderAnalysis);

for (const set of refs.keys()) {
  mapSvg(set).addEventListener('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest<SVGAElement>('a[data-code]') : null;
    if (!a || !state.current) return;
    e.preventDefault();
    ui.seat.value = a.dataset.code ?? '';
    if (ui.seat.value !== a.dataset.code) {
      ui.trend.replaceChildren(el('p', {}, `${refOf(state.current).seats.get(a.dataset.code ?? '')?.name ?? a.dataset.code} has no figures in this data.`));
      ui.trendPng.hidden = true;
    } else renderTrend();
    must<HTMLElement>(root, '#ml-trend-h').scrollIntoView({ block: 'start' });
    say(`Showing the trend for ${ui.seat.selectedOptions[0]?.textContent ?? 'that seat'}.`);
  });
}

ui.figuresCsv.addEventListener('click', () => {
  const d = state.current;
  if (d) downloadText(seatFiguresCsv(d, refOf(d)), `membership-figures-${fileStem(d)}.csv`);
});
ui.analysisCsv.addEventListener('click', () => {
  const d = state.current;
  if (d && state.analysis) downloadText(analysisCsv(state.analysis, d), `membership-analysis-${fileStem(d)}-${state.analysis.before.id}-${state.analysis.after.id}.csv`);
});
const caption = (d: Dataset) => `Groundwork. Data: ${d.published && d.source ? d.source.source : state.fictional ? 'FICTIONAL example (invented numbers)' : 'the reader\'s own file (private)'}.`;
ui.scatterPng.addEventListener('click', () => {
  const svg = root.querySelector<SVGSVGElement>('[data-ml-scatter] svg');
  if (svg && state.current) void downloadPng(svg, `membership-scatter-${fileStem(state.current)}.png`, caption(state.current)).catch((e: Error) => say(e.message));
});
ui.trendPng.addEventListener('click', () => {
  const svg = ui.trend.querySelector<SVGSVGElement>('svg');
  if (svg && state.current) void downloadPng(svg, `membership-trend-${ui.seat.value}-${fileStem(state.current)}.png`, caption(state.current)).catch((e: Error) => say(e.message));
});
for (const b of root.querySelectorAll<HTMLButtonElement>('[data-ml-show-published]')) {
  b.addEventListener('click', () => {
    const d = payload.published.find((x) => x.id === b.dataset.mlShowPublished);
    if (d) {
      activate(d);
      must<HTMLElement>(root, '#ml-results-h').scrollIntoView({ block: 'start' });
    }
  });
}

refreshDatasetChoice();
if (payload.published[0]) activate(payload.published[0]);
void prepareParser(seatNames, localToday()).finally(() => {
  root.dataset.mlReady = 'true';
});

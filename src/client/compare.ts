// Test-your-own-seats page: builds the seat list from names, regions, pasted lists and presets, runs the comparison
// engine in the browser on the pair's data (same seed as the claim pages), draws the result and keeps the
// selection in the URL. Every data string reaches the page through textContent.
import { placeboPair } from '../lib/compare/index';
import { plural } from '../lib/compare/format';
import { boundarySetLabel, resolvePaste, splitEntries, type PasteEntry } from '../lib/compare/paste';
import type { BoundarySet } from '../lib/elections';
import { pairById, pairOf, unavailableReason, type ComparePreset } from '../lib/compare/settings';
import { switchBoundaries, type SetAside } from '../lib/compare/set-aside';
import { compareLoader } from './compare-load';
import { reportNodes } from './compare-report';
import { resultView, statusLine, type CompareState } from './compare-result';
import { excludedSeats, runCompare } from './compare-run';
import { entryExtras, writeEntry } from './compare-history';
import { focusAfterRemoval, markRefused, presetLoaded, regionAddition, seatListItems } from './compare-list';
import { placePostcodes } from './compare-postcodes';
import { openedState, stateQuery } from '../lib/compare/state';
import { el } from './dom';

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

const state: CompareState = { pair: pairById('2017-2019')!, outcome: 'lab', codes: [], partialList: false };
let generation = 0;
let csvUrl: string | null = null;

const { loadPair, loadSeats } = compareLoader(base);

// ---- the report of what was added and what was not ----

function showReport(
  title: string,
  entries: readonly PasteEntry[],
  set: BoundarySet,
  extra: string[] = [],
  listAdded = true,
): void {
  report.replaceChildren(
    // The button goes with the report it sits in: focus moves to the message that replaces it.
    ...reportNodes(title, entries, set, extra, listAdded, (code, name) => addCodes([code], `Added ${name}.`, true)),
  );
}

// ---- the seat list ----

async function renderList(): Promise<void> {
  const d = await loadPair(state.pair.id);
  $('cmp-count').textContent = String(state.codes.length);
  $('cmp-empty').hidden = state.codes.length > 0;
  $('cmp-clear').hidden = state.codes.length === 0;
  const items = seatListItems(state.codes, d.names, (code, name, at) => {
    state.codes = state.codes.filter((c) => c !== code);
    report.replaceChildren(el('p', {}, `Removed ${name}.`));
    void refresh().then(() => focusAfterRemoval(list, at, nameInput));
  });
  list.replaceChildren(...items);
}

function addCodes(codes: readonly string[], message: string, focus = false): void {
  const have = new Set(state.codes);
  state.codes.push(...codes.filter((c) => !have.has(c)));
  report.replaceChildren(el('p', { tabindex: '-1' }, message));
  if (focus) (report.firstChild as HTMLElement).focus();
  void refresh();
}

/** The entries of `text` on the pair's boundaries (postcodes looked up first), beside the seats already `chosen`. */
async function resolveText(text: string, chosen: readonly string[] = []) {
  const [seats, set] = [await loadSeats(), state.pair.boundarySet];
  return resolvePaste(text, seats, set, {
    chosen,
    places: await placePostcodes(splitEntries(text, seats, set), set, seats, base),
  });
}

/** Adds the seats `text` names and reports on every entry; true when it added none and named none already chosen. */
async function addText(text: string, title: string): Promise<boolean> {
  const set = state.pair.boundarySet;
  const r = await resolveText(text, state.codes);
  state.codes.push(...r.codes);
  const extra = r.skipped ? [`Only the first ${r.entries.length} entries were read; ${r.skipped} more were not.`] : [];
  if (r.entries.length === 0 && !extra.length)
    report.replaceChildren(el('p', {}, 'Nothing to add: the text is empty.'));
  else showReport(title, r.entries, set, extra);
  await refresh();
  return r.codes.length === 0 && r.entries.some((e) => e.status !== 'already-chosen' && e.status !== 'duplicate');
}

// ---- the pair's options: datalist of names, regions, boundary note ----

async function fillPairOptions(): Promise<void> {
  const d = await loadPair(state.pair.id);
  $('cmp-names').replaceChildren(...d.payload.seats.map(([, name]) => el('option', { value: name })));
  const regions = d.regionAggregates
    .filter((a) => a.kind === 'region')
    .map((a) => ({ code: a.area, name: a.areaName }));
  regionSelect.replaceChildren(...regions.map((r) => el('option', { value: r.code }, r.name)));
  for (const o of outcomeSelect.options) o.disabled = unavailableReason(o.value, state.pair.id) !== null;
  $('cmp-boundaries').textContent =
    `These elections were fought on the ${boundarySetLabel(state.pair.boundarySet)}, so seats are those of that set (${d.payload.seats.length} seats).`;
}

/** Seats set aside when the pair moved to the other boundaries (lib/compare/set-aside.ts). */
const setAside: SetAside = new Map();

async function changePair(id: string, show = true): Promise<void> {
  const next = pairById(id);
  if (!next) return;
  const from = state.pair.boundarySet;
  state.pair = next;
  await fillPairOptions();
  if (next.boundarySet !== from) {
    const r = switchBoundaries(state.codes, await loadSeats(), from, next.boundarySet, setAside);
    state.codes = r.codes;
    if (r.messages.length) report.replaceChildren(...r.messages.map((t) => el('p', {}, t)));
  }
  if (show) await refresh();
}

// ---- computing and drawing the result ----

const includeBox = document.getElementById('cmp-include-cited') as HTMLInputElement | null;
const leaveBox = document.getElementById('cmp-leave-linked') as HTMLInputElement | null;
const options = () => ({ includeCited: includeBox?.checked ?? false, leaveLinked: leaveBox?.checked ?? false });

async function compute(): Promise<void> {
  const mine = ++generation;
  const unavailable = unavailableReason(state.outcome, state.pair.id);
  const nothing = !state.codes.length
    ? 'Add at least one seat to see a result.'
    : unavailable && `${unavailable}: choose another measure or pair of elections.`;
  if (nothing) {
    output.replaceChildren();
    status.textContent = nothing;
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
    const exclude = excludedSeats(config.presets, options());
    const result = runCompare(state, main, placeboData, exclude);
    const placebo = placeboData ? runCompare(state, placeboData, null, exclude) : null;
    if (csvUrl) URL.revokeObjectURL(csvUrl);
    const chart = {
      id: `cmp-chart-${generation}`,
      width: Math.round(Math.max(320, Math.min(760, output.clientWidth || 640))),
    };
    const view = resultView({ state, result, placebo, main, placeboData, placeboOpt, chart, ...options() });
    csvUrl = view.csvUrl;
    output.replaceChildren(...view.children);
    status.textContent = statusLine(result.seats.length, result.outcomes[0]!.set.n);
  } catch (e) {
    status.textContent = `Could not compute: ${(e as Error).message}`;
  } finally {
    if (mine === generation) resultSection.setAttribute('aria-busy', 'false');
  }
}

function updateUrl(mode: 'push' | 'replace' = 'push'): void {
  const q = stateQuery({ pair: state.pair.id, outcome: state.outcome, seats: state.codes, ...options() });
  writeEntry(q, { partialList: state.partialList, aside: setAside }, mode);
}

async function refresh(mode: 'push' | 'replace' = 'push'): Promise<void> {
  updateUrl(mode);
  await renderList();
  await compute();
}

// ---- start ----

/** Reads the address into the state and shows it: a link or reload (`link`), or Back and Forward (`history`). */
async function openAddress(how: 'link' | 'history'): Promise<void> {
  const opened = openedState(location.search, config.presets);
  const { pair: pairId, outcome, seats: entries } = opened.state;
  const { preset } = opened;
  const extras = entryExtras(history.state);
  state.partialList = preset ? !preset.complete : extras.partialList;
  if (preset) presetSelect.value = preset.id;
  setAside.clear();
  for (const [set, codes] of extras.aside) setAside.set(set, codes);
  state.pair = pairById(pairId)!;
  state.outcome = outcome;
  pairSelect.value = pairId;
  outcomeSelect.value = outcome;
  if (includeBox) includeBox.checked = opened.state.includeCited;
  if (leaveBox) leaveBox.checked = opened.state.leaveLinked;
  await fillPairOptions();
  const r = entries.length ? await resolveText(entries.join('\n')) : { entries: [], codes: [] };
  state.codes = r.codes;
  const problems = r.entries.filter((e) => e.status !== 'seat');
  if (problems.length || opened.problems.length)
    showReport('From the link:', problems, state.pair.boundarySet, opened.problems, false);
  else if (preset)
    report.replaceChildren(el('p', {}, `Loaded ${preset.title}: ${r.codes.length} seats. ${preset.caveat}`));
  else if (how === 'history') report.replaceChildren(el('p', {}, `Your list as it was: ${seatCount(r.codes.length)}.`));
  else report.replaceChildren();
  await refresh('replace');
}

const seatCount = (n: number) => plural(n, 'seat', 'seats');

async function start(): Promise<void> {
  if (!app) return;
  $('cmp-nojs')?.setAttribute('hidden', '');
  app.hidden = false;
  status.textContent = 'Loading the seat data…';
  try {
    await openAddress('link');
  } catch (e) {
    status.textContent = `Could not load the data: ${(e as Error).message}`;
    return;
  }
  window.addEventListener('popstate', () => void openAddress('history'));

  pairSelect.addEventListener('change', () => {
    report.replaceChildren();
    void changePair(pairSelect.value);
  });
  outcomeSelect.addEventListener('change', () => {
    state.outcome = outcomeSelect.value;
    void refresh();
  });
  for (const box of [includeBox, leaveBox])
    box?.addEventListener('change', () => {
      updateUrl();
      void compute();
    });
  $('cmp-add-name').addEventListener('click', () => {
    const text = nameInput.value;
    nameInput.value = '';
    void addText(text, 'Seat search:').then((refused) => refused && markRefused(nameInput, text, report.id));
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
      const r = regionAddition(d.after, region, regionSelect.selectedOptions[0]?.textContent ?? region, state.codes);
      addCodes(r.codes, r.message);
    });
  });
  $('cmp-add-paste').addEventListener('click', () => void addText(pasteBox.value, 'Pasted list:'));
  $('cmp-load-preset').addEventListener('click', () => {
    const p = config.presets.find((x) => x.id === presetSelect.value);
    if (!p) return;
    const before = { seats: state.codes.length, pair: state.pair.id, outcome: state.outcome };
    state.codes = [];
    setAside.clear();
    state.partialList = !p.complete;
    state.outcome = p.outcome;
    outcomeSelect.value = p.outcome;
    pairSelect.value = p.pair;
    void changePair(p.pair, false).then(async () => {
      const r = await resolveText(p.codes.join('\n'));
      state.codes = r.codes;
      report.replaceChildren(el('p', {}, presetLoaded(p, r.codes.length, before)));
      await refresh();
    });
  });
  $('cmp-clear').addEventListener('click', () => {
    state.codes = [];
    setAside.clear();
    state.partialList = false;
    report.replaceChildren(el('p', {}, 'Removed every seat.'));
    void refresh().then(() => focusAfterRemoval(list, 0, nameInput));
  });
  $('cmp-form').addEventListener('submit', (ev) => ev.preventDefault());
  // The controls stay disabled until the seats are loaded and they answer: a seat typed sooner was lost.
  for (const f of app.querySelectorAll('fieldset')) f.disabled = false;
}

void start();

// Which figures are shown: the choice between published figures and the reader's file, filling the date, election and
// seat selects for the chosen dataset, and the map coloured by the chosen measure.
import { datasetOf } from '../lib/membership/dataset';
import { rowCount } from '../lib/membership/figures';
import type { ChangeMeasure, MapMode } from '../lib/membership/measures';
import type { Reference } from '../lib/membership/reference';
import type { Dataset } from '../lib/membership/types';
import { longDate } from '../lib/membership/wording';
import { renderAnalysis } from './membership-local-analysis';
import { el } from './dom';
import { fillSelect } from './membership-local-dom';
import { clearMap, paintMap } from './membership-local-map';
import { mapSvg, payload, plural, putSource, refOf, refs, root, setName, state, ui } from './membership-local-page';
import { renderTrend } from './membership-local-trend';

/** The published files, packed once for the page. */
export const published: Dataset[] = payload.published.map(datasetOf);

export function datasets(): Dataset[] {
  return [...published, ...(state.own ? [state.own] : [])];
}

export function refreshDatasetChoice(): void {
  const all = datasets();
  ui.datasetWrap.hidden = all.length < 2;
  fillSelect(
    ui.dataset,
    all.map((d) => ({
      value: d.id,
      label: d.published
        ? `Published: ${d.label}`
        : state.fictional
          ? 'The FICTIONAL example'
          : `Your file: ${d.fileName}`,
    })),
    state.current?.id,
  );
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

/** Lets the browser paint and handle input between views, so no single task holds the page. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Shows `d`: fills the selects, then draws the map, the trend and the analysis, each in its own task. */
export async function activate(d: Dataset): Promise<void> {
  state.current = d;
  ui.dataset.value = d.id;
  ui.results.hidden = false;
  ui.fictional.hidden = !(state.fictional && d === state.own);
  const ref = refOf(d);
  const dates = d.figures.dates;
  const options = dates.map((x) => ({ value: x, label: longDate(x) }));
  for (const s of [ui.date, ui.from, ui.to, ui.aFrom, ui.aTo]) fillSelect(s, options);
  ui.date.value = dates[dates.length - 1]!;
  ui.from.value = dates[0]!;
  ui.to.value = dates[dates.length - 1]!;
  const elections = ref.elections.map((e) => ({
    value: e.id,
    label: e.estimated ? `${e.label} (estimates)` : e.label,
  }));
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
  const names = d.figures.seats
    .map((code) => ({ value: code, label: ref.seats.get(code)?.name ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label));
  fillSelect(ui.seat, names, names[0]?.value);

  const facts = `${plural(rowCount(d.figures), 'row')} for ${plural(names.length, 'seat')} on ${plural(dates.length, 'date')}, ${setName(d.boundarySet)}${d.party ? `, party: ${d.party}` : ''}`;
  ui.showing.replaceChildren(
    el(
      'strong',
      {},
      d.published
        ? `Published figures: ${d.label}`
        : state.fictional
          ? 'The FICTIONAL example (invented numbers)'
          : `Your file: ${d.fileName}`,
    ),
    ` (${facts}).`,
  );
  putSource(ui.showing.parentElement as HTMLElement, d);
  for (const m of root.querySelectorAll<HTMLElement>('[data-ml-map]')) m.hidden = m.dataset.mlMap !== d.boundarySet;
  for (const r of refs.values()) if (r.set !== d.boundarySet) clearMap(mapSvg(r.set), r);
  renderMap();
  await nextTask();
  if (state.current !== d) return;
  renderTrend();
  await nextTask();
  if (state.current !== d) return;
  renderAnalysis();
}

function mapMode(): MapMode {
  const measure = ui.measure.value as ChangeMeasure;
  if (ui.mode.value === 'change') return { kind: 'change', from: ui.from.value, to: ui.to.value, measure };
  if (ui.mode.value === 'per1000') return { kind: 'per1000', date: ui.date.value };
  return { kind: 'members', date: ui.date.value };
}

export function renderMap(): void {
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
  note.replaceChildren(
    el(
      'p',
      { class: 'note' },
      `${plural(shown, 'seat')} coloured; every other seat is grey. Choose a seat on the map to see its trend below.`,
    ),
  );
  putSource(note, d);
}

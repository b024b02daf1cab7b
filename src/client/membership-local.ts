// Browser side of /membership/local/: reads a constituency-party CSV on this device (file picker or drag and drop)
// in a Web Worker (membership-local-parse.ts), offers the column choice, reports what was read, and wires the map,
// trend and analysis (membership-local-show.ts and the modules it uses). Everything it needs is in the page or bundled
// with this script, so nothing is requested once a file is chosen.
import { analysisCsv, seatFiguresCsv } from '../lib/membership/export-csv';
import { localToday } from '../lib/membership/fields';
import { MAX_FILE_BYTES } from '../lib/membership/format';
import type { ColumnMapping } from '../lib/membership/mapping';
import type { BoundarySet, Dataset } from '../lib/membership/types';
import { chosenColumns, showColumnChoice } from './membership-local-columns';
import { navLookup } from '../lib/maps/nav-table';
import { el } from './dom';
import { keyboardMap } from './map-keyboard';
import { must } from './membership-local-dom';
import { downloadPng } from './membership-local-export';
import { downloadText } from './save-blob';
import { renderAnalysis } from './membership-local-analysis';
import { prepareParser, readOffThread } from './membership-local-parse';
import {
  fileStem,
  mapSvg,
  payload,
  plural,
  refOf,
  refs,
  root,
  say,
  seatNames,
  setName,
  state,
  ui,
} from './membership-local-page';
import { showReport } from './membership-local-report';
import { activate, datasets, nextTask, published, refreshDatasetChoice, renderMap } from './membership-local-show';
import { renderTrend } from './membership-local-trend';

// The file controls are hidden in the markup, so that without this script none shows that would do nothing.
for (const c of root.querySelectorAll<HTMLElement>('[data-ml-controls]')) c.hidden = false;

/** The columns the current file was last read with (null: by its header names or the guess). */
let columns: ColumnMapping | null = null;

function chosenSet(): BoundarySet | null {
  return ui.set.value === '2010' || ui.set.value === '2024' ? ui.set.value : null;
}

async function load(
  source: Blob | string,
  fileName: string,
  fictional: boolean,
  mapping: ColumnMapping | null,
): Promise<void> {
  state.source = source;
  state.fileName = fileName;
  state.fictional = fictional;
  const mine = ++state.reading;
  root.setAttribute('aria-busy', 'true');
  let read;
  try {
    read = await readOffThread({
      source,
      fileName,
      seats: seatNames,
      today: localToday(),
      boundarySet: chosenSet(),
      mapping,
    });
  } catch (e) {
    if (mine === state.reading) say(`${fileName} could not be read: ${(e as Error).message}.`);
    return;
  } finally {
    if (mine === state.reading) root.removeAttribute('aria-busy');
  }
  if (mine !== state.reading) return;
  columns = read.mapping;
  const r = read.report;
  showColumnChoice(read, fileName);
  showReport(r, fileName);
  state.own = read.dataset;
  refreshDatasetChoice();
  if (state.own) {
    await nextTask();
    if (mine !== state.reading) return;
    await activate(state.own);
    if (mine !== state.reading) return;
    say(
      `${fictional ? 'FICTIONAL example loaded' : `Read ${fileName}`}: ${plural(r.rowsUsed, 'row')} used, ${plural(r.rejectedCount, 'row')} rejected, ${setName(state.own.boundarySet)}. The map, trend and analysis below now use ${fictional ? 'these invented figures' : 'your figures'}.`,
    );
    return;
  }
  if (state.current && !state.current.published) state.current = null;
  if (!state.current) ui.results.hidden = true;
  if (read.mapping === null)
    say(
      `${fileName}: no rows could be used. ${r.fileErrors[0]?.reason ?? 'Its columns were not all recognised'}; choose the columns under "Which column is which" below, then read the file.`,
    );
  else
    say(
      `${fileName}: no rows could be used. ${r.fileErrors[0]?.reason ?? 'Every row was rejected'}; see the list below.`,
    );
}

async function readFile(file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    say(
      `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; the most this tool reads is ${MAX_FILE_BYTES / 1048576} MB.`,
    );
    return;
  }
  say(`Reading ${file.name}…`);
  // The example file is known by its first line too, whatever a download renamed it to.
  const fictional = file.name === payload.sample.name || (await file.slice(0, 64).text()).startsWith('# FICTIONAL');
  await load(file, file.name, fictional, null);
}

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
  if (state.source !== null) void load(state.source, state.fileName, state.fictional, columns);
});
ui.mapping.addEventListener('submit', (e) => {
  e.preventDefault();
  const m = chosenColumns();
  if (m && state.source !== null) {
    say(`Reading ${state.fileName} with the chosen columns…`);
    void load(state.source, state.fileName, state.fictional, m);
  }
});
ui.sample.addEventListener('click', () => void load(payload.sample.csv, payload.sample.name, true, null));
ui.sampleDownload.addEventListener('click', (e) => {
  e.preventDefault();
  downloadText(payload.sample.csv, payload.sample.name);
});
ui.dataset.addEventListener('change', () => {
  const d = datasets().find((x) => x.id === ui.dataset.value);
  if (d) void activate(d);
});
for (const s of [ui.mode, ui.date, ui.from, ui.to, ui.measure]) s.addEventListener('change', renderMap);
ui.seat.addEventListener('change', renderTrend);
for (const s of [ui.before, ui.after, ui.aFrom, ui.aTo, ui.aMeasure]) s.addEventListener('change', renderAnalysis);

for (const set of refs.keys()) {
  // One Tab stop, arrow keys to the neighbouring seat, Enter shows the seat's trend: as on the site's other maps, with
  // the neighbours from the page rather than the geometry file (nothing is requested once a file is chosen).
  const svg = mapSvg(set);
  const codes = payload.references.find((r) => r.set === set)?.codes ?? [];
  const next = navLookup(payload.nav.find((n) => n.set === set)?.nav ?? [], codes);
  keyboardMap(
    svg.parentElement!,
    () => svg,
    (code, dir) => Promise.resolve(next(code, dir)),
  );
  svg.addEventListener('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest<SVGAElement>('a[data-code]') : null;
    if (!a || !state.current) return;
    e.preventDefault();
    ui.seat.value = a.dataset.code ?? '';
    if (ui.seat.value !== a.dataset.code) {
      ui.trend.replaceChildren(
        el(
          'p',
          {},
          `${refOf(state.current).seats.get(a.dataset.code ?? '')?.name ?? a.dataset.code} has no figures in this data.`,
        ),
      );
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
  if (d && state.analysis)
    downloadText(
      analysisCsv(state.analysis, d),
      `membership-analysis-${fileStem(d)}-${state.analysis.before.id}-${state.analysis.after.id}.csv`,
    );
});
const caption = (d: Dataset) =>
  `Groundwork. Data: ${d.published && d.source ? d.source.source : state.fictional ? 'FICTIONAL example (invented numbers)' : "the reader's own file (private)"}.`;
ui.scatterPng.addEventListener('click', () => {
  const svg = root.querySelector<SVGSVGElement>('[data-ml-scatter] svg');
  if (svg && state.current)
    void downloadPng(svg, `membership-scatter-${fileStem(state.current)}.png`, caption(state.current)).catch(
      (e: Error) => say(e.message),
    );
});
ui.trendPng.addEventListener('click', () => {
  const svg = ui.trend.querySelector<SVGSVGElement>('svg');
  if (svg && state.current)
    void downloadPng(
      svg,
      `membership-trend-${ui.seat.value}-${fileStem(state.current)}.png`,
      caption(state.current),
    ).catch((e: Error) => say(e.message));
});
for (const b of root.querySelectorAll<HTMLButtonElement>('[data-ml-show-published]')) {
  b.addEventListener('click', () => {
    const d = published.find((x) => x.id === b.dataset.mlShowPublished);
    if (d) {
      void activate(d);
      must<HTMLElement>(root, '#ml-results-h').scrollIntoView({ block: 'start' });
    }
  });
}

refreshDatasetChoice();
if (published[0]) void activate(published[0]);
void prepareParser(seatNames, localToday()).finally(() => {
  root.dataset.mlReady = 'true';
});

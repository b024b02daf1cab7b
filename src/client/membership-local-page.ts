// The /membership/local/ page as the tool's modules share it: its elements, the payload built with the page (seat
// facts for both boundary sets, published figures, the fictional sample), what is loaded and shown, and the few
// helpers every view uses (status line, source note under each view).
import { setLabel } from '../lib/membership/directory';
import type { AnalysisResult } from '../lib/membership/analysis';
import type { PublishedFile } from '../lib/membership/published';
import { unpackReference, type PackedReference, type Reference } from '../lib/membership/reference';
import type { BoundarySet, Dataset } from '../lib/membership/types';
import { safeUrl } from '../lib/format/escape';
import { el } from './dom';
import { must } from './membership-local-dom';

interface Payload {
  references: PackedReference[];
  /** Each hex map's arrow-key neighbours, packed against its reference's codes (lib/maps/nav-table.ts). */
  nav: { set: BoundarySet; nav: number[] }[];
  published: PublishedFile[];
  sample: { name: string; csv: string };
}

export const root = must<HTMLElement>(document, '[data-ml-root]');
export const payload = JSON.parse(must<HTMLScriptElement>(document, '#ml-data').textContent ?? '{}') as Payload;
export const refs = new Map<BoundarySet, Reference>(payload.references.map((p) => [p.set, unpackReference(p)]));
export const seatNames = [...refs.values()].flatMap((r) =>
  [...r.seats.values()].map((s) => ({ code: s.code, name: s.name, boundarySet: r.set })),
);
const q = <T extends Element>(name: string) => must<T>(root, `[data-ml-${name}]`);

export const ui = {
  file: q<HTMLInputElement>('file'),
  drop: q<HTMLElement>('drop'),
  set: q<HTMLSelectElement>('set'),
  sample: q<HTMLButtonElement>('sample'),
  sampleDownload: q<HTMLAnchorElement>('sample-download'),
  status: q<HTMLElement>('status'),
  mapping: q<HTMLFormElement>('mapping'),
  mappingHint: q<HTMLElement>('mapping-hint'),
  mappingProblems: q<HTMLElement>('mapping-problems'),
  dateFormat: q<HTMLSelectElement>('map-date-format'),
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

export const state: {
  source: Blob | string | null;
  reading: number;
  fileName: string;
  fictional: boolean;
  own: Dataset | null;
  current: Dataset | null;
  analysis: AnalysisResult | null;
} = { source: null, reading: 0, fileName: '', fictional: false, own: null, current: null, analysis: null };

export const setName = (s: BoundarySet) => `${setLabel(s)} seats`;
export const refOf = (d: Dataset) => refs.get(d.boundarySet)!;
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/\.csv$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'data';

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

export function say(message: string): void {
  ui.status.textContent = message;
}

export function fileStem(d: Dataset): string {
  if (state.fictional && d === state.own) return 'FICTIONAL-example';
  return d.published ? d.id : slug(d.fileName ?? 'your-file');
}

export function mapSvg(set: BoundarySet): SVGSVGElement {
  return must<SVGSVGElement>(root, `[data-ml-map="${set}"] svg`);
}

/** Charts are drawn at the width they will be shown, so their text stays readable on a phone. */
export function chartWidth(container: HTMLElement): number {
  return Math.round(Math.max(300, Math.min(680, container.clientWidth || 680)));
}

function sourceNote(d: Dataset): HTMLElement {
  const p = el('p', { class: 'note ml-source' });
  if (!d.published || !d.source) {
    p.textContent =
      state.fictional && d === state.own
        ? 'Source: the FICTIONAL example file (invented numbers). Read in this browser only.'
        : `Source: your file ${d.fileName ?? ''}, read in this browser only. Not uploaded; small numbers are not suppressed because nobody else sees them.`;
    return p;
  }
  const s = d.source;
  p.append('Source: ');
  if (s.sourceUrl) p.append(el('a', { href: safeUrl(s.sourceUrl), rel: 'noopener' }, s.source));
  else p.append(s.source);
  p.append(
    `. Licence: ${s.licence}. ${s.permission}. Counts under ${d.threshold ?? 10} are shown as "fewer than ${d.threshold ?? 10}".`,
  );
  return p;
}

/** Where the figures come from, under every view. */
export function putSource(container: HTMLElement, d: Dataset): void {
  container.querySelector(':scope > .ml-source')?.remove();
  container.append(sourceNote(d));
}

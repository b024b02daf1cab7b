// Citations of a Groundwork page or graphic (plain text, APA-style, BibTeX), naming the data version used.
import { formatDate, type DateStyle } from './dates';

export interface CiteInput {
  /** Title of the page or graphic. */
  title: string;
  /** Absolute permalink. */
  url: string;
  /** Short data version hash. */
  version: string;
  /** Year the cited data version was published (its changelog date), or the build year when unreleased. */
  year: number;
  accessed: Date;
  /** Absolute address of this data version's tables (/data/v/{version}/), which never changes once published. */
  dataUrl?: string;
}

/** A citation as text pieces: `date` pieces hold the access date in the given style (the browser may swap them). */
export type CitePiece = string | { date: DateStyle };

export interface Citation {
  plain: CitePiece[];
  apa: CitePiece[];
  bibtex: CitePiece[];
}

/** What a page carries for the browser to write a citation from (data-citation, as JSON): all but the access date. */
export type CiteData = Omit<CiteInput, 'accessed'>;

/**
 * The formats of a Cite control, in order. The page carries the first (plain text, for readers without JavaScript);
 * the browser adds the others from the control's CiteData (src/client/controls.ts).
 */
export const CITE_FORMATS: readonly { id: keyof Citation; name: string; rows: number }[] = [
  { id: 'plain', name: 'Plain text', rows: 3 },
  { id: 'apa', name: 'APA style', rows: 3 },
  { id: 'bibtex', name: 'BibTeX', rows: 10 },
];

/** The one date style a format writes the access date in: the browser swaps the build date for today's in that style. */
export function dateStyle(pieces: readonly CitePiece[]): DateStyle {
  return pieces.find((p): p is { date: DateStyle } => typeof p !== 'string')?.date ?? 'iso';
}

/** BibTeX-safe text: escapes the characters LaTeX treats specially. */
export function bibtexEscape(s: string): string {
  return s
    .replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`))
    .replace(/[&%$#_]/g, (c) => `\\${c}`)
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/**
 * A citation key from the URL path, its #chart and version, e.g. "groundwork_seat_E14000887_voteshare_bcf3211ad3": a
 * page's chart and the page itself get different keys, since a reader may cite both.
 */
export function bibtexKey(url: string, version: string): string {
  const u = new URL(url);
  const path = [...u.pathname.split('/'), u.hash.slice(1)]
    .filter(Boolean)
    .join('_')
    .replace(/[^A-Za-z0-9_]/g, '');
  return `groundwork_${path || 'home'}_${version}`.replace(/_+/g, '_');
}

/**
 * The `howpublished` line: the page's address in \url{}, without its #fragment. The field is read as an argument of a
 * macro, where a # stops LaTeX ("Illegal parameter number", biblatex) and an escaped \# prints as \# (url.sty); % and &
 * would fail the same way, so an address with them gets no such line. The `url` field, read verbatim, keeps it all.
 */
function howpublished(url: string): string {
  const page = url.split('#')[0]!;
  return /[%&]/.test(page) ? '' : `  howpublished = {\\url{${page}}},\n`;
}

export function citation(c: CiteInput): Citation {
  const acc = (style: DateStyle) => ({ date: style });
  const tables = c.dataUrl ? ` (tables: ${c.dataUrl})` : '';
  return {
    plain: [
      `Groundwork (${c.year}). ${c.title}. Data version ${c.version}${tables}. ${c.url} (accessed `,
      acc('long'),
      ').',
    ],
    apa: [
      `Groundwork. (${c.year}). ${c.title} (Data version ${c.version}) [Data set]. ${c.dataUrl ? `Tables: ${c.dataUrl}. ` : ''}Retrieved `,
      acc('apa'),
      `, from ${c.url}`,
    ],
    bibtex: [
      `@misc{${bibtexKey(c.url, c.version)},\n` +
        `  author       = {{Groundwork}},\n` +
        `  title        = {${bibtexEscape(c.title)}},\n` +
        `  year         = {${c.year}},\n` +
        `  version      = {${c.version}},\n` +
        howpublished(c.url) +
        `  url          = {${c.url}},\n` +
        `  urldate      = {`,
      acc('iso'),
      `},\n  note         = {Data version ${c.version}${c.dataUrl ? `, tables at \\url{${c.dataUrl}}` : ''}, accessed `,
      acc('iso'),
      `}\n}`,
    ],
  };
}

/** The citation as one string with the access date filled in. */
export function citationText(pieces: readonly CitePiece[], accessed: Date): string {
  return pieces.map((p) => (typeof p === 'string' ? p : formatDate(accessed, p.date))).join('');
}

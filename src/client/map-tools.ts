// Embed, Download and Cite beside a map follow the view on screen: when the reader changes map kind, election or
// measure, the snippets, download links and citation switch to that view's published graphic (its key), and the
// tools are hidden, with a note, for a view that has no published graphic.
import type { CiteData } from '../lib/export/cite';
import { embedSnippet, EMBED_THEMES, type ResponsiveBox } from '../lib/export/snippet';
import { writeCitation } from './cite-write';
import { downloadText } from './save-blob';

/** A published view of this map: key -> what its snippet and citation need. */
export interface MapViewInfo {
  /** The graphic's key in its family (for the national map, the view key itself). */
  key: string;
  title: string;
  height: number;
  box: ResponsiveBox;
  /** Absolute permalink of the view (the page with the view's query). */
  permalink: string;
}

export interface MapViews {
  family: string;
  /** Absolute site base, ending in "/". */
  site: string;
  /** View key ("hex-2024-winner") of the view first shown. */
  first: string;
  /** View key -> its published graphic. */
  views: Record<string, MapViewInfo>;
}

/** A CSV of the view on screen, made in the browser when asked for. */
export interface ViewCsv {
  name: string;
  make: () => string;
}

export class MapTools {
  private current: string;
  private csv: ViewCsv | null = null;

  constructor(
    private readonly tools: HTMLElement,
    private readonly note: HTMLElement | null,
    private readonly v: MapViews,
    private readonly csvBox: HTMLElement | null = null,
  ) {
    this.current = v.first;
    csvBox?.querySelector('button')?.addEventListener('click', () => {
      if (this.csv) downloadText(this.csv.make(), this.csv.name);
    });
  }

  /**
   * `view` is the view key of the map on screen ("geo-2019-winner").
   * `zoomed`: the reader zoomed to a region, which the published graphic (the whole map) does not do.
   * `csv`: the view's figures as a CSV, offered where the site publishes no download of the view (or it is zoomed).
   */
  follow(view: string, zoomed = false, csv: ViewCsv | null = null): void {
    const info = this.v.views[view];
    this.tools.hidden = !info;
    this.csv = csv;
    if (this.csvBox) {
      this.csvBox.hidden = !csv || (!!info && !zoomed);
      // Beside the whole map's downloads, the CSV is of the seats the zoomed map shows.
      const label = this.csvBox.querySelector('[data-csv-label]');
      if (label) label.textContent = info ? 'CSV of the seats shown' : 'CSV of this view';
    }
    if (this.note) {
      this.note.textContent = info
        ? `Embed, download or cite the map as shown${zoomed ? ' (the whole map: embeds and downloads do not zoom)' : ''}:`
        : `This view has no ready-made embed, image or citation; choose winners, or a measure at the election it is about, to get one.${csv ? ' Its figures, as in the table, can be saved as a CSV made in your browser:' : ''}`;
    }
    if (!info || view === this.current) return;
    const old = this.v.views[this.current]!;
    const key = info.key;
    const oldPath = `${this.v.family}/${old.key}`;
    const newPath = `${this.v.family}/${key}`;
    const embedUrl = `${this.v.site}embed/${newPath}/`;
    for (const theme of EMBED_THEMES) {
      const area = this.tools.querySelector<HTMLTextAreaElement>(`[data-theme-snippet="${theme}"] textarea`);
      if (area)
        area.value = embedSnippet({
          embedUrl,
          scriptUrl: `${this.v.site}embed.js`,
          title: info.title,
          height: info.height,
          box: info.box,
          theme,
        });
    }
    const swap = (s: string) =>
      s
        .split(oldPath)
        .join(newPath)
        .split(`groundwork-${this.v.family}-${old.key}`)
        .join(`groundwork-${this.v.family}-${key}`);
    for (const a of this.tools.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (a.href === old.permalink) {
        a.href = info.permalink;
        a.textContent = info.permalink;
        continue;
      }
      a.setAttribute('href', swap(a.getAttribute('href') ?? ''));
      if (a.hasAttribute('download')) a.setAttribute('download', swap(a.getAttribute('download') ?? ''));
    }
    // The PNG button draws the SVG download in the browser (src/client/png-browser.ts): it follows the view too.
    for (const b of this.tools.querySelectorAll<HTMLButtonElement>('button[data-png-from]')) {
      b.dataset.pngFrom = swap(b.dataset.pngFrom ?? '');
      b.dataset.pngName = swap(b.dataset.pngName ?? '');
    }
    // The citation's data takes the view's title and permalink, and every format is written again from it.
    for (const d of this.tools.querySelectorAll<HTMLElement>('[data-citation]')) {
      const c = JSON.parse(d.dataset.citation ?? '{}') as CiteData;
      d.dataset.citation = JSON.stringify({ ...c, title: info.title, url: info.permalink });
      writeCitation(d);
    }
    for (const d of this.tools.querySelectorAll<HTMLElement>('[data-embed-url]')) d.dataset.embedUrl = embedUrl;
    this.current = view;
  }
}

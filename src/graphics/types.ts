// The graphics registry's shapes: one Graphic definition serves its page, its embed, its downloads and its oEmbed.
import type { CsvValue } from '../lib/format/csv';

/** One legend entry; `mark` says how the swatch is drawn (in HTML and in the exported SVG). */
export interface LegendItem {
  label: string;
  colour: string;
  /**
   * "open": an open dot on a dashed line (a figure of low confidence); "cased-line": a line over a thin casing in the
   * text colour, as a party's line is drawn (src/charts/cased.ts); "solid-diamond": a solid diamond with a white edge, as
   * the claim charts draw a group's average (src/charts/claim-strip.ts); "diamond" is a see-through one.
   */
  mark: 'line' | 'cased-line' | 'dashed-line' | 'dot' | 'diamond' | 'solid-diamond' | 'square' | 'triangle' | 'open';
}

/** The table behind a graphic, published as its CSV download. */
export interface GraphicData {
  columns: readonly string[];
  rows: Record<string, CsvValue>[];
}

export interface Graphic {
  family: string;
  key: string;
  /** Headline shown above the embed and the downloads, e.g. "Vote share by party in Putney, 2010 to 2019". */
  title: string;
  /** Alt text: one or two sentences saying what the graphic shows. */
  description: string;
  /** Longer caption shown under the graphic on its page and in the embed. */
  caption: string;
  /** Site path (no leading slash) of the page that shows the graphic, with its #anchor, e.g. "seat/E14000887/#vote-share". */
  permalink: string;
  /** Source line with licences, e.g. "House of Commons Library (Open Parliament Licence v3.0)". */
  source: string;
  /** The graphic as shown on the page: an <svg> that may use currentColor and page CSS. */
  svg: string;
  /** Intrinsic size of `svg` in CSS pixels (its viewBox). */
  width: number;
  height: number;
  legend: readonly LegendItem[];
  /** Optional version drawn for narrow frames (under 480 px): shown instead of `svg` there, so text stays legible. */
  narrow?: { svg: string; width: number; height: number };
  /**
   * Optional stand-alone SVG for downloads when `svg` depends on page CSS (class-based colours).
   * Defaults to `svg` with currentColor made explicit.
   */
  exportSvg?: string;
  /**
   * Optional drawing for the social card, when the graphic is too tall to read at a card's size (a claim chart's
   * main panel without its placebo panel). Defaults to the graphic itself.
   */
  card?: { svg: string; width: number; height: number };
  data: GraphicData;
}

export interface GraphicFamily {
  /** URL segment: lower case letters, digits and '-', e.g. "seat-history". */
  family: string;
  /** Plural label for lists, e.g. "Seat vote-share charts". */
  label: string;
  /** Every key of the family (URL segments: letters, digits, '-' and '_'). */
  keys(): string[];
  /** Pure given the data layer: the same key always gives the same Graphic. */
  build(key: string): Graphic;
  /** A few keys for the /embed/ gallery when the family is large; all keys when absent. */
  sampleKeys?(): string[];
  /** True when the graphic is the headline of its page, so the page's social card image shows it. */
  socialCard?: boolean;
  /** The social card of the graphic's page when the page draws its own (a seat's), as a site path. */
  pageCard?(key: string): string;
}

// What the site publishes for a registered graphic: absolute URLs, the embed snippet, the export SVG and the oEmbed JSON.
import { dataVersion } from '../data/index';
import { exportSvg, type ExportedSvg } from '../lib/export/export-svg';
import { oembedRich, type OembedRich } from '../lib/export/oembed';
import {
  DEFAULT_EMBED_THEME,
  embedSnippet,
  initialHeight,
  responsiveBox,
  tallestHeight,
  type EmbedTheme,
  type ResponsiveBox,
} from '../lib/export/snippet';
import { absolute, graphicCardPath } from '../site/paths';
import { family, graphic } from './index';
import { CARD_HEIGHT, CARD_WIDTH } from '../lib/export/og-card';
import type { Graphic } from './types';

export function embedUrl(g: Graphic, site: URL | undefined): string {
  return absolute(`embed/${g.family}/${g.key}/`, site);
}

const boxes = new Map<string, ResponsiveBox>();
/** A graphic's script-free box, worked out once for its snippet and its oEmbed (it reads the content at every width). */
function box(g: Graphic): ResponsiveBox {
  const id = `${g.family}/${g.key}`;
  let b = boxes.get(id);
  if (!b) boxes.set(id, (b = responsiveBox(g)));
  return b;
}

/** The paste-in embed code: a responsive box that needs no script, the frame, and the optional resizer. */
export function snippetFor(g: Graphic, site: URL | undefined, theme: EmbedTheme = DEFAULT_EMBED_THEME): string {
  return embedSnippet({
    embedUrl: embedUrl(g, site),
    scriptUrl: absolute('embed.js', site),
    title: g.title,
    height: initialHeight(g.height, g.legend.length),
    box: box(g),
    theme,
  });
}

export function oembedFor(g: Graphic, site: URL | undefined): OembedRich {
  // oEmbed consumers size the frame from width and height (and may strip the style a responsive box needs), so its
  // html is a plain fixed-height iframe: as tall as the embed gets in a phone's column, so that a host that drops the
  // resizing script still shows the source line. With the script it fits its content exactly.
  const height = tallestHeight(box(g));
  const html = embedSnippet({
    embedUrl: embedUrl(g, site),
    scriptUrl: absolute('embed.js', site),
    title: g.title,
    height,
    theme: DEFAULT_EMBED_THEME,
  });
  const card = cardOf(g);
  const thumbnail = card ? { url: absolute(card, site), width: CARD_WIDTH, height: CARD_HEIGHT } : undefined;
  return oembedRich({ title: g.title, providerUrl: absolute('', site), html, width: g.width, height, thumbnail });
}

/** The social card that shows a graphic: its own (families with socialCard) or its page's (a seat's); else none. */
export function cardOf(g: Graphic): string | null {
  const f = family(g.family);
  return f.pageCard?.(g.key) ?? (f.socialCard ? graphicCardPath(g.family, g.key) : null);
}

const exported = new Map<string, ExportedSvg>();
/** The downloadable SVG (cached); the reader's browser draws the PNG download from it (src/client/png-browser.ts). */
export function exportFor(familyName: string, key: string, site: URL | undefined): ExportedSvg {
  const id = `${familyName}/${key}`;
  let e = exported.get(id);
  if (!e) {
    const g = graphic(familyName, key);
    e = exportSvg(g, { version: dataVersion(), permalinkUrl: absolute(g.permalink, site) });
    exported.set(id, e);
  }
  return e;
}

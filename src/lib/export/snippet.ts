// The embed code a reader pastes into an article: a responsive iframe plus the published resizer script.
import { escapeAttr } from '../format/escape';

export interface SnippetInput {
  /** Absolute URL of /embed/{family}/{key}/. */
  embedUrl: string;
  /** Absolute URL of /embed.js. */
  scriptUrl: string;
  title: string;
  /** Initial height in pixels, before the embed reports its own. */
  height: number;
}

export function iframeHtml(s: SnippetInput): string {
  return `<iframe src="${escapeAttr(s.embedUrl)}" title="${escapeAttr(s.title)}" data-groundwork-embed style="width:100%;border:0" height="${Math.round(s.height)}" loading="lazy"></iframe>`;
}

export function embedSnippet(s: SnippetInput): string {
  return `${iframeHtml(s)}<script src="${escapeAttr(s.scriptUrl)}" async></script>`;
}

/** A first guess at the embed's height: the graphic plus title, legend, caption and source lines. */
export function initialHeight(graphicHeight: number, legendItems: number): number {
  return Math.round(graphicHeight + 150 + Math.ceil(legendItems / 3) * 22);
}

// Rewrites the attributes of an SVG string's root element, so a page SVG can be nested in a composed export.
import { escapeAttr } from '../format/escape';

/** Sets (or replaces) attributes on the first <svg> tag; a value of null removes the attribute. */
export function setRootAttrs(svg: string, attrs: Record<string, string | number | null>): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('not an SVG: no <svg> element');
  let tag = open[0];
  for (const [name, value] of Object.entries(attrs)) {
    tag = tag.replace(new RegExp(`\\s${name}="[^"]*"`, 'g'), '');
    if (value !== null) tag = tag.replace(/^<svg\b/, `<svg ${name}="${escapeAttr(value)}"`);
  }
  return svg.slice(0, open.index) + tag + svg.slice(open.index + open[0].length);
}

/** The same SVG with colours that came from the page (currentColor) made explicit, for use outside the page. */
export function explicitColours(svg: string, ink: string): string {
  return svg.replace(/currentColor/g, ink);
}

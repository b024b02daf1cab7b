// The one finishing step for an Observable Plot drawing, at build time (linkedom's document) and in the browser:
// an accessible name and description, no nested labels, and nothing the site's Content-Security-Policy blocks. Plot's
// own <style> element goes too: the site's and the embeds' stylesheets hold its rules (display, white-space), and a
// downloaded SVG has no class for it to match.

export interface ChartText {
  /** Short accessible name, e.g. "Vote share in Putney, 2010 to 2019". */
  label: string;
  /** One or two sentences saying what the chart shows (read by screen readers; the table beside it has the numbers). */
  description: string;
}

export interface FinishOptions {
  /** Give the description this id and point aria-describedby at it (the build's pages; ids must be unique there). */
  descId?: string;
}

/** Finishes Plot's output in place and returns its SVG element (Plot wraps it in a figure when it has a legend). */
export function finishPlot(node: Element, text: ChartText, opts: FinishOptions = {}): Element {
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg) throw new Error('Plot produced no SVG');
  for (const s of svg.querySelectorAll('style')) s.remove();
  // Plot labels its mark groups for screen readers; inside an image role those names are prohibited noise.
  for (const n of svg.querySelectorAll('[aria-label], [aria-description]')) {
    n.removeAttribute('aria-label');
    n.removeAttribute('aria-description');
  }
  // Style attributes are blocked by the CSP: keep the font size as a presentation attribute.
  for (const n of [svg, ...svg.querySelectorAll('[style]')]) {
    const style = n.getAttribute('style');
    if (style === null) continue;
    const size = /font-size:\s*([\d.]+px)/.exec(style)?.[1];
    if (size) n.setAttribute('font-size', size);
    n.removeAttribute('style');
  }
  // Plot writes font-variant="tabular-nums", which is not a valid SVG attribute value; CSS does the same job.
  for (const n of svg.querySelectorAll('[font-variant]')) {
    n.removeAttribute('font-variant');
    n.setAttribute('class', `${n.getAttribute('class') ?? ''} gw-tabular`.trim());
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', text.label);
  if (opts.descId) svg.setAttribute('aria-describedby', opts.descId);
  svg.removeAttribute('aria-description');
  const desc = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'desc');
  if (opts.descId) desc.setAttribute('id', opts.descId);
  desc.textContent = text.description;
  svg.insertBefore(desc, svg.firstChild);
  return svg;
}

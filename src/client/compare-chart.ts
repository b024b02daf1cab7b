// Draws the test-your-own-seats chart: the strip layout as SVG elements, every text set with textContent.
import { stripLayout } from '../charts/compare-strip';
import type { StripInput } from '../charts/claim-strip';

const NS = 'http://www.w3.org/2000/svg';

function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

function withTitle(e: SVGElement, title: string | undefined): SVGElement {
  if (title) {
    const t = svgEl('title', {});
    t.textContent = title;
    e.appendChild(t);
  }
  return e;
}

/** An accessible SVG (role img, name and description) of the strip chart. */
export function drawStrip(
  input: Omit<StripInput, 'kind'>,
  label: string,
  description: string,
  idBase: string,
  width = 640,
): SVGSVGElement {
  const layout = stripLayout(input, { width, marginLeft: width < 520 ? 112 : 170 });
  const svg = svgEl('svg', {
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    width: layout.width,
    height: layout.height,
    role: 'img',
    class: 'cmp-chart',
    'aria-labelledby': `${idBase}-t`,
    'aria-describedby': `${idBase}-d`,
  });
  const title = svgEl('title', { id: `${idBase}-t` });
  title.textContent = label;
  const desc = svgEl('desc', { id: `${idBase}-d` });
  desc.textContent = description;
  svg.append(title, desc);
  for (const s of layout.shapes) {
    switch (s.kind) {
      case 'circle':
        svg.appendChild(
          withTitle(svgEl('circle', { cx: s.cx.toFixed(1), cy: s.cy.toFixed(1), r: s.r, class: s.cls }), s.title),
        );
        break;
      case 'line':
        svg.appendChild(
          svgEl('line', {
            x1: s.x1.toFixed(1),
            y1: s.y1.toFixed(1),
            x2: s.x2.toFixed(1),
            y2: s.y2.toFixed(1),
            class: s.cls,
          }),
        );
        break;
      case 'polygon':
        svg.appendChild(withTitle(svgEl('polygon', { points: s.points, class: s.cls }), s.title));
        break;
      case 'text': {
        const t = svgEl('text', { x: s.x.toFixed(1), y: s.y.toFixed(1), 'text-anchor': s.anchor, class: s.cls });
        t.textContent = s.text;
        svg.appendChild(t);
        break;
      }
    }
  }
  return svg;
}

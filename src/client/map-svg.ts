// Turns the map kit's escaped SVG strings into DOM nodes (parsed as XML, so nothing in them can run).
const SVG_NS = 'http://www.w3.org/2000/svg';

export function parseSvg(markup: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.namespaceURI !== SVG_NS || root.localName !== 'svg') throw new Error('not an SVG document');
  return document.importNode(root, true) as unknown as SVGSVGElement;
}

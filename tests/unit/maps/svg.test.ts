// SVG rendering of maps and legends: structure, accessible names, escaping of hostile text, no scripts.
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildMapGeometry } from '../../../pipeline/steps/geometry';
import { MISSING_COLOUR, scaleFor } from '../../../src/lib/maps/colour';
import { wrapText } from '../../../src/lib/export/wrap';
import { legendSummary, renderLegendSvg, renderMapSvg, type RenderMapOptions } from '../../../src/lib/maps/svg';
import { missing } from '../../../src/lib/missing';
import { fourHexes } from '../../support/map-fixtures';

const HOSTILE = '<script>alert("x")</script> & \'quotes\' </svg><a href="javascript:alert(1)">';
const geom = buildMapGeometry(
  fourHexes({ text: fourHexes().text.replace('"n": "Alpha"', `"n": ${JSON.stringify(HOSTILE)}`) }),
);
const names = new Map(geom.seats.map((s) => [s.code, s.name]));

const options: RenderMapOptions = {
  idPrefix: 'test-map',
  title: HOSTILE,
  description: `Desc ${HOSTILE}`,
  fill: (code) => (code === 'HD' ? MISSING_COLOUR : code === 'HC' ? '" onload="alert(1)' : '#0087DC'),
  label: (code) => `${names.get(code)}: value`,
  href: (code) => (code === 'HB' ? 'javascript:alert(1)' : `/seat/${code}/`),
  current: 'HC',
};
const svg = renderMapSvg(geom, options);
// Parsed as a browser does inline SVG in a page (linkedom's XML mode leaves &lt; undecoded in attributes).
const doc = new DOMParser().parseFromString(`<!doctype html><html><body>${svg}</body></html>`, 'text/html');
const root = doc.querySelector('svg')!;
const links = [...doc.querySelectorAll('a')];

describe('renderMapSvg', () => {
  it('is a labelled group: role, title and desc referenced by id', () => {
    expect(root.parentElement!.tagName.toLowerCase()).toBe('body');
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('title')!.textContent).toBe(HOSTILE);
    expect(root.getAttribute('role')).toBe('group');
    expect(root.getAttribute('aria-labelledby')).toBe('test-map-title');
    expect(root.getAttribute('aria-describedby')).toBe('test-map-desc');
    expect(root.getAttribute('aria-label')).toBeNull();
    expect(root.getAttribute('viewBox')).toBe('0 0 63.3 55');
    expect(doc.getElementById('test-map-title')!.textContent).toBe(HOSTILE);
    expect(doc.getElementById('test-map-desc')!.textContent).toBe(`Desc ${HOSTILE}`);
  });

  it('keeps hostile names as text: no script element, no event handlers, no javascript: links', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name.startsWith('on')).toBe(false);
    }
    expect(links).toHaveLength(4);
    expect(links[0]!.getAttribute('aria-label')).toBe(`${HOSTILE}: value`);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/seat/HA/', '#', '/seat/HC/', '/seat/HD/']);
    expect(svg).not.toMatch(/<script/i);
  });

  it('makes every seat a named link with its code and a path; arrow-key neighbours stay in the geometry file', () => {
    expect(links.map((a) => a.getAttribute('data-code'))).toEqual(['HA', 'HB', 'HC', 'HD']);
    for (const a of links) expect(a.getAttribute('aria-label')).toMatch(/: value$/);
    // The geometry has HA's neighbours (right HB, up HC); the browser reads them from /maps/{area}/{kind}-{set}.json.
    for (const d of ['left', 'right', 'up', 'down']) expect(links[0]!.getAttribute(`data-${d}`)).toBeNull();
    expect(links[0]!.querySelector('path')!.getAttribute('d')).toBe('M18.7 25l8.6 5 0 10-8.6 5-8.7-5 0-10z');
    expect(links[0]!.getAttribute('class')).toBe('gw-map__seat');
    expect(links[2]!.getAttribute('aria-current')).toBe('page');
  });

  it('fills missing seats with the hatch pattern, and escapes fills', () => {
    expect(links[3]!.getAttribute('class')).toBe('gw-map__seat gw-map__seat--missing');
    expect(links[3]!.querySelector('path')!.getAttribute('fill')).toBe('url(#test-map-missing)');
    expect(doc.getElementById('test-map-missing')!.tagName.toLowerCase()).toBe('pattern');
    expect(links[2]!.querySelector('path')!.getAttribute('fill')).toBe('" onload="alert(1)');
  });

  it('draws the region mesh on top, hidden from assistive tech and the pointer', () => {
    const overlay = doc.querySelector('.gw-map__overlay')!;
    expect(overlay.getAttribute('aria-hidden')).toBe('true');
    expect(overlay.getAttribute('pointer-events')).toBe('none');
    expect(overlay.querySelector('.gw-map__regions')!.getAttribute('d')).toBe(geom.regionMesh);
    expect(root.lastElementChild).toBe(overlay);
  });

  it('refuses an id prefix that could break out of an attribute', () => {
    expect(() => renderMapSvg(geom, { ...options, idPrefix: 'a"b' })).toThrow(/idPrefix/);
  });
});

describe('legends', () => {
  it('renders a diverging legend as a titled image with ticks, note and the missing key', () => {
    const scale = scaleFor({ kind: 'swing' }, [-3, 1, 2, 7.3, missing('speaker-seat')]);
    const out = renderLegendSvg(scale.legend, { idPrefix: 'leg', width: 320 });
    const d = new DOMParser().parseFromString(out, 'image/svg+xml');
    expect(d.documentElement.getAttribute('role')).toBe('img');
    expect(d.getElementById('leg-title')!.textContent).toBe(
      'Butler swing, Labour to Conservative (percentage points): from \u221210 to +10. Teal: swing towards the Conservatives. Brown: swing towards Labour. Grey hatching: no value (The Speaker stood at one or both of the two elections, so the main parties did not both stand).',
    );
    expect([...d.querySelectorAll('text')].map((t) => t.textContent)).toContain('+5');
    expect(d.querySelectorAll('linearGradient stop')).toHaveLength(11);
  });

  it('escapes categorical labels and summarises them', () => {
    const legend = {
      ...scaleFor({ kind: 'winner' }, ['con']).legend,
      items: [{ key: 'x', colour: '#000', label: HOSTILE }],
    };
    const out = renderLegendSvg(legend, { idPrefix: 'leg2' });
    const d = new DOMParser().parseFromString(out, 'image/svg+xml');
    expect(d.querySelectorAll('script')).toHaveLength(0);
    expect([...d.querySelectorAll('text')].map((t) => t.textContent)).toContain(HOSTILE);
    expect(legendSummary(legend)).toBe(`Winning party: ${HOSTILE}. Grey hatching: no value.`);
  });

  it('wraps long text on word boundaries', () => {
    expect(wrapText('Butler swing, Labour to Conservative (percentage points)', 20)).toEqual([
      'Butler swing, Labour',
      'to Conservative',
      '(percentage points)',
    ]);
  });
});

// The site built from hostile data (tests/fixtures/hostile): names with <script>, quotes, </svg>, javascript: URLs,
// formulas and RTL marks appear only as text in HTML, SVG, JSON-LD, JSON, CSV, oEmbed files and embed snippets; a set
// title of 10,000 characters is stored once per map, not once per feature.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostileBuild, SKIP_SITE_BUILDS, type SiteBuild } from '../../tools/check/builds';
import { listFiles } from '../../tools/check/crawl';
import { hostileStrings, LONG_WORD, LONG_WORD_SET } from '../../tools/check/hostile-strings';

const h = hostileStrings();
let site: SiteBuild & { derived: string };
let files: string[] = [];
const read = (f: string) => readFileSync(join(site.dist, f), 'utf8');

/** Executable script elements: no type, a JavaScript type or module. */
const executable = (type: string | undefined) =>
  !type || /^(module|text\/javascript|application\/javascript)$/i.test(type);
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'];

/** Elements a payload would have created had it been parsed as markup, and handlers or javascript: URLs anywhere. */
function injected(root: ParentNode): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    for (const a of el.getAttributeNames()) {
      if (/^on[a-z]+$/i.test(a)) out.push(`<${tag} ${a}>`);
      if (URL_ATTRS.includes(a) && /^\s*javascript:/i.test(el.getAttribute(a) ?? ''))
        out.push(`<${tag} ${a}="${el.getAttribute(a)}">`);
    }
    if (tag === 'img' && el.getAttribute('src') === 'x') out.push('<img src=x>');
    if (tag === 'b' && el.textContent === 'bold') out.push('<b>bold</b>');
    if (
      tag === 'script' &&
      executable(el.getAttribute('type') ?? undefined) &&
      /__gwPwned|alert\(/.test(el.textContent ?? '')
    )
      out.push('<script> with a payload');
  }
  return out;
}

describe.skipIf(SKIP_SITE_BUILDS)('(own site build; GROUNDWORK_SKIP_SITE_BUILDS=1 skips it)', () => {
  beforeAll(async () => {
    site = await hostileBuild();
    files = listFiles(site.dist);
    console.log(
      `hostile site: ${files.length} files (build ${(site.ms / 1000).toFixed(0)} s${site.reused ? ', reused from the cache' : ''})`,
    );
  }, 3_600_000);

  describe('hostile strings never become markup', () => {
    it('no page or SVG file has an element a payload would create, an inline event handler or a javascript: URL', () => {
      const found: string[] = [];
      let parsed = 0;
      for (const f of files.filter((x) => /\.(html|svg)$/.test(x))) {
        const text = read(f);
        if (!/gwPwned|alert\(|src=x|bold<\/b>|javascript:|\son[a-z]+\s*=/i.test(text)) continue;
        parsed++;
        const doc = f.endsWith('.svg')
          ? new (parseHTML('<!doctype html>').DOMParser)().parseFromString(text, 'image/svg+xml')
          : parseHTML(text).document;
        for (const e of injected(doc)) found.push(`${f}: ${e}`);
      }
      console.log(`hostile site: ${parsed} files with payload text parsed`);
      expect(found.slice(0, 30)).toEqual([]);
    });
  });

  describe('hostile seat pages show the names as text', () => {
    for (const s of h.seats) {
      it(`${s.code} (${s.source}): h1, title, description, og:title and JSON-LD hold the exact name`, () => {
        const html = read(`seat/${s.code}/index.html`);
        const { document } = parseHTML(html);
        // The heading is the name as text, then the boundary set in its own span (and no other element). Astro marks
        // elements of a component with scoped styles with a class of its own (astro-…), which is not page content.
        const h1 = document.querySelector('h1')!;
        const own = (e: Element) => [...e.classList].filter((c) => !c.startsWith('astro-')).join(' ');
        expect([...h1.children].map((e) => [e.tagName, own(e)])).toEqual([['SPAN', 'boundaries']]);
        expect(h1.textContent).toBe(`${s.name} ${h1.querySelector('.boundaries')!.textContent}`);
        expect(document.title).toContain(s.name);
        expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toContain(s.name);
        expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content')).toContain(s.name);
        for (const el of document.querySelectorAll('script')) {
          const type = el.getAttribute('type') ?? '';
          if (executable(type)) expect(el.getAttribute('src'), 'only external same-origin scripts').toMatch(/^\/[^/]/);
          if (/json/.test(type)) {
            expect(el.textContent).not.toMatch(/<\/script|<!--/i);
            expect(() => JSON.parse(el.textContent ?? '')).not.toThrow();
          }
        }
        // Inline SVG charts: their accessible names and titles carry the name as text, never as elements.
        for (const svg of document.querySelectorAll('svg')) {
          expect(svg.querySelectorAll('script, foreignObject, svg svg').length).toBe(0);
        }
      });
    }
  });

  describe('a 10,000-character set title', () => {
    it('is stored a few times in its map embed, not once per hex: the page stays under 0.5 MB', () => {
      const f = `embed/map/hex-2019-set-${LONG_WORD_SET}/index.html`;
      const copies = read(f).split(LONG_WORD).length - 1;
      const bytes = statSync(join(site.dist, f)).size;
      console.log(`hostile site: ${f} holds the title ${copies} times, ${bytes.toLocaleString('en-GB')} bytes`);
      expect(copies).toBeGreaterThan(0);
      expect(copies).toBeLessThan(10);
      expect(bytes).toBeLessThan(500_000);
    });
  });

  describe('data files keep hostile strings intact and safe', () => {
    it('every JSON file parses; the search index holds each hostile name exactly', () => {
      const json = files.filter((f) => f.endsWith('.json'));
      for (const f of json) expect(() => JSON.parse(read(f)), f).not.toThrow();
      const index = json.find((f) => f.startsWith('search/'));
      expect(index).toBeDefined();
      const names = JSON.stringify(JSON.parse(read(index!)));
      for (const s of h.seats) expect(names).toContain(JSON.stringify(s.name).slice(1, -1));
    });

    it('no CSV cell starts with = @ tab or CR, or with + or - unless it is a plain number', () => {
      const bad: string[] = [];
      let cells = 0;
      for (const f of files.filter((x) => x.endsWith('.csv'))) {
        const rows = Papa.parse<string[]>(read(f).replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
        for (const row of rows) {
          for (const c of row) {
            cells++;
            if (/^[=@\t\r]/.test(c) || (/^[+-]/.test(c) && !/^[+-]?\d+(\.\d+)?$/.test(c))) bad.push(`${f}: ${c}`);
          }
        }
      }
      console.log(`hostile site: ${cells} CSV cells checked`);
      expect(bad.slice(0, 20)).toEqual([]);
    });

    it('the formula names reach the CSV downloads neutralised with an apostrophe', () => {
      const all = files
        .filter((x) => x.endsWith('.csv'))
        .map(read)
        .join('\n');
      for (const s of h.seats.filter((x) => /^[=@]/.test(x.name))) {
        expect(all).toContain(`'${s.name.includes('"') ? s.name.replace(/"/g, '""') : s.name}`);
      }
    });

    it('oEmbed files: valid JSON whose html is an iframe (and the embed script) with the title escaped', () => {
      const oembed = files.filter((f) => f.startsWith('oembed/') && f.endsWith('.json'));
      for (const f of oembed) {
        const o = JSON.parse(read(f)) as { html?: string; title?: string };
        if (!o.html) continue;
        const { document } = parseHTML(`<!doctype html><html><body>${o.html}</body></html>`);
        const elements = [...document.body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase());
        expect(
          elements.every((t) => t === 'iframe' || t === 'script'),
          `${f}: ${elements.join(',')}`,
        ).toBe(true);
        for (const s of document.body.querySelectorAll('script')) expect(s.textContent, f).toBe('');
        if (o.title) expect(document.querySelector('iframe')?.getAttribute('title'), f).toBe(o.title);
      }
    });
  });
});

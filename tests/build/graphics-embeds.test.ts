// Embed pages in dist/: only the graphic, title, source line, data version and a link back; small; height script.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distBytes, distText, graphicsIndex, parse, toDistPath } from './dist-files';

const rows = graphicsIndex();
const version = /<meta name="groundwork:data-version" content="([^"]+)"/.exec(distText('index.html'))![1]!;

describe('embed pages', () => {
  it('contain no site header, footer, navigation or search, and show source, version and a link back in a new tab', () => {
    const bad: string[] = [];
    for (const r of rows) {
      const html = distText(toDistPath(r.embed));
      if (/<header|<footer|<nav|class="site"|SeatSearch|skip/.test(html)) bad.push(`${r.embed}: site chrome`);
      if (!html.includes('Source: ')) bad.push(`${r.embed}: no source line`);
      if (!html.includes(`Data version <code>${version}</code>`)) bad.push(`${r.embed}: no data version`);
      const back = [...parse(html).querySelectorAll('a[target="_blank"][rel="noopener"]')].some(
        (a) => a.getAttribute('href') === r.page,
      );
      if (!back) bad.push(`${r.embed}: no link back to ${r.page}`);
      if (!/<script src="[^"]*\/embed\/frame\.js" defer><\/script>/.test(html))
        bad.push(`${r.embed}: no height script`);
      if (!html.includes('<meta name="robots" content="noindex">')) bad.push(`${r.embed}: indexable`);
      // Opened on its own, a page that names no icon makes the browser ask for /favicon.ico, which 404s.
      if (!/<link rel="icon" href="[^"]*\/favicon\.svg"/.test(html)) bad.push(`${r.embed}: no icon`);
      // An embed has no table or tables below it: its text must not send a reader to one.
      if (/table (below|with) th|tables below|the table says/i.test(html))
        bad.push(`${r.embed}: names a table it lacks`);
    }
    expect(bad).toEqual([]);
  }, 300_000);

  it('every seat-chart embed is under 30 KB gzip with its script and the one stylesheet all embeds share', () => {
    const script = gzipSync(distBytes('embed/frame.js'), { level: 9 }).length;
    const sheets = new Set<string>();
    let max = 0;
    let maxAt = '';
    for (const r of rows.filter((x) => x.family === 'seat-history')) {
      const html = distBytes(toDistPath(r.embed)).toString('utf8');
      // The canonical link loads nothing, nor does the icon inside a host page's frame.
      const loads = html
        .match(/<(script|link|img)\b[^>]*(src|href)="[^"]*"/g)
        ?.filter((t) => !t.includes('canonical') && !t.startsWith('<link rel="icon"'));
      expect(loads?.length, r.embed).toBe(2);
      const sheet = loads!.find((t) => t.startsWith('<link rel="stylesheet" href="/_astro/'));
      expect(sheet, r.embed).toMatch(/^<link rel="stylesheet" href="\/_astro\/[^"]+\.css"$/);
      expect(
        loads!.find((t) => t !== sheet),
        r.embed,
      ).toMatch(/^<script [^>]*src="\/embed\/frame\.js"$/);
      sheets.add(sheet!);
      const css = gzipSync(distBytes(sheet!.match(/href="\/([^"]+)"/)![1]!), { level: 9 }).length;
      const total = gzipSync(html, { level: 9 }).length + script + css;
      if (total > max) [max, maxAt] = [total, r.embed];
    }
    console.log(`largest seat-chart embed: ${max} bytes gzip with frame.js and its stylesheet (${maxAt})`);
    expect(max).toBeLessThan(30 * 1024);
    expect(sheets.size).toBe(1);
  }, 300_000);

  it('the height script posts {type, height, id} to the parent and answers pings', () => {
    const js = distText('embed/frame.js');
    expect(js).toContain("window.parent.postMessage({ type: 'groundwork:height', height: h, id: id }, '*')");
    expect(js).toContain('new ResizeObserver');
    expect(js).toContain("e.data.type === 'groundwork:ping'");
  });

  it('the published resizer checks both the message source window and the frame origin', () => {
    const js = distText('embed.js');
    expect(js).toContain('frame.contentWindow !== event.source');
    expect(js).toContain('originOf(frame) !== event.origin');
    expect(js).not.toMatch(/https?:\/\//);
  });
});

describe('a family list (/embed/{family}/)', () => {
  it("describes each row's links by the row's heading, the graphic's title, for a screen reader's list of links", () => {
    const doc = parse(distText('embed/seat-history/index.html'));
    const rows = [...doc.querySelectorAll('tbody tr')];
    expect(rows.length).toBe(graphicsIndex().filter((r) => r.family === 'seat-history').length);
    const bad = rows.flatMap((tr) => {
      const th = tr.querySelector('th')!;
      return [...tr.querySelectorAll('td a')]
        .filter((a) => a.getAttribute('aria-describedby') !== th.id || !th.textContent!.startsWith('Vote share'))
        .map((a) => a.getAttribute('href'));
    });
    expect(bad).toEqual([]);
  });
});

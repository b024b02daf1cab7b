// The embed snippet and the oEmbed response built from it.
import { describe, expect, it } from 'vitest';
import { oembedRich } from '../../../src/lib/export/oembed';
import {
  boxHeight,
  contentHeight,
  embedSnippet,
  iframeHtml,
  initialHeight,
  responsiveBox,
  tallestHeight,
  snippetLabel,
  themedSnippet,
  themedUrl,
} from '../../../src/lib/export/snippet';

const input = {
  embedUrl: 'https://example.org/embed/seat-history/E14000887/',
  scriptUrl: 'https://example.org/embed.js',
  title: 'Vote share "Putney" <2019>',
  height: 494.4,
};

describe('embed snippet', () => {
  it('is a full-width borderless lazy iframe marked for the resizer, then the async script', () => {
    expect(embedSnippet(input)).toBe(
      '<iframe src="https://example.org/embed/seat-history/E14000887/" title="Vote share &quot;Putney&quot; &lt;2019&gt;" data-groundwork-embed style="width:100%;border:0" height="494" loading="lazy"></iframe>' +
        '<script src="https://example.org/embed.js" async></script>',
    );
  });
  it('starts from the graphic height plus room for title, caption and legend rows of three', () => {
    expect(initialHeight(300, 5)).toBe(300 + 150 + 2 * 22);
    expect(initialHeight(300, 0)).toBe(450);
  });
});

describe('script-free responsive box', () => {
  const chart = {
    title: 'Vote share by party in Putney, 2010 to 2019',
    caption: 'Share of valid votes, Putney. Parties under 3% at every election are in the tables only.',
    source: 'House of Commons Library (Open Parliament Licence v3.0). Chart: Groundwork.',
    width: 640,
    height: 300,
    narrow: { width: 340, height: 300 },
    legend: [{ label: 'Con' }, { label: 'Lab' }, { label: 'LD' }, { label: 'Green' }],
  };

  /** Falls 0.05 px per px of column from 800 px at 0 px wide, to no less than 400 px. */
  const FALL = { fall: { slope: -0.05, offset: 800 }, floor: 400 };

  it('puts the frame in a box whose padding is min(a% + b px, cap, a falling line no lower than a floor) of the host column, and pins a theme in the URL', () => {
    const html = embedSnippet({
      ...input,
      box: { narrow: null, wide: { slope: 0.5, offset: 120.2 }, cap: 500.1, ...FALL },
      theme: 'light',
    });
    expect(html).toBe(
      '<div data-groundwork-box style="position:relative;width:100%;height:0;padding-top:min(calc(50.00% + 121px), 501px, max(400px, calc(-5.00% + 800px)))">' +
        '<iframe src="https://example.org/embed/seat-history/E14000887/?theme=light" title="Vote share &quot;Putney&quot; &lt;2019&gt;" data-groundwork-embed style="position:absolute;top:0;left:0;width:100%;height:100%;border:0" loading="lazy"></iframe></div>' +
        '<script src="https://example.org/embed.js" async></script>',
    );
  });

  it('the dark and follow-the-reader snippets the browser makes from the light one equal the ones the build would write', () => {
    const box = { narrow: { slope: 0.02, offset: 500 }, wide: { slope: 0.5, offset: 120.2 }, cap: 500.1, ...FALL };
    // A frame address and title carrying what escaping changes, "src=" and "$&" included.
    const hostile = {
      ...input,
      embedUrl: 'https://e.org/g&w/embed/x/"src=$&/',
      title: 'src="x" $& <iframe src="a">',
      box,
    };
    for (const s of [{ ...input, box }, hostile]) {
      const light = embedSnippet({ ...s, theme: 'light' });
      for (const theme of ['dark', 'auto'] as const) {
        expect(themedSnippet(light, s.embedUrl, 'light', theme)).toBe(embedSnippet({ ...s, theme }));
        expect(themedSnippet(light, s.embedUrl, 'light', theme)).not.toBe(light);
      }
    }
    expect(snippetLabel('light')).toBe("Embed code: paste it into your page's HTML");
    expect(snippetLabel('dark')).toBe("Embed code (dark): paste it into your page's HTML");
    expect(snippetLabel('auto')).toBe("Embed code (following the reader's setting): paste it into your page's HTML");
  });

  it('auto adds nothing to the URL; light and dark add ?theme=', () => {
    expect(themedUrl('https://e.org/embed/a/b/')).toBe('https://e.org/embed/a/b/');
    expect(themedUrl('https://e.org/embed/a/b/', 'dark')).toBe('https://e.org/embed/a/b/?theme=dark');
  });

  it('with a narrow drawing, switches lines at 488 px in CSS alone (clamp steps), each line capped where it applies', () => {
    const html = embedSnippet({
      ...input,
      box: { narrow: { slope: 0.1, offset: 700 }, wide: { slope: 0.5, offset: 100 }, cap: 600, ...FALL },
    });
    expect(html).toContain(
      'padding-top:min(calc(min(calc(50.00% + 100px), 600px, max(400px, calc(-5.00% + 800px))) + clamp(0px, (488px - 100%) * 1000, 99999px)), calc(10.00% + 700px + clamp(0px, (100% - 488px) * 1000, 99999px)))',
    );
  });

  /** A chart with a narrow drawing, one with a tall narrow drawing, and one without. */
  const SHAPES = [
    chart,
    { ...chart, narrow: { width: 360, height: 900 }, width: 760, height: 420 },
    { ...chart, narrow: undefined },
  ];

  it('is never shorter than the estimated content at any width from 300 px up, never more than a fifth taller, and flat in the widest columns', () => {
    for (const m of SHAPES) {
      const box = responsiveBox(m);
      for (let w = 300; w <= 4000; w += 1) {
        const need = contentHeight(m, w);
        expect(boxHeight(box, w), `at ${w} px`).toBeGreaterThanOrEqual(need - 1e-9);
        expect(boxHeight(box, w), `at ${w} px`).toBeLessThan(need * 1.2 + 30);
      }
      expect(boxHeight(box, 4000)).toBe(Math.ceil(box.floor));
    }
  });

  it('past the drawing, falls with the text that needs fewer lines: within 25 px of the content from there on', () => {
    for (const m of SHAPES) {
      const box = responsiveBox(m);
      const gaps: number[] = [];
      for (let w = Math.max(m.width + 8, 588); w <= 2400; w += 1) gaps.push(boxHeight(box, w) - contentHeight(m, w));
      expect(Math.max(...gaps)).toBeLessThan(25);
    }
  });

  it("the oEmbed frame's fixed height is the box's tallest from 300 px up, reached at some width: it clips nothing", () => {
    for (const m of SHAPES) {
      const box = responsiveBox(m);
      const heights: number[] = [];
      for (let w = 300; w <= 4000; w += 1) heights.push(Math.ceil(boxHeight(box, w)));
      expect(tallestHeight(box)).toBe(Math.max(...heights));
    }
  });

  it('switches to the narrow drawing when the figure (frame less 8 px) is under 480 px: a 340 x 300 drawing at 390 px is 300 px tall', () => {
    expect(contentHeight(chart, 390) - contentHeight({ ...chart, narrow: undefined }, 390)).toBeCloseTo(
      300 - 300 * (382 / 640),
      6,
    );
  });
});

describe('oembedRich', () => {
  it('is an oEmbed 1.0 rich response with whole-pixel sizes', () => {
    expect(
      oembedRich({
        title: 'T',
        providerUrl: 'https://example.org/',
        html: iframeHtml(input),
        width: 640.2,
        height: 494.4,
      }),
    ).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'T',
      provider_name: 'Groundwork',
      provider_url: 'https://example.org/',
      html: iframeHtml(input),
      width: 640,
      height: 494,
    });
  });
});

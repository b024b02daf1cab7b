// The embed snippet and the oEmbed response built from it.
import { describe, expect, it } from 'vitest';
import { oembedRich } from '../../../src/lib/export/oembed';
import { embedSnippet, iframeHtml, initialHeight } from '../../../src/lib/export/snippet';

const input = { embedUrl: 'https://example.org/embed/seat-history/E14000887/', scriptUrl: 'https://example.org/embed.js', title: 'Vote share "Putney" <2019>', height: 494.4 };

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

describe('oembedRich', () => {
  it('is an oEmbed 1.0 rich response with whole-pixel sizes', () => {
    expect(oembedRich({ title: 'T', providerUrl: 'https://example.org/', html: iframeHtml(input), width: 640.2, height: 494.4 })).toEqual({
      version: '1.0', type: 'rich', title: 'T', provider_name: 'Groundwork', provider_url: 'https://example.org/', html: iframeHtml(input), width: 640, height: 494,
    });
  });
});

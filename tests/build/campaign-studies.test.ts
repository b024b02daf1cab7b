// What studies of local campaigning found, as a reader and a blogger take it away from the built site (dist/): the
// /claims/ page lists every study with a link to its source, /claims/studies.csv, which it links, has the same, and
// each claim page points to them.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { distBytes, distText, parse, text, within } from './dist-files';

describe('campaign studies in dist/', () => {
  it('/claims/ lists each study of studies.csv with its source, finding and confidence', () => {
    const rows = Papa.parse<Record<string, string>>(distBytes('claims/studies.csv').subarray(3).toString('utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.length).toBe(10);
    const doc = parse(distText('claims/index.html'));
    const items = within([doc], '#studies ~ ul.studies > li');
    expect(items.map((li) => li.getAttribute('id'))).toEqual(rows.map((r) => `study-${r.id}`));
    items.forEach((li, i) => {
      const r = rows[i]!;
      expect(li.querySelector('a[rel="noopener"]')?.getAttribute('href')).toBe(r.source_url);
      const words = text(li);
      expect(words).toContain(r.finding);
      expect(words).toContain(`Confidence ${r.confidence}`);
      if (r.quote) expect(words).toContain(r.quote);
    });
    expect(within([doc], 'a[download]').some((a) => a.getAttribute('href') === '/claims/studies.csv')).toBe(true);
    expect(text(within([doc], '#studies')[0]!.parentElement!)).toContain(
      "No independent evaluation of Labour's Community Organising Unit was found.",
    );
  });

  it('every claim page points to the studies from what it cannot show', () => {
    for (const slug of ['yorkshire-organisers', 'organiser-seats', 'putney', 'remain-swing', 'unite-to-remain']) {
      const doc = parse(distText(`claims/${slug}/index.html`));
      expect(
        within([doc], '#caveats-h ~ p a').map((a) => a.getAttribute('href')),
        slug,
      ).toContain('/claims/#studies');
    }
  });
});

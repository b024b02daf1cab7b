// The organiser evidence as a blogger takes it away: organisers.csv (a source on every row) agrees with the /organisers/
// page, read from the built site (dist/). Moved from tests/e2e/published-data.spec.ts: nothing here needs a browser.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { distBytes, distText, one, parse, text, within } from './dist-files';

describe('organisers in dist/', () => {
  it('organisers.csv has a source on every row and agrees with the /organisers/ page', () => {
    const bytes = distBytes('data/organisers.csv');
    expect([...bytes.subarray(0, 3)], 'organisers.csv starts with a UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(bytes.subarray(3).toString('utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.length).toBe(31);
    expect(rows.every((r) => /^https?:\/\//.test(r.source_url!))).toBe(true);
    const doc = parse(distText('organisers/index.html'));
    const seatLinks = within([doc], 'table tbody th a').map((a) =>
      a.getAttribute('href')!.replace(/\/$/, '').split('/').pop(),
    );
    const codes = [...new Set(rows.filter((r) => r.ons_code).map((r) => r.ons_code!))];
    expect([...seatLinks].sort()).toEqual([...codes].sort());
    const sourceLinks = new Set(within([doc], '#content a[rel="noopener"]').map((a) => a.getAttribute('href')));
    for (const r of rows) expect(sourceLinks.has(r.source_url!), r.source_url).toBe(true);
    const content = text(one(within([doc], '#content'), '#content'));
    expect(content.split('This list is partial').length - 1, 'the caveat is said once').toBe(1);
    expect(content).toContain('17 community organisers');
    expect(text(one(within([doc], '#selection'), '#selection'))).toContain('How the unit chose where to work');
    expect(text(one(within([doc], '.selection-note blockquote'), '.selection-note blockquote'))).toContain(
      'post-industrial communities',
    );
  });

  it("the seat table gives each seat's 2017-2019 figures before its sources, the swing in words as on seat pages", () => {
    const doc = parse(distText('organisers/index.html'));
    const table = one(within([doc], 'table'), 'seat table');
    expect(within([table], 'thead th').map(text)).toEqual([
      'Seat',
      'Lab change 2017→19',
      'Butler swing 2017→19',
      'Link and source',
    ]);
    // Blackpool North and Cleveleys, 2019: Labour -9.0; Butler swing 8.6 points from Labour to the Conservatives.
    const row = one(within([table], 'tbody tr', 'Blackpool North and Cleveleys'), 'Blackpool row');
    // Each figure carries its column heading as its data-label, drawn above it on a phone, where the rows are cards.
    const cells = within([row], 'td').slice(0, 2);
    expect(cells.map(text)).toEqual(['−9.0', '8.6 Lab → Con']);
    expect(cells.map((c) => c.getAttribute('data-label'))).toEqual(['Lab change 2017→19', 'Butler swing 2017→19']);
  });
});

// Every CSV the built site publishes opens in Excel as UTF-8: each starts with a byte-order mark, without which Excel
// reads the file as Windows-1252 and a journalist sees "Ynys MÃ´n" (the chart downloads, claim tables, the downloads
// index and the alias list had none while the /data/ tables had one).
import { describe, expect, it } from 'vitest';
import { DOWNLOAD_DICTIONARY } from '~/lib/publish/dictionary-downloads';
import { csvTable, rowObject, stripBom } from '~/lib/csv/read';
import { distBytes, distFiles, distText } from './dist-files';

describe('CSV files in dist/', () => {
  it('every CSV starts with a UTF-8 byte-order mark (not the example file to upload, which is input)', () => {
    const files = distFiles('.csv').filter((f) => !f.startsWith('examples/'));
    expect(files.length).toBeGreaterThan(1300);
    const without = files.filter((f) => distBytes(f).subarray(0, 3).toString('hex') !== 'efbbbf');
    expect(without, `${without.length} of ${files.length} CSV files without a BOM`).toEqual([]);
  });

  it('the Ynys Môn chart CSV names the seat in UTF-8 after its mark', () => {
    const text = distBytes('downloads/seat-history/W07000112.csv').toString('utf8');
    expect(text.startsWith('\ufeffons_code,')).toBe(true);
    expect(text).toContain('W07000112,Ynys Môn,');
  });

  it('the columns /data/ lists for each chart and claim download are the columns of every file it describes', () => {
    // Each pattern's first address, {name} as any path part: e.g. downloads/claims/{slug}.csv (strip charts and scatters).
    const docs = DOWNLOAD_DICTIONARY.map((d) => ({
      re: new RegExp(
        `^${d.pattern
          .split(' ')[0]!
          .replace(/,$/, '')
          .replace(/[.]/g, '\\.')
          .replace(/\{[a-z]+\}/g, '[^/]+')}$`,
      ),
      columns: d.columns.map((c) => c.column).join(','),
    }));
    const files = distFiles('.csv');
    let checked = 0;
    for (const doc of docs) {
      const matching = files.filter((f) => doc.re.test(f));
      expect(matching.length, String(doc.re)).toBeGreaterThan(0);
      for (const f of matching) {
        const header = distBytes(f)
          .toString('utf8')
          .replace(/^\ufeff/, '')
          .split(/\r?\n/)[0];
        // A pattern with two kinds of file (strip charts and scatters) is right when one of its entries fits.
        expect(
          docs.filter((d) => d.re.test(f)).map((d) => d.columns),
          f,
        ).toContain(header);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1300);
  });

  it("every seat chart's CSV row joins results.csv on election, seat and the code the party stood under", () => {
    const { header, rows } = csvTable(stripBom(distText('data/results.csv')));
    const results = new Set(
      rows.map((r) => rowObject(header!.cells, r.cells)).map((r) => `${r.election}|${r.ons_code}|${r.party}`),
    );
    const files = distFiles('.csv').filter((f) => f.startsWith('downloads/seat-history/'));
    let renamed = 0;
    for (const f of files) {
      const t = csvTable(stripBom(distText(f)));
      for (const r of t.rows.map((x) => rowObject(t.header!.cells, x.cells))) {
        expect(results.has(`${r.election}|${r.ons_code}|${r.stood_as}`), `${f}: ${JSON.stringify(r)}`).toBe(true);
        if (r.stood_as !== r.party) renamed++;
      }
    }
    // Reform UK's 2019 points (the Brexit Party's share) are the rows whose line and code differ.
    expect(renamed).toBe(151);
  });
});

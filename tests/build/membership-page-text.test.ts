// What the membership page says beside its chart, read from dist/: a sentence must not be contradicted by a figure the
// chart and membership.csv show.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { distText, one, parse, text, within } from './dist-files';

describe('/membership/ in dist/', () => {
  it("the lede's Labour peak says which kind of figure it is when a higher figure of another kind is charted", () => {
    const rows = Papa.parse<Record<string, string>>(distText('data/membership.csv').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data.filter((r) => r.party === 'lab');
    const lede = text(one(within([parse(distText('membership/index.html'))], '.lede'), '.lede'));
    const peak = Number(/peaked at ([\d,]+)/.exec(lede)![1]!.replace(/,/g, ''));
    const yearEnd = rows.filter((r) => r.kind === 'year-end-accounts').map((r) => Number(r.members));
    // 564,443 (accounts, end of 2017) is the highest year-end figure; 575,000 (a statement, July 2017) is charted too.
    expect(peak).toBe(Math.max(...yearEnd));
    expect(Math.max(...rows.map((r) => Number(r.members)))).toBeGreaterThan(peak);
    expect(lede).toContain("Labour's year-end membership (party accounts) more than doubled");
  });

  it('dates each figure as precisely as its source does, in words', () => {
    const doc = parse(distText('membership/index.html'));
    const latest = one(within([doc], '[aria-label="Latest membership figure by party"] table'), 'latest table');
    const kindOf = (party: string) =>
      text(one(within([latest], 'tbody tr', party), party).querySelector('td.card-wide')!);
    // Labour's latest is from its accounts at 31 December 2024; the Greens' a statement dated to the month.
    expect(kindOf('Labour')).toBe('Accounts, 31 December 2024');
    expect(kindOf('Green')).toBe('Party statement or report at a date, December 2025');
    // The Conservatives' 134,000 in September 2013 (PA), a month-precision row of parties-reported.csv.
    const row = one(within([doc], 'tbody tr', '134,000'), 'the 134,000 row');
    expect(text(row.querySelector('th')!)).toBe('September 2013');
    expect(
      within([doc], 'tbody th')
        .map(text)
        .filter((t) => /^\d{4}-\d\d-\d\d/.test(t)),
    ).toEqual([]);
  });

  it("Labour's year-end table gives the year under a heading that names the day, so the column stays narrow on a phone", () => {
    const doc = parse(distText('membership/index.html'));
    const box = one(within([doc], '.table-scroll[aria-label="Labour membership by year"]'), 'Labour table');
    expect(text(within([box], 'thead th')[0]!)).toBe('Year (at 31 December)');
    const years = within([box], 'tbody th').map(text);
    expect(years[0]).toBe('2009');
    expect(years.every((y) => /^\d{4}$/.test(y))).toBe(true);
  });

  it('the long tables of figures and sources are cards on a phone, each cell naming its column', () => {
    const doc = parse(distText('membership/index.html'));
    for (const [label, columns] of [
      ['Labour membership by year', ['Members', 'Source', 'Confidence and notes']],
      ['Every membership figure', ['Party', 'Members', 'Kind', 'Source', 'Notes']],
    ] as const) {
      const table = one(within([doc], `.table-scroll[aria-label="${label}"] table.table-cards`), label);
      const rows = within([table], 'tbody tr');
      expect(rows.length).toBeGreaterThan(10);
      for (const tr of rows) expect([...tr.querySelectorAll('td')].map((td) => td.dataset.label)).toEqual(columns);
    }
  });
});

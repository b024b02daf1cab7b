// What the region pages say, read from the built HTML (dist/): the notes under the results-by-election table.
import { describe, expect, it } from 'vitest';
import { distText, one, parse, text, within } from './dist-files';

function historyNote(slug: string): string {
  const doc = parse(distText(`region/${slug}/index.html`));
  return text(one(within([doc], 'p.note', 'A dash means there is no figure'), `${slug} table note`));
}

describe('region pages in dist/', () => {
  it("gives the Butler swing in the seat pages' words, from the party that lost ground to the one that gained", () => {
    // London 2024: 3.2 points from Conservative to Labour, as Putney's page says of its region; the UK's 10.8.
    const doc = parse(distText('region/london/index.html'));
    const table = one(within([doc], '.table-scroll[aria-label="Results in London by election"] table'), 'history');
    const heads = within([table], 'thead th').map(text);
    const row = within([one(within([table], 'tbody tr', '2024'), '2024 row')], 'td').map(text);
    const cell = (h: string) => row[heads.indexOf(h) - 1];
    expect([cell('Butler swing'), cell('UK Butler swing')]).toEqual(['3.2 Con → Lab', '10.8 Con → Lab']);
    expect(text(one(within([parse(distText('seat/E14001434/index.html'))], 'tr', 'London'), 'London row'))).toContain(
      '3.2 Con → Lab',
    );
  });

  it("a party's dash in the results table says whether it did not stand or was counted with other candidates", () => {
    // The North East's table has a UKIP column; the 2019 and 2024 results files (and so the 2019 notional estimate)
    // count UKIP among all other candidates, so its dash there does not mean that UKIP did not stand.
    expect(historyNote('north-east')).toContain(
      "a party's dash means it did not stand, except for UKIP in 2019, 2019 notional and 2024: that election's results file counts the party among all other candidates, so its share here is not known; Reform in 2019 and 2019 notional is the Brexit Party, the same party under its earlier name.",
    );
    // Scotland's table names no party that a results file counts with the others.
    expect(historyNote('scotland')).toContain("a party's dash means it did not stand; Reform in 2019");
    // Northern Ireland: no Butler swing at any election (the Conservatives and Labour do not both stand), and the
    // UUP's 2010 dash is its joint ticket with the Conservatives, not a seat it left.
    expect(historyNote('northern-ireland')).toBe(
      "A dash means there is no figure: 2010 and the 2019 notional result have no earlier election on the same boundaries in the data, so no swing; in 2015, 2017, 2019 and 2024 there is no Butler swing either: Conservative and Labour did not both stand in both elections; a party's dash means it did not stand; the UUP in 2010 stood within the UCUNF joint ticket. The 2019 notional row is the 2019 election re-cut to the 2024 seats; seat counts are the official notional winners, shares are Groundwork's estimates.",
    );
  });

  it("the Brexit Party's 2019 share is in Reform UK's column, as Reform UK's change is measured from it, and says so", () => {
    // London 2019: the Brexit Party 1.4%, under Reform (it had shown a dash, said to mean the party did not stand).
    const doc = parse(distText('region/london/index.html'));
    const table = one(within([doc], '.table-scroll[aria-label="Results in London by election"] table'), 'history');
    const heads = within([table], 'thead th').map(text);
    const reform = (label: string) =>
      within([one(within([table], 'tbody tr', label), label)], 'td').map(text)[heads.indexOf('Reform') - 1];
    expect([reform('2019 Lab'), reform('2024')]).toEqual(['1.4%', '8.7%']);
    expect(historyNote('london')).toContain(
      'Reform in 2019 and 2019 notional is the Brexit Party, the same party under its earlier name',
    );
  });

  it("the map's help names the thicker lines as region borders only where the map draws them (the UK's, not a region's)", () => {
    const help = (path: string) => text(one(within([parse(distText(path))], '.gw-mapfig__help'), `${path} map help`));
    const said = 'The thicker lines are the borders of regions and nations.';
    expect(help('index.html')).toContain(said);
    expect(parse(distText('index.html')).querySelector('svg .gw-map__regions')).not.toBeNull();
    expect(help('region/london/index.html')).not.toContain(said);
    expect(parse(distText('region/london/index.html')).querySelector('svg .gw-map__regions')).toBeNull();
  });

  it('the lede gives the Butler swing since the 2019 notional result and the two changes it is made of where there is one, and says nothing of it where not', () => {
    const lede = (slug: string) =>
      text(one(within([parse(distText(`region/${slug}/index.html`))], 'p.lede', '2024:'), slug));
    // With the two changes it is made of: London's swing to Labour came with Labour's own share falling.
    expect(lede('london')).toMatch(
      /2024: .*\. Butler swing since the 2019 notional result: 3\.2 points from Conservative to Labour \(the Conservative share fell 11\.5 points and Labour's 5\.1\)\.$/,
    );
    expect(lede('northern-ireland')).toBe(
      '18 seats since 2024 (18 on the 2010–2023 boundaries). 2024: SF 7, DUP 5, SDLP 2, UUP 1, Alliance 1, TUV 1, Ind 1.',
    );
  });
});

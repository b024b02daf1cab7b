// What the seat pages say, read from the built HTML (dist/): checks of text that need no layout and no script, moved
// here from tests/e2e/seat-page.spec.ts so no browser loads a page for them. Text is compared as Playwright compares it
// (whitespace collapsed; a "has text" filter ignores case) and a query that must name one element fails on several.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { distText, one, parse, tablesCaptioned, text, within } from './dist-files';

function page(code: string): Document {
  return parse(distText(`seat/${code}/index.html`));
}

/** A seat page, its result tables with `caption`, and the change (last cell) of a party's row in them. */
function seatTables(code: string, caption: string) {
  const doc = page(code);
  const t = tablesCaptioned(doc, caption);
  const change = (party: string) => text(within([one(within(t, 'tr', party), party)], 'td').at(-1)!);
  return { doc, t, change };
}

/** The row of `tables` whose heading starts with `party` (other rows may name a candidate's party after a name). */
function partyRow(tables: Element[], party: string): Element {
  return one(
    within(tables, 'tr').filter((tr) => text(tr.querySelector('th') ?? tr).startsWith(party)),
    `${party} row`,
  );
}

describe('seat pages in dist/', () => {
  it('the lede says "mostly" only for a clear majority of the population, and nothing for all of it', () => {
    const lede = (code: string) => text(one(within([page(code)], 'p.lede'), 'lede'));
    // The Isle of Wight went 50.4% to Isle of Wight East and 49.6% to Isle of Wight West.
    expect(lede('E14000762')).toContain('Replaced in 2024 partly by Isle of Wight East and 1 other seat');
    expect(lede('E14001303')).toContain('Formed from Isle of Wight (2010–2023 seat, 100.0% of the population)');
    expect(lede('E14001434')).toContain('Formed mostly from Putney (2010–2023 seat, 90.7% of the population)');
  });

  it('a seat with no organiser work or cited set recorded says so, and links to all of them', () => {
    const note = one(within([page('E14001063')], '#evidence'), 'Aldershot evidence note');
    expect(text(note)).toBe(
      'No organiser work or other cited seat set is recorded for this seat or the old seats it was formed from. Public lists are partial: all organiser seats and their sources.',
    );
    expect(note.querySelector('a[href$="/organisers/"]')).not.toBeNull();
    const words = (code: string) => text(one(within([page(code)], '#evidence'), `${code} evidence note`));
    // An old seat names its successors; a seat unchanged in 2024 (Orkney and Shetland) has neither.
    expect(words('E14000530')).toContain('for this seat or the 2024 seats that replaced it.');
    expect(words('S14000051')).toMatch(/^No organiser work or other cited seat set is recorded for this seat\. Public/);
  });

  it("Putney (2024 seat): the lede gives the old seat's share of the population as the boundaries section does", () => {
    const doc = page('E14001434');
    expect(text(one(within([doc], 'p.lede'), 'lede'))).toContain('(2010–2023 seat, 90.7% of the population)');
    expect(text(one(within([doc], '.lineage h3', 'Putney'), 'Putney block heading'))).toContain(
      "90.7% of this seat's population",
    );
  });

  it('Ashfield 2019: the runner-up stood outside the parties counted one by one, and the row holding them says so', () => {
    // Con 19,231; Jason Zadrozny (Ashfield Independents) 13,498: majority 5,733, the row's own votes.
    const { t } = seatTables('E14000535', '2019: ');
    expect(text(one(within(t, 'tr', 'All other candidates'), 'other row'))).toMatch(
      /^All other candidates \(the runner-up among them\) 13,498 27\.6%/,
    );
  });

  it('no top-two swing where one of the two did not stand before, and the lede gives the Butler swing the table has: Barnsley Central 2019 (the Brexit Party was new), Fermanagh and South Tyrone 2015 (no UUP in 2010)', () => {
    const lede = text(one(within([page('E14000541')], 'p.lede'), 'lede'));
    expect(lede).toContain(
      'No swing between the top two since 2017: there was no Brexit Party candidate here then, so its whole share would count as swing. The Conservative–Labour (Butler) swing was 10.5 points from Labour to Conservative.',
    );
    expect(lede).not.toMatch(/Swing [\d.]+ points from Labour to Brexit Party/);
    // The Brexit Party did not exist in 2017: Yorkshire's and England's swing to it would be its whole share too.
    const swing = tablesCaptioned(page('E14000541'), 'Swing');
    const rows = within(swing, 'tr').map(text);
    const after = rows.slice(rows.findIndex((r) => r.startsWith('2019 vs 2017')));
    expect(after.slice(0, 4)).toEqual([
      '2019 vs 2017 (top two: Lab and Brexit)',
      'Barnsley Central–10.5 Lab → Con',
      'Yorkshire and the Humber–6.4 Lab → Con',
      'England–4.9 Lab → Con',
    ]);
    expect(text(one(within([page('E14000541')], 'p.swing-note'), 'swing note'))).toBe(
      '– in the top-two column for 2019: there was no Brexit Party candidate here at the election before, so its whole share would count as swing; the party did not exist then, so the same holds for the region and the nation.',
    );
    const fst = one(within(tablesCaptioned(page('N06000007'), 'Swing'), 'tr', '2015 vs 2010'), '2015 swing row');
    expect(text(fst)).not.toContain('SF → UUP');
  });

  it('no top-two swing where the results before give no figure for one of the two: Beaconsfield 2019 (an independent), North Antrim 2024 (TUV)', () => {
    const lede = (code: string) => text(one(within([page(code)], 'p.lede'), 'lede'));
    expect(lede('E14000550')).toContain(
      'No swing between the top two since 2017: the results then give no figure for an independent (any independent who stood then is among all other candidates), so there is no change to measure a swing from. The Conservative–Labour (Butler) swing was 1.2 points from Labour to Conservative.',
    );
    expect(lede('N05000012')).toContain('the results then give no figure for Traditional Unionist Voice');
    // An independent's swing is not measured for the region or the nation either: different independents stood there.
    const rows = within(tablesCaptioned(page('E14000550'), 'Swing'), 'tr').map(text);
    const at = rows.indexOf('2019 vs 2017 (top two: Con and Ind)');
    expect(rows.slice(at + 1, at + 4)).toEqual([
      'Beaconsfield–1.2 Lab → Con',
      'South East–3.3 Lab → Con',
      'England–4.9 Lab → Con',
    ]);
    expect(within([page('E14000550')], 'p.swing-note').map(text)).toContain(
      '– in the top-two column for 2019: the results then give no figure for an independent (any independent who stood then is among all other candidates), so there is no change to measure a swing from; nor is one measured for the region or the nation, where different independents stood.',
    );
  });

  it("Putney (old seat): the 2019 notional row's majority is the official one and its shares the estimate, and both say so", () => {
    // Official notional majority 4,416 (8.0%); estimated shares Lab 45.2%, Con 35.7%: a 9.5-point gap.
    const block = one(within([page('E14000887')], '.linked', 'Putney'), 'the Putney (2024 seat) block');
    const row = one(within([block], 'tr', '2019 notional'), '2019 notional row');
    expect(text(row)).toContain('majority 4,416 (8.0%), officialEstimated: Lab 45.2% Con 35.7% LD 16.8%');
    expect(text(one(within([page('E14000887')], 'p.note', 'official notional figures'), 'note'))).toContain(
      "The 2019 notional winner and majority are the official notional figures; its shares are Groundwork's estimate, so the gap between them need not match the majority (how the estimate is made).",
    );
  });

  it('Bridgend: where the estimated notional votes put another party ahead of the official notional winner, both pages say so', () => {
    // Official 2019 notional winner on the new boundaries: Conservative (majority 2,553); Groundwork's estimate of the
    // votes: Labour 42.6%, Conservative 39.3%.
    const old = one(within([page('W07000073')], '.linked', 'Bridgend'), 'the Bridgend (2024 seat) block');
    const row = one(within([old], 'tr', '2019 notional'), '2019 notional row');
    expect(text(row)).toContain(
      'Con won (notional) official; the estimated shares put Lab ahead majority 2,553 (5.5%), official',
    );
    expect(text(row)).toContain('Estimated: Lab 42.6% Con 39.3%');
    expect(text(one(within([page('W07000086')], 'caption', '2019 notional'), '2019 notional caption'))).toBe(
      '2019 notional: Con won, the official notional winner (estimated votes, in which Lab is ahead)',
    );
  });

  it("shares of an old seat's population are mySociety's whole percentages; of a new seat's, to a tenth", () => {
    const items = within([page('E14000530')], '.linked-list li').map(text);
    expect(items[0]).toMatch(
      /^Aldershot \(2024 seat\): 100% of this seat's population moved there \(94\.7% of the new seat's\)$/,
    );
  });

  it('one sign convention: the swing table says the same as the lede, in words', () => {
    const doc = page('E14000887');
    const rows = within(within([doc], 'table.swing tbody', '2019 vs 2017 (top two: Lab and Con)'), 'tr', 'Putney');
    const cells = within(rows, 'td');
    // Top two (Lab, Con): ((+4.35) - (-8.42)) / 2 = 6.39 points from Con to Lab; Butler agrees here and says it the same way.
    expect(text(cells[0]!)).toBe('6.4 Con → Lab');
    expect(text(cells[1]!)).toBe('6.4 Con → Lab');
    expect(text(one(within([doc], 'table.swing thead'), 'table.swing thead'))).toContain('Butler Con–Lab');
    expect(text(one(within([doc], 'table.swing'), 'table.swing'))).not.toContain('−');
  });

  it('Orkney and Shetland: the swing is framed by its own top two, not Con-Lab', () => {
    // LD +10.24, SNP -16.67: (10.24 + 16.67) / 2 = 13.5 points from SNP to LD (Butler Con-Lab would say 3.8 Lab to Con).
    expect(text(one(within([page('S14000051')], '.lede'), '.lede'))).toContain(
      'Swing 13.5 points from Scottish National Party to Liberal Democrat',
    );
  });

  it('Reform UK is measured from the Brexit Party it was renamed from (Barnsley North 2024, against the 2019 notional)', () => {
    // Notional 2019 (Groundwork's estimate): Brexit Party 30.1%; 2024: Reform UK 29.3%, so -0.9, not +29.3 as a new party.
    const doc = page('E14001074');
    expect(text(one(within([doc], '.lede'), '.lede'))).toContain('Swing 5.9 points from Reform UK to Labour');
    const t = tablesCaptioned(doc, '2024: Lab hold, Dan Jarvis elected');
    expect(text(one(within(t, 'tr', 'Reform UK'), 'Reform UK row'))).toBe('Reform UK Robert Lomas 10,799 29.3% −0.9');
    expect(within(t, 'tr', 'Brexit Party')).toEqual([]);
  });

  it('a change from a party that did not stand at the election before is marked new (Beaconsfield 2024)', () => {
    // The Liberal Democrats stood aside in 2019 (Dominic Grieve) and the Brexit Party did not stand: both changes are
    // their whole 2024 shares. Labour and the Greens stood in 2019: no mark. Barnsley North's Reform UK, measured from
    // the Brexit Party, is not new either.
    const { doc, change } = seatTables('E14001082', '2024: Con hold, Joy Morrissey elected');
    expect(change('Liberal Democrat')).toBe('+27.3 (new)');
    expect(change('Reform UK')).toBe('+12.7 (new)');
    expect(change('Labour')).toBe('+5.2');
    expect(change('Green')).toBe('+0.6');
    expect(within([doc], 'p.note', '(new): the party had no votes here in the 2019 notional figures')).toHaveLength(1);
    const barnsley = tablesCaptioned(page('E14001074'), '2024: Lab hold, Dan Jarvis elected');
    expect(text(one(within(barnsley, 'tr', 'Reform UK'), 'Reform UK row'))).not.toContain('(new)');
    // One note under each table that marks a change new, and none under the others (this page's own tables and its
    // linked seats').
    const marked = within([doc], 'table.seat-results').filter((table) => within([table], '.new').length > 0);
    expect(marked.length).toBeGreaterThan(0);
    expect(within([doc], 'p.note', '(new):').length).toBe(marked.length);
  });

  it('"All other candidates" marked new says that no other candidates stood, not that a party did not stand', () => {
    // Altrincham and Sale West 2017: 299 votes for other candidates, none in 2015; every party in the table stood both times.
    const alt = seatTables('E14000532', '2017: Con hold');
    expect(alt.change('All other candidates')).toBe('+0.6 (new)');
    expect(within([alt.doc], 'p.note', '(new):').map(text)).toEqual([
      '(new): no other candidates stood here at the 2015 election, so their change is their whole share.',
      '(new): the party did not stand here at the 2010 election, so its change is its whole share.',
    ]);
    // Bath 2019: the Brexit Party and other candidates were both new; one note says both.
    const bath = seatTables('E14000547', '2019: LD hold');
    expect(bath.change('Brexit Party')).toBe('+1.2 (new)');
    expect(bath.change('All other candidates')).toBe('+0.7 (new)');
    expect(text(one(within([bath.doc], 'p.note', 'at the 2017 election'), 'note'))).toBe(
      '(new): the party did not stand here at the 2017 election, so its change is its whole share; for all other candidates, none stood here then, so theirs is too.',
    );
  });

  it('in Northern Ireland 2015, the Ulster Unionists and Conservatives have no change from the 2010 joint ticket', () => {
    // 2010: UCUNF (Conservative and UUP joint ticket) stood in South Antrim; 2015: each party stood on its own.
    const { doc, change } = seatTables('N06000014', '2015:');
    expect(change('Ulster Unionist Party')).toBe('– (joint ticket)');
    expect(change('Conservative')).toBe('– (joint ticket)');
    expect(
      within(
        [doc],
        'p.note',
        '– (joint ticket): the party stood here at the 2010 election only within a joint ticket (UCUNF), whose votes are not split between its parties, so no change is given.',
      ),
    ).toHaveLength(1);
    // The dash note for candidates counted among all other candidates is not said where only joint-ticket rows lack a change.
    expect(within([doc], 'p.note', 'counted such a candidate among all other candidates')).toHaveLength(0);
    // "All other candidates" (-0.2) holds 2010's candidates that the 2015 file counts together: not marked.
    expect(change('All other candidates')).toBe('−0.2');
    // The top two in 2015 (DUP and UUP) have no swing, and the swing table says why.
    expect(text(one(within([doc], 'p.swing-note', '2015'), 'swing note'))).toBe(
      '– in the top-two column for 2015: the UUP stood at the election before only within a joint ticket (UCUNF), whose votes are not split between its parties, so it has no change and the pair no swing.',
    );
  });

  it('seats.csv gives no 2015 Conservative change where the Conservatives stood within UCUNF in 2010', () => {
    const rows = Papa.parse<Record<string, string>>(distText('data/seats.csv').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const ni2015 = rows.filter((r) => r.election === '2015' && r.ons_code!.startsWith('N06'));
    expect(ni2015).toHaveLength(18);
    expect(ni2015.filter((r) => r.con_change_pp !== '')).toEqual([]);
    // Great Britain keeps its Conservative changes: Putney 2015, +1.73 against 2010.
    expect(rows.find((r) => r.election === '2015' && r.ons_code === 'E14000887')!.con_change_pp).toBe('1.73');
  });

  it("the notional panel says which of its estimate's figures are before scaling to the official total (Putney 2024)", () => {
    const doc = page('E14001434');
    const t = tablesCaptioned(doc, 'What the 2019 election would have produced on these boundaries');
    // The estimate's valid votes (the overlap sum) differ from the official total its votes are scaled to.
    const cells = within(within(t, 'tr', 'Valid votes'), 'td').map(text);
    expect(cells[1]).toMatch(new RegExp(`^[\\d,]+ shared out, then scaled to ${cells[0]}$`));
    expect(cells[1]!.startsWith(cells[0]!)).toBe(false);
    const note = text(one(within([doc], '.table-scroll + p.note', 'shares out the old seats'), 'note'));
    expect(note).toContain('give the winner, the majority, valid votes and the electorate, but not each party');
    expect(note).toContain('its party votes are then scaled to the official valid-vote total');
  });

  it('a seat with no swing between its top two says so in one sentence', () => {
    expect(text(one(within([page('E14000882')], '.lede'), '.lede'))).toContain(
      'No swing between Conservative and Labour since 2017.',
    );
  });

  it("the Speaker's seat has no swing figure, and the lede says why instead of a swing between the Speaker and a minor party", () => {
    const why = 'the Speaker stood at one or both of the two elections, so the main parties did not both stand.';
    // Chorley 2024: the top two are the Speaker (+7.0) and the Green (+4.7); 2019: the Speaker and an independent, both new.
    const chorley = page('E14001170');
    expect(text(one(within([chorley], '.lede'), '.lede'))).toContain(
      `No swing figure since the 2019 notional result: ${why}`,
    );
    const rows2024 = within(within([chorley], 'table.swing tbody', '2024 vs 2019 notional'), 'tr');
    expect(rows2024.slice(1).map((r) => text(within([r], 'td')[0]!))).toEqual(['–', '–', '–']);
    const old = within(within([page('E14000637')], 'table.swing tbody', '2019 vs 2017'), 'tr', 'Chorley');
    expect(text(within(old, 'td')[0]!)).toBe('–');
    // Buckingham 2019: the Speaker stood down; Con and LD, neither of which stood against him in 2017, are the top two.
    const buckingham = page('E14000608');
    expect(text(one(within([buckingham], '.lede'), '.lede'))).toContain(`No swing figure since 2017: ${why}`);
    for (const pair of ['2015 vs 2010', '2017 vs 2015', '2019 vs 2017']) {
      const row = within(within([buckingham], 'table.swing tbody', pair), 'tr', 'Buckingham');
      expect(text(within(row, 'td')[0]!)).toBe('–');
    }
    expect(text(one(within([buckingham], '.swing-note'), '.swing-note'))).toContain(
      "– in the top-two column: the Speaker's seat has no swing figure",
    );
  });

  it("South Ribble 2024: a 2019 notional with the Speaker's votes from a slice of Chorley still has its top two's swing", () => {
    // Con and Lab stood in the whole seat but Chorley's 4%, where the Speaker's 1,035 notional votes come from; the
    // Butler swing on the same row was given all along.
    const doc = page('E14001491');
    expect(text(one(within([doc], '.lede'), '.lede'))).toContain(
      'Swing 17.6 points from Conservative to Labour since the 2019 notional result.',
    );
    const row = within(within([doc], 'table.swing tbody', '2024 vs 2019 notional'), 'tr', 'South Ribble');
    expect(within(row, 'td').map(text)).toEqual(['17.6 Con → Lab', '17.6 Con → Lab']);
  });

  it("Ashfield 2024: the estimate's runner-up is the Ashfield Independents' share of the old seat, not Labour", () => {
    // Con 17,286; the old seat's runner-up (13,498) shared out: 11,362; Lab 10,606. 17,286 - 11,362 = 5,924.
    const notional = tablesCaptioned(page('E14001068'), 'What the 2019 election would have produced');
    expect(within([one(within(notional, 'tr', 'Majority (votes)'), 'majority row')], 'td').map(text)).toEqual([
      '5,303',
      '5,924',
    ]);
    const old = one(within([page('E14000535')], '.lineage table', 'Ashfield (2024 seat)'), 'successor table');
    expect(text(one(within([old], 'tr', '2019 notional'), '2019 notional row'))).toContain(
      'Estimated: Con 40.2% Others incl. runner-up 26.5% Lab 24.7%',
    );
  });

  it('the 2024 Putney page shows the official notional result beside the estimate', () => {
    const doc = page('E14001434');
    const notional = tablesCaptioned(doc, 'What the 2019 election would have produced');
    expect(text(one(within(notional, 'tr', 'Winner'), 'notional Winner row'))).toContain('Labour');
    const t2024 = tablesCaptioned(doc, '2024: Lab hold, Fleur Anderson elected');
    expect(text(one(within(t2024, 'tr', 'Conservative'), '2024 Conservative row'))).toContain('Lee Roberts');
  });

  it('Islington North 2024: each row names the candidates whose votes it counts', () => {
    const t2024 = tablesCaptioned(page('E14001305'), '2024: Ind gain from Lab, Jeremy Corbyn elected');
    // Corbyn's 24,120 are the Independent row; Paul Josling's 32 (an independent too) are among all other candidates.
    const ind = text(partyRow(t2024, 'Independent'));
    expect(ind).toContain('Jeremy Corbyn (elected) 24,120');
    expect(ind).not.toContain('Josling');
    expect(text(one(within(t2024, 'tr', 'All other candidates'), 'other row'))).toContain(
      'Paul Josling (Independent, 32) 32',
    );
  });

  it("a 2024 seat formed from two old seats shows the main one's chart under that seat's own results", () => {
    const doc = page('E14001063');
    const blocks = within([doc], '.lineage .linked');
    expect(blocks.map((b) => b.getAttribute('data-linked'))).toEqual(['E14000530', 'E14000844']);
    expect(text(one(within([blocks[0]!], 'h4'), 'chart heading'))).toBe(
      'Vote share in Aldershot (2010–2023 seat), 2010 to 2019',
    );
    expect(within([blocks[0]!], 'figure[data-graphic="seat-history/E14000530"]')).toHaveLength(1);
    expect(within([blocks[1]!], 'figure')).toHaveLength(0);
  });

  it('words beside a badge or a candidate are spaced in the text, not only by layout (what a screen reader or a copy reads)', () => {
    const doc = page('E14000887');
    expect(text(one(within([doc], '.lineage .linked h3'), 'linked seat heading'))).toBe(
      'Putney 2024 seat 100% of its population moved here',
    );
    expect(text(within([doc], '#evidence li')[0]!)).toContain(
      "Named in the organising unit's own report high confidence",
    );
    const t2024 = tablesCaptioned(page('E14001434'), '2024: Lab hold, Fleur Anderson elected');
    expect(text(one(within(t2024, 'tr', 'Labour'), '2024 Labour row').querySelector('th')!)).toBe(
      'Labour (incl. Labour Co-op) Fleur Anderson (elected)',
    );
  });

  it("a seat in a place the sources tie to the organising unit without naming a seat says so, with the seat's share", () => {
    const items = within([page('E14000973')], '#evidence li').map(text);
    expect(items).toHaveLength(1);
    expect(items[0]).toContain(
      'Organiser based there (job advert or party statement) in Stoke, a place the source does not pin to one seat (this seat lies in it: 81% of it, by postcodes) medium confidence',
    );
    expect(items[0]).not.toContain('UNRESOLVED');
  });

  it('a place reached through two old seats is listed once, naming both with their shares (Putney 2024: Wandsworth); one claim from two sources is one item', () => {
    const items = within([page('E14001434')], '#evidence li').map(text);
    const wandsworth = items.filter((i) => i.includes('Wandsworth'));
    expect(wandsworth).toHaveLength(1);
    expect(wandsworth[0]).toContain(
      "Labour's Community Organising Unit, 2019, via Putney (2010–2023 seat, 90.7% of this seat's population; in Wandsworth: all of it) and Battersea (2010–2023 seat, 9.3% of this seat's population; in Wandsworth: all of it): Community campaign location in Wandsworth, a place the source does not pin to one seat low confidence",
    );
    // Putney's two report rows (the same claim, from HuffPost and PoliticsHome) are one item with both sources.
    expect(items).toHaveLength(2);
    const report = items.filter((i) => i.includes("Named in the organising unit's own report"));
    expect(report).toHaveLength(1);
    expect(report[0]).toContain('HuffPost UK (Jan 2020)');
    expect(report[0]).toContain('PoliticsHome (Kevin Schofield, 28 Jan 2020)');
    expect(within([page('E14000887')], '#evidence li').map(text)).toHaveLength(2);
  });

  it('2024 candidates are named on the row that holds their votes (only carved-out winners and runners-up have a row)', () => {
    // Bethnal Green and Stepney: Ajmal Masroor (Ind, 14,207) was runner-up; Sham Uddin 325, Md Somon Ahmed 315 and
    // Reggie Adams 271 (Ind) are in "All other candidates" (1,492 = 325 + 315 + 271 + 348 + 233) with Vanessa Hudson and
    // Jon Mabbutt. Bermondsey and Old Southwark: the three independents (403 + 273 + 247 = 923) are all its "other".
    const t = tablesCaptioned(page('E14001086'), '2024: Lab hold, Rushanara Ali elected');
    // The 2019 results counted independents among all other candidates: no change for either row, and a note says so.
    expect(text(partyRow(t, 'Independent'))).toBe('Independent Ajmal Masroor 14,207 30.5% –');
    expect(text(one(within(t, 'tr', 'All other candidates'), 'other row')).endsWith('3.2% –')).toBe(true);
    expect(text(one(within(t, 'tr', 'All other candidates'), 'other row').querySelector('th')!)).toBe(
      'All other candidates Vanessa Hudson (Animal Welfare Party, 348); Sham Uddin (Independent, 325); Md Somon Ahmed (Independent, 315); Reggie Adams (Independent, 271); Jon Mabbutt (Social Democratic Party, 233)',
    );
    const b = tablesCaptioned(page('E14001085'), '2024: Lab hold');
    expect(text(one(within(b, 'tr', 'All other candidates'), 'other row').querySelector('th')!)).toBe(
      'All other candidates Piers Corbyn (Independent, 403); Niko Omilana (Independent, 273); Barry Duckett (Independent, 247)',
    );
  });

  it("the Brexit Party's 2019 votes are not counted as other candidates' where Reform UK did not stand (Brighton Kemptown 2024)", () => {
    // 2019 notional: Brexit Party 2.7%, no other candidates; 2024: no Reform UK candidate, other candidates 6.4%.
    const { change } = seatTables('E14001129', '2024: Lab hold, Chris Ward elected');
    expect(change('All other candidates')).toBe('+6.4 (new)');
  });

  it('"All other candidates" names each candidate with their party and votes: the TUV in Belfast East 2024', () => {
    // The 2024 results file has no TUV column: John Ross's 1,918 votes (4.5%, more than the UUP's 1,818) are in the
    // row's 2,080 with Ryan North's 162. The candidates file gives each one.
    const t = tablesCaptioned(page('N05000001'), '2024: DUP hold, Gavin Robinson elected');
    expect(text(one(within(t, 'tr', 'All other candidates'), 'other row').querySelector('th')!)).toBe(
      'All other candidates John Ross (Traditional Unionist Voice, 1,918); Ryan North (Independent, 162)',
    );
  });

  it("a name slug's page names the seat (its card: page-titles.test.ts)", () => {
    expect(distText('seat/putney/index.html')).toContain(
      '<title>Putney (2024 boundaries): election results and swing · Groundwork</title>',
    );
  });

  it('a 2024 seat gives its own results before the old seats it was formed from (they had filled the page above it)', () => {
    // Reading West and Mid Berkshire: headings in page order.
    const heads = within([page('E14001439')], 'h2').map(text);
    const results = heads.indexOf('Results');
    const before = heads.findIndex((h) => h.startsWith('Before 2024'));
    expect(results).toBeGreaterThan(0);
    expect(before).toBeGreaterThan(results);
    expect(heads.indexOf('Vote share at each election on these boundaries')).toBeLessThan(results);
  });
});

// Published figures of the article-claim checks: Labour's national share changes from the long-run file (Lavery's
// "biggest increase since 1945") and the 2017 seat changes by nation and party pair.
import { describe, expect, it } from 'vitest';
import { parseNationalTotals } from '../../pipeline/parse/national-totals';
import { articleClaims, parseArticleClaims } from '../../src/data/article-claims';
import * as data from '../../src/data/index';
import { riseCheck, seatCheck } from '../../src/views/article-claims';
import { shareSeries } from '../../src/views/labour-share';

const f1 = (v: number | null) => (v === null ? null : v.toFixed(1));

describe("Labour's national share at every general election (Commons Library 1918-2019 file plus 2024)", () => {
  const r = riseCheck();
  it('2017 +9.5, 1945 +9.7, 1997 +8.8; 2017 the largest rise since 1945 and second only to it', () => {
    expect(['2017', '1945', '1997', '1935', '2024'].map((e) => f1(r.at(e).change))).toEqual([
      '9.5',
      '9.7',
      '8.8',
      '8.5',
      '1.6',
    ]);
    expect(['2015', '2017', '1945', '2024'].map((e) => r.at(e).share.toFixed(2))).toEqual([
      '30.45',
      '39.99',
      '47.76',
      '33.70',
    ]);
    expect(r.rises.slice(0, 4).map((p) => p.election)).toEqual(['1945', '2017', '1997', '1935']);
    expect(r.rank2017).toBe(2);
    expect(r.largerBetween).toEqual([]);
    expect(r.series.map((p) => p.election).slice(14, 17)).toEqual(['1970', '1974F', '1974O']);
    expect(r.series).toHaveLength(29);
  });
  it('before 1950 the file has unopposed returns, two-member and university seats; a quick sum that drops three 1945 totals gives +9.9', () => {
    const e45 = r.at('1945');
    expect([e45.rowsUncounted, e45.rowsTotalFromParties, e45.multiMemberRows, e45.universityRows]).toEqual([
      3, 3, 19, 7,
    ]);
    expect((e45.shareWithoutThoseTotals - r.at('1935').shareWithoutThoseTotals).toFixed(1)).toBe('9.9');
    expect(
      r.series.filter((p) => p.year >= 1950).every((p) => p.rowsUncounted + p.multiMemberRows + p.universityRows <= 4),
    ).toBe(true);
  });
});

describe('national totals parser on a hand-made file', () => {
  const text = [
    'constituency_id,seats,constituency_name,country/region,electorate,con_votes,lib_votes ,lab_votes,natSW_votes,oth_votes,total_votes,election',
    ',1,Alpha,London,100,40,,60,,,100,1945',
    ',1,Beta,London,100,-1,,,,,-1,1945',
    ',2,Gamma,London,100,30,10,60,,,,1945',
    ',1,Delta,University,100,10,,,,10,20,1945',
    ',1,Alpha,London,100,50,,50,,,100,1950',
  ].join('\n');
  const t = parseNationalTotals({ file: 'test.csv', text });
  it('sums votes, leaves unopposed rows out, sums party votes where the total is empty', () => {
    expect(
      t.map((x) => [
        x.election,
        x.labVotes,
        x.totalVotes,
        x.rowsUncounted,
        x.rowsTotalFromParties,
        x.multiMemberRows,
        x.universityRows,
      ]),
    ).toEqual([
      ['1945', 120, 220, 1, 1, 1, 1],
      ['1950', 50, 100, 0, 0, 0, 0],
    ]);
    const s = shareSeries(t, { labVotes: 30, validVotes: 100 });
    expect(s.map((p) => [p.election, p.share.toFixed(2), p.change === null ? null : p.change.toFixed(2)])).toEqual([
      ['1945', '54.55', null],
      ['1950', '50.00', '-4.55'],
      ['2024', '30.00', '-20.00'],
    ]);
  });
  it('refuses a vote count that is not a number, and Labour votes above the total', () => {
    expect(() =>
      parseNationalTotals({ file: 'test.csv', text: text.replace(',40,,60,,,100,1945', ',40,,sixty,,,100,1945') }),
    ).toThrow(/test\.csv:2 field "lab_votes": "sixty" is not a vote count/);
    expect(() =>
      parseNationalTotals({ file: 'test.csv', text: text.replace(',40,,60,,,100,1945', ',40,,160,,,100,1945') }),
    ).toThrow(/Labour votes 160 exceed the total 100/);
  });
});

describe('2017 seat changes against 2015 (Lavery: six lost to Con in England, 28 gained from them, two from the Lib Dems, six from the SNP)', () => {
  const c = seatCheck();
  it('England: 6 lost to Con, 25 gained from Con, 2 from the Lib Dems; Wales 3 from Con (28 with England); Scotland 6 from the SNP', () => {
    expect(
      [c.conFromLabEngland, c.labFromConEngland, c.labFromLdEngland, c.labFromConWales, c.labFromSnpScotland].map(
        (x) => x.length,
      ),
    ).toEqual([6, 25, 2, 3, 6]);
    expect(c.conFromLabEngland.map((s) => s.name)).toEqual([
      'Copeland',
      'Mansfield',
      'Middlesbrough South and East Cleveland',
      'North East Derbyshire',
      'Stoke-on-Trent South',
      'Walsall North',
    ]);
    expect(c.labFromConWales.map((s) => s.name)).toEqual(['Cardiff North', 'Gower', 'Vale of Clwyd']);
    expect(c.changes).toHaveLength(70);
  });
});

describe('data/article-claims.json', () => {
  it('lists every claim once with a reason, and a page for every checked one', () => {
    expect(articleClaims.claims).toHaveLength(25);
    expect(articleClaims.claims.filter((c) => c.status === 'checked-elsewhere').map((c) => c.page)).toEqual([
      'claims/remain-swing/',
      'claims/yorkshire-organisers/',
      'claims/organiser-seats/',
      'claims/putney/',
    ]);
    expect(articleClaims.articles).toHaveLength(5);
    expect(articleClaims.claims.filter((c) => c.status === 'checked').map((c) => c.page)).toEqual([
      'claims/articles/biggest-rise-since-1945/',
      'claims/articles/seat-changes-2017/',
    ]);
    expect(articleClaims.claims.find((c) => c.id === 'membership-forties-fifties')!.status).toBe('not-yet-checkable');
  });
  it('refuses a checked claim without a page and an unknown article', () => {
    const bad = structuredClone(articleClaims) as { claims: Record<string, unknown>[] };
    delete bad.claims[0]!.page;
    expect(() => parseArticleClaims(bad)).toThrow(/biggest-rise-since-1945 is checked but has no page/);
    const bad2 = structuredClone(articleClaims) as { claims: Record<string, unknown>[] };
    bad2.claims[1]!.article = 'nobody';
    expect(() => parseArticleClaims(bad2)).toThrow(/unknown article nobody/);
  });
  it('refuses two articles with one id (a claim would silently take the first)', () => {
    const bad = structuredClone(articleClaims);
    bad.articles.push({ ...bad.articles[1]!, id: bad.articles[0]!.id, author: 'Someone else' });
    expect(() => parseArticleClaims(bad)).toThrow('data/article-claims.json: article lavery-2017 is listed twice');
  });
});

describe("the Canterbury comment's context figures", () => {
  it('are the published 2015 and 2017 results: Labour +20.5 (24.5% to 45.0%), electorate 81,341 to 78,182', () => {
    const why = articleClaims.claims.find((c) => c.id === 'canterbury-young-registration')!.why;
    const [y15, y17] = (['2015', '2017'] as const).map((e) => data.metricsFor('E14000619', e)!);
    expect([y15!.name, y17!.winner]).toEqual(['Canterbury', 'lab']);
    const figures = [
      y17!.change.lab!.toFixed(1),
      y15!.shares.lab!.toFixed(1),
      y17!.shares.lab!.toFixed(1),
      y15!.electorate!.toLocaleString('en-GB'),
      y17!.electorate!.toLocaleString('en-GB'),
    ];
    expect(figures).toEqual(['20.5', '24.5', '45.0', '81,341', '78,182']);
    expect(why).toContain(
      `its share up ${figures[0]} points (${figures[1]}% to ${figures[2]}%; seat E14000619). The results files count the whole register, which fell from ${figures[3]} in 2015 to ${figures[4]} in 2017`,
    );
  });
});

// The home page's 2024 table, read from dist/: every share is the party's whole UK share. Independents, the TUV and
// the Speaker have no column of their own in the Commons Library's results file, which counts a candidate among all
// other candidates unless they won or came second; their shares come from every candidate's votes. Beside the intro,
// every claim check is listed with the verdict its own page gives.
import { describe, expect, it } from 'vitest';
import { distText, one, parse, text, within } from './dist-files';

describe('/ in dist/', () => {
  const doc = parse(distText('index.html'));
  const table = one(within([doc], 'table.headline-table'), 'the 2024 table');
  const row = (party: string) => {
    const tr = within([table], 'tbody tr').filter((r) => text(r.querySelector('th')!) === party);
    return within([one(tr, party)], 'td').map(text);
  };

  it('gives the whole UK share of parties without a column of their own, and no change', () => {
    // 564,095 of 28,808,662 valid votes for independents (1.958%), 48,685 for the TUV (0.169%), 25,238 for the Speaker.
    expect(row('Independent')).toEqual(['6', '0', '2.0%*', '–']);
    expect(row('Traditional Unionist Voice')).toEqual(['1', '0', '0.2%*', '–']);
    expect(row('Speaker')).toEqual(['1', '1', '0.1%*', '–']);
    expect(text(one(within([doc], 'p.note', '* Independent'), 'the note'))).toContain(
      'the share counts every candidate',
    );
  });

  it('keeps the results-file shares and changes of the parties that have a column', () => {
    expect(row('Labour')).toEqual(['411', '200', '33.7%', '+1.7']);
    expect(row('Reform UK')).toEqual(['5', '0', '14.3%', '+12.3']);
  });

  it('lists every claim check with the verdict the claims index gives, each linking to its page', () => {
    const items = within([doc], '.home-claims li');
    const index = parse(distText('claims/index.html'));
    const listed = within([index], '.claim-list li').map((li) => ({
      href: one(within([li], 'h2 a'), 'claim link').getAttribute('href'),
      verdict: text(one(within([li], '.verdict-line'), 'verdict')),
    }));
    expect(listed.length).toBeGreaterThanOrEqual(5);
    expect(
      items.map((li) => ({
        href: one(within([li], 'a'), 'claim link').getAttribute('href'),
        verdict: text(one(within([li], '.verdict-line'), 'verdict')),
      })),
    ).toEqual(listed);
    for (const { href } of listed) expect(distText(`${href!.replace(/^\//, '')}index.html`)).toContain('Verdict');
    expect(text(items[0]!)).toContain("Labour's organiser seats in Yorkshire Verdict: Right on one narrow reading");
  });
});

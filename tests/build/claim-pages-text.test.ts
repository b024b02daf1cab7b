// What the claim pages say, read from the built HTML (dist/): checks of text and links that need no layout and no
// script, moved here from tests/e2e/claims.spec.ts so no browser loads a page for them (helpers in dist-files.ts read
// text as Playwright does).
import { describe, expect, it } from 'vitest';
import { csvTable, rowObject, stripBom } from '../../src/lib/csv/read';
import { distText, one, parse, text, within } from './dist-files';

const page = (path: string) => parse(distText(`${path}index.html`));

describe('claim pages in dist/', () => {
  it("articles.csv names who said each claim: a reader's comment is not put in the article's author's mouth", () => {
    const lines = distText('claims/articles.csv')
      .replace(/^\uFEFF/, '')
      .split('\n');
    expect(lines[0]).toBe('id,article,speaker,quote,status,verdict,page,why');
    const remain = lines.find((l) => l.startsWith('remain-swings-7,'))!;
    expect(remain).toMatch(/^remain-swings-7,"Ian Lavery MP, On a campaign footing",David Beere \(reader's comment\),/);
    const rise = lines.find((l) => l.startsWith('biggest-rise-since-1945,'))!;
    expect(rise).toMatch(/^biggest-rise-since-1945,"Ian Lavery MP, On a campaign footing",Ian Lavery MP,/);
  });

  it("Remain: the seats where Labour's share rose and fell are counted as seats.csv publishes the change", () => {
    // Blaenau Gwent's 2017 change is 0.00 in the table; it had been counted as a rise ("all but 20 of the 631").
    const { header, rows: all } = csvTable(stripBom(distText('data/seats.csv')));
    const rows = all
      .map((r) => rowObject(header!.cells, r.cells))
      .filter((r) => r.election === '2017' && !r.ons_code!.startsWith('N') && r.lab_change_pp !== '');
    const rose = rows.filter((r) => Number(r.lab_change_pp) > 0).length;
    const fell = rows.filter((r) => Number(r.lab_change_pp) < 0).length;
    const body = text(one(within([page('claims/remain-swing/')], 'main'), 'main'));
    expect(body).toContain(
      `Labour's share rose in ${rose} of the 631 seats in Great Britain, fell in ${fell} and was unchanged to two decimals in ${631 - rose - fell};`,
    );
    expect([rose, fell]).toEqual([610, 20]);
  });

  it('the claims index lists every claim with its verdict', () => {
    const doc = page('claims/');
    for (const slug of ['yorkshire-organisers', 'putney', 'remain-swing', 'unite-to-remain', 'organiser-seats']) {
      expect(within([doc], `a[href$="/claims/${slug}/"]`), slug).toHaveLength(1);
    }
    expect(within([doc], '.verdict-line')).toHaveLength(5);
  });

  it("a quote's source line names its source once: where it appeared, linked (it had repeated the article as a title)", () => {
    const caption = text(
      one(within([page('claims/yorkshire-organisers/')], 'figure.quote.lead figcaption'), 'caption'),
    );
    expect(caption).toMatch(/^Ian Lavery MP, Tribune, “In Defence of Community Organising”, February 2020\. A copy/);
    expect(caption).not.toContain('Tribune: In Defence');
  });

  it('the headline block marks the one row that is the headline, not the exploratory rows beside it', () => {
    // Organiser seats: the difference from the matched seats (p 0.18), not the one from other seats (p 0.94).
    const marked = (slug: string) => within([page(`claims/${slug}/`)], 'tr.headline-row th').map((th) => text(th));
    expect(marked('organiser-seats')).toEqual(['Difference from the matched seats (the headline)']);
    expect(marked('unite-to-remain')).toEqual(['Difference from the matched seats (the headline)']);
  });

  it('Yorkshire: two seats get no interval or p-value, each seat is shown, and the page says why', () => {
    const head = within([page('claims/yorkshire-organisers/')], '.outcome.headline');
    expect(within(head, '.seat-values li').map(text)).toEqual(['Calder Valley: −3.2', 'Shipley: −3.3']);
    expect(text(one(head, '.outcome.headline'))).toContain('With 2 seats there is no interval or p-value');
    const intervals = within(head, 'table.stats td[data-label="95% interval"]').map((td) => td.textContent);
    expect(intervals.every((t) => t === '–')).toBe(true);
  });

  it("Unite to Remain's reading 2 has no interval: its parts share comparison seats and two are too small", () => {
    // It had combined the three parties' gaps as if independent into "95% interval +2.0 to +6.4", using the Green
    // (10 seats) and Plaid Cymru (7) comparisons whose own intervals the page withholds; no calibration checks it.
    const body = text(one(within([page('claims/unite-to-remain/')], 'main'), 'main'));
    expect(body).toContain(
      "a gap of +4.2 points (no interval: the three parties' comparisons share their comparison seats, the Green one (10 seats) and the Plaid Cymru one (7 seats) are too small for one of their own (against other seats an interval needs 13 seats; against matched seats, as further down, 5), and no calibration checks the combination), so this reading cannot say whether the gap could be chance.",
    );
    expect(body).not.toContain('+2.0 to +6.4');
    expect(body).not.toContain('clear of zero');
  });

  it('Unite to Remain: of its 11 p-values, the 3 still under 0.05 after Holm are named, all for the Green clear run', () => {
    const body = text(one(within([page('claims/unite-to-remain/')], 'main'), 'main'));
    expect(body).toContain('These comparisons give 11 p-values.');
    expect(body).toContain('among 11 about 0.6 would be expected to; here 7 are.');
    const kept =
      /Allowing for all 11 at once \(Holm's method[^)]*\), 3 stay below 0\.05: ([^.]*(?:\.\d+[^.]*)*)\. Only/.exec(
        body,
      );
    expect(kept, 'Holm sentence').not.toBeNull();
    const named = kept![1]!.split('; ');
    expect(named).toHaveLength(3);
    for (const n of named) expect(n).toMatch(/^Green given the clear run, change in .*, adjusted p = 0\.0\d+$/);
    // The organiser claim has no p-value under 0.05, so it has no Holm sentence.
    const organisers = text(one(within([page('claims/organiser-seats/')], 'main'), 'main'));
    expect(organisers).toContain('among 8 about 0.4 would be expected to; here none is.');
    expect(organisers).not.toContain("Holm's method");
  });

  it("an organiser chart's matched seats are the headline comparison's: its average is the headline table's", () => {
    // Yorkshire's headline is the 2 seats with more than an event link (6 matched seats); the chart had drawn the
    // 9 matched seats of all 3 organiser seats (-6.5 against the table's -6.2).
    for (const slug of ['yorkshire-organisers', 'organiser-seats']) {
      const head = within([page(`claims/${slug}/`)], '.outcome.headline');
      const row = within(head, 'table.stats tbody tr').find((tr) =>
        /^Matched seats \(/.test(text(tr.querySelector('th')!)),
      );
      const [, distinct] = /^Matched seats \((\d+) distinct/.exec(text(row!.querySelector('th')!))!;
      const points = text(row!.querySelector('td[data-label="Points"]')!).replace('\u2212', '-').replace('+', '');
      const csv = distText(`downloads/claims/${slug}.csv`).split('\n');
      const matched = csv.filter((l) => l.startsWith('2017 → 2019,Matched seats,'));
      const average = Number(matched.find((l) => l.includes(',average,'))!.split(',')[5]);
      expect(average.toFixed(1), slug).toBe(points);
      expect(
        matched.filter((l) => l.includes(',comparison-seat,')),
        slug,
      ).toHaveLength(Number(distinct));
    }
  });

  it("a claim chart's other seats' average is the one the headline table measures against (regions weighted)", () => {
    // The organiser chart had drawn the plain average of 418 seats (+4.5) beside the table's weighted +4.9, so the
    // gap between its diamonds (0.5) was not the table's difference (+0.1).
    for (const slug of ['organiser-seats', 'yorkshire-organisers', 'putney', 'unite-to-remain']) {
      const head = within([page(`claims/${slug}/`)], '.outcome.headline');
      const row = within(head, 'table.stats tbody tr').find((tr) =>
        /^Other seats of /.test(text(tr.querySelector('th')!)),
      );
      const points = text(row!.querySelector('td[data-label="Points"]')!).replace('\u2212', '-').replace('+', '');
      const line = distText(`downloads/claims/${slug}.csv`)
        .split('\n')
        .find((l) => /^2017 → 2019,Other [^,]*,average,/.test(l));
      expect(Number(line!.split(',')[5]).toFixed(1), slug).toBe(points);
    }
  });

  it('Unite to Remain: the pact seats that have matched seats get their own average beside the matched seats', () => {
    const head = within([page('claims/unite-to-remain/')], '.outcome.headline');
    const rows = within(head, 'table.stats tbody tr').map((tr) => [
      text(tr.querySelector('th')!),
      text(tr.querySelector('td[data-label="Seats"]')!),
    ]);
    const labels = rows.map((r) => r[0]);
    const subset = labels.indexOf('Pact seats with matched seats (average)');
    expect(subset).toBeGreaterThan(labels.indexOf('Pact seats (average)'));
    expect(labels[subset + 1]).toMatch(/^Matched seats \(\d+ distinct, up to 3 per seat\)$/);
    expect(rows[subset]![1]).toBe(rows[subset + 2]![1]);
    expect(rows[subset + 2]![0]).toBe('Difference from the matched seats (the headline)');
  });

  it('each verdict opens with its headline comparison; the checks of a matched headline follow under their own heading', () => {
    // The notes each claim's headline gets: the earlier rule's for every headline against matched seats, the linked
    // places' for the organiser claims among them.
    const checks: Record<string, string[]> = {
      'yorkshire-organisers': ['p.rule-note', 'p.place-note'],
      putney: ['p.rule-note', 'p.place-note'],
      'organiser-seats': ['p.rule-note', 'p.seat-note', 'p.place-note'],
      'unite-to-remain': ['p.rule-note', 'p.seat-note'],
      'remain-swing': [],
    };
    for (const [slug, notes] of Object.entries(checks)) {
      const verdict = one(within([page(`claims/${slug}/`)], '.verdict'), '.verdict');
      // Each element as tag.class, without Astro's scoping class.
      const parts = [...verdict.children].map((el) =>
        [el.tagName.toLowerCase(), ...[...el.classList].filter((c) => !c.startsWith('astro-'))].join('.'),
      );
      expect(parts.slice(0, 2), slug).toEqual(['h2', 'p.headline-note']);
      expect(text(verdict.querySelector('.headline-note')!), slug).toMatch(/^Headline (comparison|figure): /);
      if (notes.length === 0) expect(parts, slug).not.toContain('h3');
      else {
        expect(parts.slice(-notes.length - 1), slug).toEqual(['h3', ...notes]);
        expect(text(verdict.querySelector('h3')!)).toBe('Checks of the headline');
      }
    }
  });

  it("the organiser claim gives the '30 seats' to Ian Lavery, who wrote it, not to the unit", () => {
    const body = text(one(within([page('claims/organiser-seats/')], 'main'), 'main'));
    expect(body).toContain("The unit's report may rest on its own seat list (Ian Lavery wrote of about 30 seats)");
  });

  it('a matched headline of 6 seats or more says how much it leans on single seats, in words and in the CSV', () => {
    const note = (slug: string) => text(one(within([page(`claims/${slug}/`)], 'p.seat-note'), slug));
    // Organiser seats: Putney, named because Labour won it, carries most of the lean towards Labour.
    expect(note('organiser-seats')).toMatch(
      /^How much the headline leans on single seats: leaving out one of the 15 seats at a time \(with its matched seats\), the gap runs from [\d.]+ points more towards Labour \(without [^)]+\) to 0\.3 points more towards Labour \(without Putney\), against 0\.9 points more towards Labour with all of them; Putney moves it most\./,
    );
    const verdict = text(one(within([page('claims/organiser-seats/')], '.verdict'), 'verdict'));
    expect(verdict).toContain(
      'so a gap larger than that is unlikely in these seats, but a smaller one is not ruled out, nor any effect in seats the unit worked in that no public source names. The gap leans on one seat: without Putney it is 0.3 points more towards Labour',
    );
    expect(note('unite-to-remain')).toMatch(
      /^How much the headline leans on single seats: leaving out one of the 45 seats/,
    );
    const { header, rows } = csvTable(stripBom(distText('claims/organiser-seats.csv')));
    const oneOut = rows.map((r) => rowObject(header!.cells, r.cells)).filter((r) => r.section === 'one-seat-out');
    expect(oneOut).toHaveLength(15);
    expect(oneOut.find((r) => r.measure === 'Against matched seats, without Putney')).toMatchObject({
      n: '14',
      estimate: '-0.345',
      ci_low: '',
    });
  });

  it('Unite to Remain says which pact seats already lacked a pact party before the pact, and how they moved', () => {
    const body = text(one(within([page('claims/unite-to-remain/')], 'main'), 'main'));
    expect(body).toContain(
      'In 23 of the 59 pact seats a pact party already had no candidate in 2017, so the 2017 pact vote there already had a party standing aside, and its change shows less of what standing aside adds: on average a rise of 3.1 points in those seats, against a rise of 7.2 points in the 36 where all the pact parties had stood.',
    );
    expect(body).toContain('(480 seats; 470 once the seats of other cited sets are kept out)');
    expect(body).toContain('(Brighton, Pavilion: no other seat held by the same party)');
  });

  it("Putney's one-seat yardstick is flagged where its figure is given, with the gap against the rest of London", () => {
    const body = text(one(within([page('claims/putney/')], 'main'), 'main'));
    expect(body).toMatch(
      /Putney's change minus that of its one matched seat, Cities of London and Westminster, the only seat within the matching limit, though not close to Putney in [^:]+: a yardstick of one seat\. Against the other 64 seats of London \(cited seats left out\) Putney's gap is \+10\.7 points/,
    );
  });
});

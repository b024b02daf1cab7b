// Citations: plain text, APA-style and BibTeX, with the access date in each style.
import { describe, expect, it } from 'vitest';
import { bibtexEscape, bibtexKey, CITE_FORMATS, citation, citationText, dateStyle } from '../../../src/lib/export/cite';

const input = {
  title: 'Vote share in Putney & Roehampton',
  url: 'https://example.org/gw/seat/E14000887/#vote-share',
  version: 'abc1234567',
  year: 2026,
  accessed: new Date(Date.UTC(2026, 10, 23)),
};

describe('citation', () => {
  const c = citation(input);
  it('plain text names the title, version, permalink and access date', () => {
    expect(citationText(c.plain, input.accessed)).toBe(
      'Groundwork (2026). Vote share in Putney & Roehampton. Data version abc1234567. https://example.org/gw/seat/E14000887/#vote-share (accessed 23 November 2026).',
    );
  });
  it('APA style is a data set with the version and a retrieval date', () => {
    expect(citationText(c.apa, input.accessed)).toBe(
      'Groundwork. (2026). Vote share in Putney & Roehampton (Data version abc1234567) [Data set]. Retrieved November 23, 2026, from https://example.org/gw/seat/E14000887/#vote-share',
    );
  });
  it('BibTeX escapes the title and dates the access in ISO form', () => {
    const b = citationText(c.bibtex, input.accessed);
    expect(b.startsWith('@misc{groundwork_gw_seat_E14000887_voteshare_abc1234567,\n')).toBe(true);
    expect(b).toContain('  title        = {Vote share in Putney \\& Roehampton},\n');
    expect(b).toContain('  urldate      = {2026-11-23},\n');
    expect(b).toContain('  version      = {abc1234567},\n');
    expect(b.endsWith('accessed 2026-11-23}\n}')).toBe(true);
  });
  it('BibTeX keeps a #fragment out of howpublished, where biblatex stops on it, and in the verbatim url field', () => {
    // pdflatex with biblatex: "Illegal parameter number in definition of \abx@field@howpublished" on the #.
    const b = citationText(c.bibtex, input.accessed);
    expect(b).toContain('  howpublished = {\\url{https://example.org/gw/seat/E14000887/}},\n');
    expect(b).toContain('  url          = {https://example.org/gw/seat/E14000887/#vote-share},\n');
    expect(b.match(/#/g)).toHaveLength(1);
    const view = citationText(
      citation({ ...input, url: 'https://example.org/gw/?election=2019#map' }).bibtex,
      input.accessed,
    );
    expect(view).toContain('  howpublished = {\\url{https://example.org/gw/?election=2019}},\n');
    const odd = citationText(citation({ ...input, url: 'https://example.org/gw/?a=1&b=%20' }).bibtex, input.accessed);
    expect(odd).not.toContain('howpublished');
    expect(odd).toContain('  url          = {https://example.org/gw/?a=1&b=%20},\n');
  });
  it('a later access date changes only the date pieces', () => {
    const later = new Date(Date.UTC(2027, 0, 5));
    expect(citationText(c.plain, later)).toBe(
      citationText(c.plain, input.accessed).replace('23 November 2026', '5 January 2027'),
    );
  });
});

describe('CITE_FORMATS', () => {
  it('lists plain text first (the page carries it), then APA and BibTeX, each with its date style', () => {
    const c = citation(input);
    expect(CITE_FORMATS.map((f) => [f.id, f.name, f.rows, dateStyle(c[f.id])])).toEqual([
      ['plain', 'Plain text', 3, 'long'],
      ['apa', 'APA style', 3, 'apa'],
      ['bibtex', 'BibTeX', 10, 'iso'],
    ]);
  });
});

describe('bibtexEscape and bibtexKey', () => {
  it('escapes the characters LaTeX treats specially', () => {
    expect(bibtexEscape('50% of £5 & {x}_1 #2 ~ ^')).toBe(
      '50\\% of £5 \\& \\{x\\}\\_1 \\#2 \\textasciitilde{} \\textasciicircum{}',
    );
  });
  it('keys a citation by path, the chart it points at and version, "home" for the site root', () => {
    expect(bibtexKey('https://example.org/membership/', 'v1')).toBe('groundwork_membership_v1');
    expect(bibtexKey('https://example.org/membership/#trend', 'v1')).toBe('groundwork_membership_trend_v1');
    expect(bibtexKey('https://example.org/', 'v1')).toBe('groundwork_home_v1');
  });
  it("gives a page's chart and the page itself different keys, so both go in one .bib file", () => {
    const page = bibtexKey('https://example.org/seat/E14001170/', 'v1');
    const chart = bibtexKey('https://example.org/seat/E14001170/#vote-share', 'v1');
    expect(chart).toBe('groundwork_seat_E14001170_voteshare_v1');
    expect(chart).not.toBe(page);
  });
});

describe('citation with the versioned data address', () => {
  const c = citation({ ...input, dataUrl: 'https://example.org/gw/data/v/abc1234567/' });
  it("names the address of that version's tables in every style", () => {
    expect(citationText(c.plain, input.accessed)).toBe(
      'Groundwork (2026). Vote share in Putney & Roehampton. Data version abc1234567 (tables: https://example.org/gw/data/v/abc1234567/). https://example.org/gw/seat/E14000887/#vote-share (accessed 23 November 2026).',
    );
    expect(citationText(c.apa, input.accessed)).toContain(
      '[Data set]. Tables: https://example.org/gw/data/v/abc1234567/. Retrieved November 23, 2026',
    );
    expect(citationText(c.bibtex, input.accessed)).toContain(
      'note         = {Data version abc1234567, tables at \\url{https://example.org/gw/data/v/abc1234567/}, accessed 2026-11-23}',
    );
  });
});

describe('writeCitation (a Cite control whose citation changes on the page)', () => {
  it('writes every format again from the data, so BibTeX takes the new title escaped', async () => {
    const { parseHTML } = await import('linkedom');
    const { writeCitation } = await import('../../../src/client/cite-write');
    const old = { title: 'Old map view', url: input.url, version: input.version, year: input.year };
    const { document } = parseHTML(
      `<details class="cite" data-citation='${JSON.stringify(old)}'>${CITE_FORMATS.map(
        (f) => `<textarea id="c1-${f.id}" data-cite="x">Old map view</textarea>`,
      ).join('')}</details>`,
    );
    const details = document.querySelector('details') as unknown as HTMLElement;
    details.dataset.citation = JSON.stringify({ ...old, title: '100% of seats & more_2019' });
    writeCitation(details, input.accessed);
    const value = (id: string) => (document.getElementById(`c1-${id}`) as unknown as HTMLTextAreaElement).value;
    expect(value('bibtex')).toContain('  title        = {100\\% of seats \\& more\\_2019},\n');
    expect(value('plain')).toBe(
      'Groundwork (2026). 100% of seats & more_2019. Data version abc1234567. https://example.org/gw/seat/E14000887/#vote-share (accessed 23 November 2026).',
    );
    expect(value('apa')).toContain('100% of seats & more_2019 (Data version abc1234567)');
  });
});

// Checks the real hand-curated files under data/ against the Commons Library 2019 results file in shared/data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadCurated } from '../../../pipeline/steps/curated';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const HOC_2019 = join(
  ROOT,
  '..',
  'shared',
  'data',
  'ge_results_2015_2019_hoc',
  'HoC-GE2019-results-by-constituency.csv',
);

const hoc = Papa.parse<Record<string, string>>(readFileSync(HOC_2019, 'utf8'), {
  header: true,
  skipEmptyLines: 'greedy',
}).data;
const nameByCode = new Map(hoc.map((r) => [r['ONS ID'] ?? '', r['Constituency name'] ?? '']));
const codes2019 = new Set(nameByCode.keys());
const codeOf = (hocName: string) => hoc.find((r) => r['Constituency name'] === hocName)?.['ONS ID'];

/** Lower case, no accents or punctuation (the Library writes "Southampton, Itchen" and "Isle Of Wight"). */
function norm(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const today = new Date().toISOString().slice(0, 10);
const data = loadCurated(ROOT, codes2019, today);
const setById = (id: string) => {
  const s = data.sets.find((x) => x.entry.id === id);
  if (!s) throw new Error(`no set ${id}`);
  return s;
};

describe('the 2019 results file used as the code list', () => {
  it('has the 650 2010-2023 seats', () => {
    expect(codes2019.size).toBe(650);
  });
});

describe('data/seat-sets/sets.json', () => {
  it('registers the organiser set and the Unite to Remain set with their files', () => {
    expect(data.registry.map((e) => [e.id, e.format, e.file, e.completeness, e.compare])).toEqual([
      ['cou-2019', 'organisers', 'data/organisers.csv', 'partial', { before: '2017', after: '2019' }],
      [
        'utr-2019',
        'seat-set',
        'data/seat-sets/unite-to-remain-2019.csv',
        'complete',
        { before: '2017', after: '2019' },
      ],
    ]);
  });

  it('names the outcome each claim is about', () => {
    expect(setById('cou-2019').entry.outcomes.map((o) => o.kind)).toEqual(['share-change', 'butler-swing']);
    expect(setById('utr-2019').entry.outcomes).toEqual([
      expect.objectContaining({ kind: 'share-change', parties: ['ld', 'green', 'pc'] }),
    ]);
  });
});

describe('data/seat-sets/unite-to-remain-2019.csv', () => {
  const utr = setById('utr-2019');
  if (utr.format !== 'seat-set') throw new Error('utr-2019 should be a seat set');

  it('holds all 60 pact seats, each resolved to a distinct 2010-set code', () => {
    expect(utr.rows).toHaveLength(60);
    expect(utr.codes).toHaveLength(60);
    for (const r of utr.rows) expect(codes2019.has(r.ons_code)).toBe(true);
  });

  it('splits 43 Liberal Democrat, 10 Green, 7 Plaid Cymru', () => {
    const count = (p: string) => utr.rows.filter((r) => r.attributes.party_given_clear_run === p).length;
    expect([count('ld'), count('green'), count('pc')]).toEqual([43, 10, 7]);
  });

  it('matches each name in the source to the Library name of its code', () => {
    for (const r of utr.rows) expect(norm(nameByCode.get(r.ons_code) ?? '')).toBe(norm(r.name_in_source));
  });

  it('puts the Plaid seats and 3 Liberal Democrat seats and 1 Green seat in Wales', () => {
    const welsh = (p: string) =>
      utr.rows.filter((r) => r.attributes.party_given_clear_run === p && r.ons_code.startsWith('W07')).length;
    expect([welsh('pc'), welsh('ld'), welsh('green')]).toEqual([7, 3, 1]);
  });

  it('leaves out the seats where the Liberal Democrats stood down for non-pact candidates', () => {
    for (const name of ['Beaconsfield', 'Broxtowe', 'Luton South']) {
      const code = codeOf(name);
      expect(code).toBeDefined();
      expect(utr.codes).not.toContain(code);
    }
  });

  it('gives every row a source and a note', () => {
    for (const r of utr.rows) {
      expect(r.source_url).toMatch(/^https?:\/\//);
      expect(r.note.trim()).not.toBe('');
      expect(r.confidence).toBe('high');
    }
  });
});

describe('data/organisers.csv', () => {
  const rows = data.organisers;
  const TOWN_TO_SEAT: Record<string, string> = {
    Hastings: 'Hastings and Rye',
    Crewe: 'Crewe and Nantwich',
    Brighouse: 'Calder Valley',
  };

  it('is all set cou-2019 about the 2019 election, each row sourced and explained', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect([r.set_id, r.election]).toEqual(['cou-2019', '2019']);
      expect(r.source_url).toMatch(/^https?:\/\//);
      expect(r.note.trim()).not.toBe('');
    }
  });

  it('resolves every code to a 2010-set seat whose Library name matches the source', () => {
    for (const r of rows.filter((x) => x.ons_code !== null)) {
      const hocName = nameByCode.get(r.ons_code ?? '');
      expect(hocName).toBeDefined();
      expect(norm(hocName ?? '')).toBe(norm(TOWN_TO_SEAT[r.name_in_source] ?? r.name_in_source));
    }
  });

  it('covers the seats named in evidence.md sections A and G1', () => {
    const names = new Set(rows.filter((r) => r.ons_code !== null).map((r) => nameByCode.get(r.ons_code ?? '')));
    for (const seat of [
      'Putney',
      'Calder Valley',
      'Southampton, Itchen',
      'Broxtowe',
      'Glasgow South',
      'Shipley',
      'Mansfield',
      'Hastings and Rye',
      'Blackpool North and Cleveleys',
      'Crewe and Nantwich',
      'Blyth Valley',
      'Morley and Outwood',
      'Tottenham',
      'South Swindon',
      'Gloucester',
    ])
      expect(names.has(seat)).toBe(true);
    expect(setById('cou-2019').codes).toHaveLength(15);
  });

  it('leaves loosely named places unresolved, with an explaining note', () => {
    expect(data.unresolvedOrganisers.map((u) => u.row.name_in_source).sort()).toEqual([
      'Cornwall',
      'Newcastle',
      'Northumberland',
      'Southampton',
      'Stoke',
      'Walsall',
      'Wandsworth',
      'Westminster',
    ]);
    for (const u of data.unresolvedOrganisers) {
      expect(u.row.ons_code).toBeNull();
      expect(u.row.note).toMatch(/^UNRESOLVED: /);
    }
  });

  it('records the kind of each link as the sources describe it', () => {
    const kinds = (name: string) =>
      rows
        .filter((r) => r.name_in_source === name)
        .map((r) => r.link_kind)
        .sort();
    expect(kinds('Putney')).toEqual(['named-in-unit-report', 'named-in-unit-report']);
    expect(kinds('Broxtowe')).toEqual(['local-party-worked-with-unit', 'named-in-unit-report', 'named-in-unit-report']);
    expect(kinds('Shipley')).toEqual(['community-campaign', 'event-only', 'organiser-based-there']);
    expect(kinds('Tottenham')).toEqual(['event-only']);
    const advert = rows.find((r) => r.name_in_source === 'Shipley' && r.link_kind === 'organiser-based-there');
    expect(advert?.confidence).toBe('medium');
    expect(advert?.note).toContain('initially based in Shipley');
  });
});

describe('data/membership', () => {
  const lab = data.membership.labourYearEnd;
  const parties = data.membership.parties;

  it('gives one Labour year-end figure for each year 2009-2024', () => {
    expect(lab.map((r) => r.date)).toEqual(Array.from({ length: 16 }, (_, i) => `${2009 + i}-12-31`));
    for (const r of lab) expect([r.party, r.kind, r.date_precision]).toEqual(['lab', 'year-end-accounts', 'day']);
  });

  it('uses the figures evidence.md gives', () => {
    const by = Object.fromEntries(lab.map((r) => [r.date.slice(0, 4), r.members]));
    expect(by).toMatchObject({
      '2009': 156205,
      '2010': 193961,
      '2017': 564443,
      '2018': 518659,
      '2019': 532046,
      '2022': 407445,
      '2024': 333235,
    });
  });

  it('says which source says what where sources disagree, and flags the derived 2023 figure', () => {
    const year = (y: string) => lab.find((r) => r.date.startsWith(y));
    expect(year('2010')?.note).toContain('193,261');
    expect(year('2014')?.note).toContain('193,743');
    expect(year('2023')?.confidence).toBe('low');
    expect(year('2023')?.note).toMatch(/^Worked out, not stated by any source: 333,235/);
  });

  it('has the Library figures for the other parties, dated to the first of the stated month', () => {
    expect(new Set(parties.map((r) => r.party))).toEqual(new Set(['lab', 'con', 'ld', 'snp', 'green', 'ukip', 'pc']));
    const july2019 = parties.filter((r) => r.date === '2019-07-01').map((r) => [r.party, r.members]);
    expect(july2019).toEqual([
      ['lab', 485000],
      ['con', 180000],
      ['green', 48500],
    ]);
    for (const r of parties.filter((x) => x.date_precision === 'month'))
      expect(r.note).toContain('first of that month');
  });

  it('gives every row a source URL, a confidence and a note', () => {
    for (const r of [...lab, ...parties]) {
      expect(r.source_url).toMatch(/^https?:\/\//);
      expect(r.note.trim()).not.toBe('');
    }
  });
});

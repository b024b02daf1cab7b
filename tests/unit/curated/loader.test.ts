// loadCurated on the hand-made fixtures in tests/fixtures/curated (test data): a valid root, then one broken file at a time.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { describeUnresolved, loadCurated } from '../../../pipeline/steps/curated';
import { DataError } from '../../../src/lib/data-error';
import { caught } from '../pipeline/thrown';

const FIXTURES = fileURLToPath(new URL('../../fixtures/curated/', import.meta.url));
const VALID = join(FIXTURES, 'valid');
const CODES = new Set(['E14000001', 'E14000002', 'E14000003', 'W07000001']);
const TODAY = '2026-01-15';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A copy of the valid fixture root with `target` replaced by broken/`broken`. */
function rootWith(target: string, broken: string): string {
  const root = mkdtempSync(join(tmpdir(), 'curated-'));
  roots.push(root);
  cpSync(VALID, root, { recursive: true });
  cpSync(join(FIXTURES, 'broken', broken), join(root, target));
  return root;
}

const messageOf = (root: string): string => caught(DataError, () => loadCurated(root, CODES, TODAY)).message;

const ORG = 'data/organisers.csv';
const PACT = 'data/seat-sets/pact.csv';
const LAB = 'data/membership/labour-year-end.csv';
const PARTIES = 'data/membership/parties-hocl.csv';

describe('loadCurated on valid fixtures', () => {
  const data = loadCurated(VALID, CODES, TODAY);

  it('returns the registry and both sets with their distinct seats', () => {
    expect(data.registry.map((e) => e.id)).toEqual(['org-test', 'pact-test']);
    expect(data.sets.map((s) => [s.entry.id, s.format, s.rows.length, s.codes])).toEqual([
      ['org-test', 'organisers', 4, ['E14000001', 'W07000001']],
      ['pact-test', 'seat-set', 2, ['E14000002', 'E14000003']],
    ]);
  });

  it('types organiser rows, turning an empty code into null', () => {
    expect(data.organisers[0]).toEqual({
      set_id: 'org-test',
      ons_code: 'E14000001',
      local_authority_code: null,
      name_in_source: 'Testtown',
      election: '2019',
      link_kind: 'named-in-unit-report',
      source_url: 'https://example.org/report',
      source_title: 'Test report',
      confidence: 'medium',
      note: 'Test row, with a "quoted" phrase.',
    });
    expect(data.organisers[2]?.ons_code).toBeNull();
    expect(data.organisers[2]?.local_authority_code).toBe('E06999001');
  });

  it('reports unresolved organiser rows with their file line instead of dropping them', () => {
    expect(data.unresolvedOrganisers).toHaveLength(1);
    expect(data.unresolvedOrganisers[0]?.file).toBe(ORG);
    expect(data.unresolvedOrganisers[0]?.line).toBe(4);
    expect(data.unresolvedOrganisers[0]?.row.name_in_source).toBe('Testshire');
    expect(describeUnresolved(data)).toEqual([
      'data/organisers.csv:4 "Testshire" (event-only) has no single seat: UNRESOLVED: test county covering several seats.',
    ]);
  });

  it('keeps a seat set’s declared extra columns as attributes', () => {
    const pact = data.sets[1];
    expect(pact?.format).toBe('seat-set');
    if (pact?.format !== 'seat-set') return;
    expect(pact.rows.map((r) => [r.ons_code, r.attributes])).toEqual([
      ['E14000002', { party_given_clear_run: 'ld' }],
      ['E14000003', { party_given_clear_run: 'green' }],
    ]);
    expect(pact.rows[0]?.source_url).toBe('https://example.org/a ; https://example.org/b');
  });

  it('parses membership numbers and dates', () => {
    expect(data.membership.labourYearEnd.map((r) => [r.date, r.members])).toEqual([
      ['2018-12-31', 1000],
      ['2019-12-31', 1200],
    ]);
    expect(data.membership.parties.map((r) => [r.date, r.date_precision, r.party, r.members, r.kind])).toEqual([
      ['2019-07-01', 'month', 'con', 500, 'point-in-time'],
      ['2019-01-01', 'year', 'con', 450, 'leadership-electorate'],
    ]);
  });
});

describe('loadCurated on broken fixtures', () => {
  const cases: [string, string, string, string][] = [
    ['missing column', ORG, 'organisers-missing-column.csv', 'data/organisers.csv:1 field "note": missing column'],
    [
      'unknown ONS code',
      ORG,
      'organisers-unknown-code.csv',
      'data/organisers.csv:3 field "ons_code": unknown ONS code E14999999: not a 2010-2023 constituency',
    ],
    [
      'duplicate row (after a blank line)',
      ORG,
      'organisers-duplicate.csv',
      'data/organisers.csv:5: duplicate row: same set_id, ons_code, link_kind and source_url as line 2',
    ],
    [
      'duplicate unresolved place',
      ORG,
      'organisers-duplicate-unresolved.csv',
      'data/organisers.csv:4: duplicate row: same set_id, ons_code, link_kind and source_url as line 2',
    ],
    [
      'truncated last line',
      ORG,
      'organisers-truncated.csv',
      'data/organisers.csv:4 field "source_url": row has 6 fields, header has 10 (truncated row?)',
    ],
    [
      'bad link kind',
      ORG,
      'organisers-bad-kind.csv',
      'data/organisers.csv:2 field "link_kind": must be one of: named-in-unit-report, organiser-based-there, local-party-worked-with-unit, event-only, community-campaign',
    ],
    [
      'a seat and a local authority on one row',
      ORG,
      'organisers-seat-and-authority.csv',
      'data/organisers.csv:3 field "local_authority_code": a row with a seat (ons_code) must leave local_authority_code empty: it is for places that are not one seat',
    ],
    [
      'a place with neither a seat nor a local authority',
      ORG,
      'organisers-place-without-authority.csv',
      'data/organisers.csv:3 field "local_authority_code": a place with no seat (ons_code empty) must give its local authority code, so its seats can be found',
    ],
    [
      'a ward code where a local authority belongs',
      ORG,
      'organisers-bad-authority.csv',
      'data/organisers.csv:2 field "local_authority_code": must be a local authority ONS code (E06, E07, E08, E09, S12 or W06 and 6 digits) or empty',
    ],
    ['blank note', ORG, 'organisers-empty-note.csv', 'data/organisers.csv:2 field "note": note must not be empty'],
    [
      'unregistered set id',
      ORG,
      'organisers-unregistered-set.csv',
      'data/organisers.csv:2 field "set_id": set_id "other-set" is not registered for this file in data/seat-sets/sets.json',
    ],
    [
      'future membership date',
      LAB,
      'membership-future.csv',
      'data/membership/labour-year-end.csv:3 field "date": date 2099-12-31 is in the future (today is 2026-01-15)',
    ],
    [
      'negative members',
      LAB,
      'membership-negative.csv',
      'data/membership/labour-year-end.csv:2 field "members": must be a whole number of members, 0 or more',
    ],
    [
      'non-integer members',
      LAB,
      'membership-fraction.csv',
      'data/membership/labour-year-end.csv:3 field "members": must be a whole number of members, 0 or more',
    ],
    [
      'wrong party in the Labour file',
      LAB,
      'membership-wrong-party.csv',
      'data/membership/labour-year-end.csv:2 field "party": this file holds only party lab',
    ],
    [
      'month-precision date not on the 1st',
      PARTIES,
      'membership-month-not-first.csv',
      'data/membership/parties-hocl.csv:2 field "date": a month-precision date must be the first day of that month',
    ],
    [
      'unknown code in a seat set',
      PACT,
      'pact-unknown-code.csv',
      'data/seat-sets/pact.csv:3 field "ons_code": unknown ONS code E14000009: not a 2010-2023 constituency',
    ],
    [
      'empty code in a seat set',
      PACT,
      'pact-empty-code.csv',
      'data/seat-sets/pact.csv:3 field "ons_code": must be an ONS constituency code (E14, W07, S14, N05 or N06 and 6 digits)',
    ],
    [
      'attribute value not allowed',
      PACT,
      'pact-bad-attribute.csv',
      'data/seat-sets/pact.csv:2 field "party_given_clear_run": must be one of: ld, green',
    ],
    [
      'declared attribute column missing',
      PACT,
      'pact-missing-attribute.csv',
      'data/seat-sets/pact.csv:1 field "party_given_clear_run": missing column',
    ],
    [
      'duplicate seat in a seat set',
      PACT,
      'pact-duplicate.csv',
      'data/seat-sets/pact.csv:3 field "ons_code": duplicate row: E14000002 is already on line 2',
    ],
    [
      'complete set short of its expected seats',
      PACT,
      'pact-short.csv',
      'data/seat-sets/pact.csv: set pact-test has 1 distinct seats but the registry expects 2',
    ],
    [
      'two source URLs but one title in a seat set',
      PACT,
      'pact-title-count.csv',
      'data/seat-sets/pact.csv:2 field "source_title": 1 title for 2 source URLs: give one title per URL, in the same order, separated by " ; "',
    ],
    [
      'one source URL but two titles in a membership file',
      PARTIES,
      'membership-title-count.csv',
      'data/membership/parties-hocl.csv:2 field "source_title": 2 titles for 1 source URL: give one title per URL, in the same order, separated by " ; "',
    ],
    [
      'row election differs from the registry',
      PACT,
      'pact-wrong-election.csv',
      'data/seat-sets/pact.csv:2 field "election": election 2017 differs from the registry\'s 2019 for pact-test',
    ],
  ];
  it.each(cases)('%s', (_name, target, broken, message) => {
    expect(messageOf(rootWith(target, broken))).toBe(message);
  });

  it('accepts a file that starts with a UTF-8 BOM', () => {
    const data = loadCurated(rootWith(ORG, 'organisers-bom.csv'), CODES, TODAY);
    expect(data.organisers.map((r) => r.name_in_source)).toEqual(['Testtown', 'Testtown', 'Testshire', 'Testford']);
  });

  it('rejects a seat-set CSV that the registry does not list', () => {
    const root = rootWith(PACT, 'pact-short.csv');
    cpSync(join(FIXTURES, 'broken', 'pact-duplicate.csv'), join(root, 'data/seat-sets/stray.csv'));
    expect(messageOf(root)).toBe('data/seat-sets/stray.csv: not listed in data/seat-sets/sets.json');
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry is mangled on purpose, field by field
  const registryCases: [string, (r: Record<string, any>[]) => void, string][] = [
    [
      'unknown outcome kind',
      (r) => {
        r[0]!.outcomes[0].kind = 'vibes';
      },
      "field \"0.outcomes.0.kind\": Invalid discriminator value. Expected 'share-change' | 'butler-swing'",
    ],
    [
      'duplicate set id',
      (r) => {
        r[1]!.id = 'org-test';
      },
      'field "1.id": duplicate set id "org-test"',
    ],
    [
      'comparison pair backwards',
      (r) => {
        r[1]!.compare = { before: '2019', after: '2017' };
      },
      'field "1.compare": 2019 -> 2017 is not an earlier-to-later pair on one boundary set',
    ],
    [
      'comparison pair across boundary sets',
      (r) => {
        r[1]!.compare = { before: '2017', after: '2024' };
      },
      'field "1.compare": 2017 -> 2024 is not an earlier-to-later pair on one boundary set',
    ],
    [
      'comparison pair skipping an election',
      (r) => {
        r[1]!.compare = { before: '2010', after: '2019' };
      },
      'field "1.compare": 2010 -> 2019 is not an election and the one before it on the same boundaries (2019 follows 2017)',
    ],
    [
      'complete set without a seat count',
      (r) => {
        r[1]!.expectedSeats = null;
      },
      'field "1.expectedSeats": a complete set must give expectedSeats',
    ],
    [
      'seat set sharing the organiser file',
      (r) => {
        r[1]!.file = 'data/organisers.csv';
      },
      'field "0.file": data/organisers.csv is listed by more than one set; only organiser-format sets may share a file',
    ],
  ];
  it.each(registryCases)('rejects a registry with %s', (_name, mutate, message) => {
    const root = rootWith(PACT, 'pact-short.csv');
    const file = join(root, 'data/seat-sets/sets.json');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
    const registry = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>[];
    mutate(registry);
    writeFileSync(file, JSON.stringify(registry));
    expect(messageOf(root)).toBe(`data/seat-sets/sets.json ${message}`);
  });

  it('rejects a set whose election is on other boundaries than its comparison, though its rows agree with it', () => {
    const root = rootWith(PACT, 'pact-short.csv');
    const file = join(root, 'data/seat-sets/sets.json');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
    const registry = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>[];
    Object.assign(registry[1]!, { election: '2024', expectedSeats: 1 });
    writeFileSync(file, JSON.stringify(registry));
    const csv = readFileSync(join(root, PACT), 'utf8').replace('E14000002,Testbury,2019', 'E14001002,Testbury,2024');
    writeFileSync(join(root, PACT), csv);
    expect(caught(DataError, () => loadCurated(root, CODES, TODAY, new Set(['E14001002']))).message).toBe(
      'data/seat-sets/sets.json field "1.election": the set\'s seats are coded for 2024 (2024 boundaries) but it compares 2017 -> 2019 (2010-2023 boundaries)',
    );
  });

  it('reports a missing registry file', () => {
    const root = rootWith(PACT, 'pact-short.csv');
    rmSync(join(root, 'data/seat-sets/sets.json'));
    expect(messageOf(root)).toBe('data/seat-sets/sets.json: file not found');
  });
});

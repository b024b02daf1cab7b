// loadLocalMembership on temporary folders holding hand-made files (TEST DATA: invented seats and numbers): what is
// published, what is suppressed, and the exact DataError that stops the build.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLocalMembership, describeLocalMembership } from '../../../pipeline/steps/local-membership';
import { SEATS, TODAY } from '../../fixtures/membership/seats';

const fixtures = join(__dirname, '../../fixtures/membership');
const OLD = new Set(SEATS.filter((s) => s.boundarySet === '2010').map((s) => s.code));
const NEW = new Set(SEATS.filter((s) => s.boundarySet === '2024').map((s) => s.code));
const SIDECAR = {
  title: 'TEST DATA: Testford CLP figures (invented)',
  source: 'Testford CLP secretary (test)',
  source_url: 'https://example.org/testford',
  party: 'Labour',
  licence: 'CC BY 4.0 (test)',
  permission: 'Agreed by the CLP executive, 1 January 2024 (test)',
  contact: 'secretary@example.org',
};

const roots: string[] = [];
function root(files: Record<string, string> = {}, copies: Record<string, string> = {}): string {
  const r = mkdtempSync(join(tmpdir(), 'gw-local-membership-'));
  roots.push(r);
  const dir = join(r, 'data/membership/local');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  for (const [name, fixture] of Object.entries(copies)) copyFileSync(join(fixtures, fixture), join(dir, name));
  return r;
}
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

const load = (r: string, withSeats = true) => loadLocalMembership(r, OLD, NEW, TODAY, withSeats ? SEATS : undefined);
const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
  throw new Error('expected an error');
};

describe('nothing published', () => {
  it('an absent folder and a folder with only its README and .gitkeep publish nothing', () => {
    const r = mkdtempSync(join(tmpdir(), 'gw-local-membership-'));
    roots.push(r);
    expect(load(r)).toEqual({ files: [] });
    expect(load(root({ 'README.md': '# x', '.gitkeep': '' }))).toEqual({ files: [] });
  });
});

describe('a valid file', () => {
  const make = (threshold?: number) =>
    load(
      root(
        { 'testford-clp.json': JSON.stringify({ ...SIDECAR, ...(threshold ? { threshold } : {}) }) },
        { 'testford-clp.csv': 'good.csv' },
      ),
    );

  it('is published with its source, counts under 10 suppressed, and no contact address', () => {
    const out = make();
    expect(out.files).toHaveLength(1);
    const f = out.files[0]!;
    expect(f).toMatchObject({
      id: 'testford-clp',
      file: 'data/membership/local/testford-clp.csv',
      label: 'TEST DATA: Testford CLP figures (invented)',
      party: 'Labour',
      boundarySet: '2010',
      published: true,
      threshold: 10,
      rowsRead: 4,
      rowsUsed: 4,
      source: {
        title: 'TEST DATA: Testford CLP figures (invented)',
        source: 'Testford CLP secretary (test)',
        sourceUrl: 'https://example.org/testford',
        licence: 'CC BY 4.0 (test)',
        permission: 'Agreed by the CLP executive, 1 January 2024 (test)',
      },
    });
    // good.csv: E14900001 120/30/5 and 150/40/-, Mockby 80/-/-, Example Bay 4/0/0.
    expect(f.records).toEqual([
      { code: 'E14900001', date: '2017-06-01', members: 120, activists: 30, trained: { under: 10 } },
      { code: 'E14900001', date: '2019-11-01', members: 150, activists: 40, trained: null },
      { code: 'E14900003', date: '2017-06-01', members: 80, activists: null, trained: null },
      {
        code: 'W07900001',
        date: '2019-11-01',
        members: { under: 10 },
        activists: { under: 10 },
        trained: { under: 10 },
      },
    ]);
    expect(JSON.stringify(out)).not.toContain('secretary@example.org');
    expect(describeLocalMembership(out)).toEqual([
      'data/membership/local/testford-clp.csv: 4 of 4 rows published (Labour, 2010 seats, counts under 10 suppressed)',
      'data/membership/local/testford-clp.csv: read on the 2010–2023 seats: the file names seats that exist only on those boundaries',
      'data/membership/local/testford-clp.csv: 1 comment line starting with "#" skipped (line 1)',
      'data/membership/local/testford-clp.csv: line 2: ignored column not in the format: "note"',
    ]);
  });

  it('uses the threshold the sidecar sets', () => {
    const f = make(100).files[0]!;
    expect(f.threshold).toBe(100);
    expect(f.records.map((r) => r.members)).toEqual([120, 150, { under: 100 }, { under: 100 }]);
  });

  it('a sidecar boundary_set places names used on both sets', () => {
    const f = load(
      root({ 'a.json': JSON.stringify({ ...SIDECAR, boundary_set: '2010' }) }, { 'a.csv': 'ambiguous-name.csv' }),
    ).files[0]!;
    expect(f.records.map((r) => r.code)).toEqual(['E14900001', 'S14900001']);
  });
});

describe('what stops the build', () => {
  const withSidecar = (csv: string, sidecar: object = SIDECAR) =>
    root({ 'clp.json': JSON.stringify(sidecar) }, { 'clp.csv': csv });

  it.each([
    [
      'negative.csv',
      'DataError: data/membership/local/clp.csv:3 field "members": members "-5" is negative (and 3 more problems on lines 4, 5, 6)',
    ],
    [
      'duplicate.csv',
      'DataError: data/membership/local/clp.csv:3 field "date": E14900001 on 2017-06-01 is given more than once (lines 3, 5); none of these rows is used (and 1 more problem on line 5)',
    ],
    [
      'future-date.csv',
      'DataError: data/membership/local/clp.csv:3 field "date": date 2099-01-01 is in the future (today is 2024-12-31) (and 3 more problems on lines 4, 5, 6)',
    ],
    [
      'missing-column.csv',
      'DataError: data/membership/local/clp.csv:2 field "members": missing required column "members"',
    ],
    [
      'mixed-sets.csv',
      'DataError: data/membership/local/clp.csv: the file mixes boundary sets: lines 3, 5 name 2010–2023 seats and line 4 names 2024 seats; put each boundary set in its own file',
    ],
    [
      'unknown-code.csv',
      'DataError: data/membership/local/clp.csv:3 field "ons_code": unknown ons_code E14999999: not a constituency on the 2010–2023 or 2024 boundaries (and 3 more problems on lines 4, 5, 6)',
    ],
  ])('%s: the first rejected row or file-level problem, with file, line, field and how many more', (file, message) => {
    expect(errorOf(() => load(withSidecar(file)))).toBe(message);
  });

  it('a row of 0 members stops the build, as a national figure of 0 does', () => {
    const r = root({
      'clp.json': JSON.stringify(SIDECAR),
      'clp.csv': 'ons_code,date,members\nE14900001,2017-06-01,20\nE14900002,2017-06-01,0\n',
    });
    expect(errorOf(() => load(r))).toBe(
      'DataError: data/membership/local/clp.csv:3 field "members": members is 0; a row gives how many members the party has there, at least 1',
    );
  });

  it('names cannot be matched when the pipeline passes no seat list', () => {
    const r = root({
      'clp.json': JSON.stringify(SIDECAR),
      'clp.csv': 'constituency,date,members\nMockby,2017-06-01,20\n',
    });
    expect(errorOf(() => load(r, false))).toBe(
      'DataError: data/membership/local/clp.csv:2 field "constituency": no constituency called "Mockby" on the 2010–2023 or 2024 boundaries (no seat list was given to the build step, so only ons_code can be matched)',
    );
    expect(load(r).files[0]!.records).toEqual([
      { code: 'E14900003', date: '2017-06-01', members: 20, activists: null, trained: null },
    ]);
  });

  it('the sidecar: missing, without a licence, with an unknown key, or naming another party', () => {
    expect(errorOf(() => load(root({}, { 'clp.csv': 'good.csv' })))).toBe(
      'DataError: data/membership/local/clp.json: missing sidecar: every CSV here needs a .json file of the same name giving source, party, licence and permission',
    );
    const { licence: _drop, ...noLicence } = SIDECAR;
    expect(errorOf(() => load(withSidecar('good.csv', noLicence)))).toMatch(
      /^DataError: data\/membership\/local\/clp\.json field "licence": /,
    );
    expect(errorOf(() => load(withSidecar('good.csv', { ...SIDECAR, licence: ' ' })))).toBe(
      'DataError: data/membership/local/clp.json field "licence": licence must say under what terms the figures may be published',
    );
    expect(errorOf(() => load(withSidecar('good.csv', { ...SIDECAR, threshhold: 5 })))).toMatch(
      /^DataError: data\/membership\/local\/clp\.json: .*threshhold/,
    );
    expect(errorOf(() => load(withSidecar('good.csv', { ...SIDECAR, party: 'Green' })))).toBe(
      'DataError: data/membership/local/clp.csv field "party": the party column says "Labour" but clp.json says "Green"',
    );
    expect(errorOf(() => load(root({ 'clp.json': '{ not json' }, { 'clp.csv': 'good.csv' })))).toMatch(
      /^DataError: data\/membership\/local\/clp\.json: invalid JSON: /,
    );
  });

  it('stray files and unusable file names', () => {
    expect(errorOf(() => load(root({ 'notes.txt': 'x' })))).toBe(
      'DataError: data/membership/local/notes.txt: only .csv files, their .json sidecars, README.md and .gitkeep belong in this folder',
    );
    expect(errorOf(() => load(root({ 'orphan.json': '{}' })))).toBe(
      'DataError: data/membership/local/orphan.json: sidecar without a CSV file of the same name',
    );
    expect(
      errorOf(() => load(root({ 'Big File.json': JSON.stringify(SIDECAR) }, { 'Big File.csv': 'good.csv' }))),
    ).toBe(
      'DataError: data/membership/local/Big File.csv: file name must be lower-case letters, digits and hyphens, ending .csv (it becomes part of a URL)',
    );
  });

  it('a today that is not a date', () => {
    expect(() => loadLocalMembership(root(), OLD, NEW, 'today')).toThrow('today must be YYYY-MM-DD, got "today"');
  });
});

it('the repository folder itself publishes nothing by default', () => {
  const repo = join(__dirname, '../../..');
  expect(loadLocalMembership(repo, OLD, NEW, TODAY, SEATS)).toEqual({ files: [] });
  expect(readFileSync(join(repo, 'data/membership/local/README.md'), 'utf8')).toContain('empty by default');
});

// Citations that last: a small test build run twice. Version 1 is built by the real pipeline and archived with its
// claim pages' figures (as publishing does); a curated row is changed and the pipeline runs again. The versioned
// endpoints then still serve version 1's seats.csv byte for byte at /data/v/{v1}/seats.csv, serve version 2's one
// changed table beside it (the tables and claim figures it left unchanged are kept once, in version 1's folder), say
// what changed (one organiser row) and mark version 1 as not the latest. Archiving version 2 then stores only the
// changed table.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultOptions, runPipeline } from '../../pipeline/pipeline';
import { archiveVersion, readArchivedCsv, readManifest } from '../../src/server/archive';
import { toCsvFile } from '../../src/lib/format/csv';
import { ROOT } from './derived';

const work = mkdtempSync(join(tmpdir(), 'groundwork-versions-'));
const archive = join(work, 'archive');
let v1 = '';
let v2 = '';
let v1Seats = '';
let v1Putney = '';

async function build(root: string, out: string): Promise<string> {
  const opts = defaultOptions(ROOT, () => {});
  const r = await runPipeline({ ...opts, root, outDir: out, rawCache: opts.rawCache });
  return r.version;
}

beforeAll(async () => {
  const root = join(work, 'repo');
  for (const p of [
    'data/sources.json',
    'data/organisers.csv',
    'data/seat-sets',
    'data/membership',
    'data/changelog.json',
  ])
    cpSync(join(ROOT, p), join(root, p), { recursive: true });
  v1 = await build(root, join(work, 'derived-1'));
  process.env.GROUNDWORK_DERIVED = join(work, 'derived-1');
  process.env.GROUNDWORK_ARCHIVE = archive;
  vi.resetModules();
  const { currentVersionFiles } = await import('../../src/views/data-versions');
  const files = currentVersionFiles();
  v1Putney = toCsvFile(
    files.find((f) => f.file === 'claim-putney.csv')!.columns,
    files.find((f) => f.file === 'claim-putney.csv')!.rows,
  );
  const published = archiveVersion(archive, v1, '2026-12-01', files);
  expect(published.added).toBe(true);
  v1Seats = readArchivedCsv(archive, v1, 'seats.csv');
  // The change: one organiser row's confidence.
  const org = join(root, 'data/organisers.csv');
  const text = readFileSync(org, 'utf8');
  const changed = text.replace(/(cou-2019,E14000947,,South Swindon,2019,event-only,[^\n]*?),medium,/, '$1,low,');
  expect(changed).not.toBe(text);
  writeFileSync(org, changed);
  v2 = await build(root, join(work, 'derived-2'));
  process.env.GROUNDWORK_DERIVED = join(work, 'derived-2');
  process.env.GROUNDWORK_ARCHIVE = archive;
  // src/data reads its folders when first imported (above, for version 1): the endpoints import it afresh.
  vi.resetModules();
}, 240_000);

afterAll(() => {
  delete process.env.GROUNDWORK_DERIVED;
  delete process.env.GROUNDWORK_ARCHIVE;
  rmSync(work, { recursive: true, force: true });
});

describe('a data change after a published version', () => {
  it('gives a new version, and the old seats.csv is still served unchanged at its versioned address', async () => {
    expect(v2).not.toBe(v1);
    const endpoint = await import('../../src/pages/data/v/[version]/[table].csv');
    const paths = endpoint
      .getStaticPaths()
      .map((p: { params: { version: string; table: string } }) => `${p.params.version}/${p.params.table}`);
    expect(paths).toContain(`${v1}/seats`);
    expect(paths).toContain(`${v1}/organisers`);
    // Version 2 changed organisers.csv only: that is the one file its folder holds.
    expect(paths.filter((p: string) => p.startsWith(`${v2}/`))).toEqual([`${v2}/organisers`]);
    const res = await (endpoint.GET as (c: unknown) => Promise<Response> | Response)({
      params: { version: v1, table: 'seats' },
    });
    const served = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(served).toBe(v1Seats);
    expect(served.split('\n').length).toBe(3902);
  }, 120_000);

  it('says what changed: one organiser row, nothing else; version 1 is not the latest', async () => {
    const { dataVersions, latestVersion, versionDiff } = await import('../../src/views/data-versions');
    expect(dataVersions().map((v) => [v.version, v.archived, v.current])).toEqual([
      [v1, true, false],
      [v2, false, true],
    ]);
    expect(latestVersion().version).toBe(v2);
    const diff = versionDiff(v2)!;
    const changed = diff.filter((d) => d.status !== 'unchanged');
    expect(changed.map((d) => [d.file, d.added, d.removed, d.changed])).toEqual([['organisers.csv', 0, 0, 1]]);
    expect(changed[0]!.examples[0]!.cells).toEqual([{ column: 'confidence', before: 'medium', after: 'low' }]);
    expect(versionDiff(v1)).toBeNull();
  }, 120_000);

  it("links version 2's unchanged tables to version 1's copies, and its changed one to its own", async () => {
    const { dataVersions } = await import('../../src/views/data-versions');
    const homes = Object.fromEntries(dataVersions()[1]!.files.map((f) => [f.file, f.home]));
    expect(homes['organisers.csv']).toBe(v2);
    expect(homes['seats.csv']).toBe(v1);
    expect(Object.values(homes).filter((h) => h === v2)).toHaveLength(1);
  }, 120_000);

  it("keeps version 1's claim figures: the claim page's CSV then, served from version 1's folder for both versions", async () => {
    const { claimFileAddress, dataVersions, versionCsv } = await import('../../src/views/data-versions');
    expect(readArchivedCsv(archive, v1, 'claim-putney.csv')).toBe(v1Putney);
    expect(v1Putney).toContain('putney,rule-sensitivity,');
    const homes = Object.fromEntries(dataVersions()[1]!.files.map((f) => [f.file, f.home]));
    expect(Object.keys(homes).filter((f) => f.startsWith('claim-'))).toHaveLength(5);
    expect(homes['claim-putney.csv']).toBe(v1);
    expect(claimFileAddress('putney')).toBe(`data/v/${v1}/claim-putney.csv`);
    expect(versionCsv(v1, 'claim-putney.csv')).toBe(v1Putney);
  }, 120_000);

  it('archives version 2 storing only the changed table; every table still reads back as published', async () => {
    const { currentVersionFiles } = await import('../../src/views/data-versions');
    const tables = currentVersionFiles();
    const { added, entry } = archiveVersion(archive, v2, '2026-12-02', tables);
    expect(added).toBe(true);
    expect(entry.files.filter((f) => f.in === undefined).map((f) => f.file)).toEqual(['organisers.csv']);
    expect(entry.files.filter((f) => f.in !== undefined).every((f) => f.in === v1)).toBe(true);
    expect(readdirSync(join(archive, v2))).toEqual(['organisers.csv.gz']);
    expect(readManifest(archive).versions.map((v) => v.version)).toEqual([v1, v2]);
    expect(readArchivedCsv(archive, v2, 'seats.csv')).toBe(v1Seats);
    expect(readArchivedCsv(archive, v2, 'organisers.csv')).not.toBe(readArchivedCsv(archive, v1, 'organisers.csv'));
    expect(existsSync(join(archive, v2, 'seats.csv.gz'))).toBe(false);
  });
});

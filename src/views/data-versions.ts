// The published data versions for /data/v/{version}/ and /changelog/: every archived version (data/archive/) and the
// current one, in order, each with its files (its tables and, from e27c856059, its claim pages' figures) and what
// changed from the version before it.
import { currentTable, dataVersion } from '../data/index';
import { toCsvFile } from '../lib/format/csv';
import { diffTable, unchangedTable, type TableDiff } from '../lib/publish/table-diff';
import { archivedCsv, archiveManifest } from '../data/archive';
import { DICTIONARY } from '../lib/publish/dictionary';
import { PUBLISHED_FILES, type PublishedTable } from '../lib/publish/published';
import { buildDate, changelog } from '../data/changelog';
import { memo } from '../lib/memo';
import { tableHome } from '../lib/publish/table-home';
import { CLAIM_FILE_KEY, claimFile, claimSlugOf } from '../lib/publish/claim-files';
import { claimSlugs, claimView } from './claims';

export interface DataVersion {
  version: string;
  date: string;
  current: boolean;
  /** False for the current version when it has not been archived (published) yet. */
  archived: boolean;
  /**
   * Each file, with the version whose folder serves it (src/lib/publish/table-home.ts) and, when archived, the
   * checksum of its text.
   */
  files: { file: string; rows: number; home: string; sha256: string | null }[];
  summary: string | null;
}

let cache: DataVersion[] | undefined;
export function dataVersions(): DataVersion[] {
  if (cache) return cache;
  const current = dataVersion();
  const log = changelog();
  const list: DataVersion[] = archiveManifest().versions.map((v) => ({
    version: v.version,
    date: v.date,
    current: v.version === current,
    archived: true,
    files: v.files.map((f) => ({ file: f.file, rows: f.rows, home: f.in ?? v.version, sha256: f.sha256 })),
    summary: log.find((e) => e.version === v.version)?.summary ?? null,
  }));
  if (!list.some((v) => v.current)) {
    const last = list.at(-1);
    const homeOf = (file: string): string => {
      const before = last?.files.find((f) => f.file === file);
      const same = before !== undefined && archivedCsv(last!.version, file) === currentCsv(file);
      return tableHome(current, before?.home, same);
    };
    list.push({
      version: current,
      date: log.find((e) => e.version === current)?.date ?? buildDate().toISOString().slice(0, 10),
      current: true,
      archived: false,
      files: currentFiles().map((f) => ({
        file: f,
        rows: currentRows(f).rows.length,
        home: homeOf(f),
        sha256: null,
      })),
      summary: log.find((e) => e.version === current)?.summary ?? null,
    });
  }
  cache = list;
  return list;
}

/** The CSV of a table in a version, as served: from the archive, or built from the current data. */
export function versionCsv(version: string, file: string): string {
  return versionCsvOnce(`${version}\0${file}`);
}
const versionCsvOnce = memo((key: string): string => {
  const [version, file] = key.split('\0') as [string, string];
  const v = dataVersions().find((x) => x.version === version);
  if (!v) throw new Error(`no data version ${version}`);
  return v.archived ? archivedCsv(version, file) : currentCsv(file);
});

/** The current version's files: its tables, then each claim page's figures. */
const currentFiles = (): string[] => [...PUBLISHED_FILES, ...claimSlugs().map(claimFile)];

function currentRows(file: string): Omit<PublishedTable, 'file'> {
  const slug = claimSlugOf(file);
  return slug ? claimView(slug).csv : currentTable(file);
}

const currentCsv = memo((file: string): string => {
  const t = currentRows(file);
  return toCsvFile(t.columns, t.rows);
});

/** The CSV of a file as the current version publishes it (for `npm run data:archive`). */
export function currentVersionFiles(): PublishedTable[] {
  return currentFiles().map((file) => ({ file, ...currentRows(file) }));
}

export const latestVersion = (): DataVersion => dataVersions()[dataVersions().length - 1]!;

/** Where the current version serves a claim page's figures: /data/v/{home}/claim-{slug}.csv, an address that stays. */
export function claimFileAddress(slug: string): string {
  const file = claimFile(slug);
  const home = latestVersion().files.find((f) => f.file === file)?.home;
  if (!home)
    throw new Error(
      `data version ${latestVersion().version} is archived without ${file}: a new claim page's figures are published with a new data version (CONTRIBUTING.md, after a data change)`,
    );
  return `data/v/${home}/${file}`;
}
export const previousVersion = (version: string): DataVersion | null => {
  const list = dataVersions();
  const i = list.findIndex((v) => v.version === version);
  return i > 0 ? list[i - 1]! : null;
};

/** What changed in each file from the version before (null for the first version); worked out once per build. */
export const versionDiff = memo((version: string): TableDiff[] | null => {
  const prev = previousVersion(version);
  if (!prev) return null;
  const now = dataVersions().find((v) => v.version === version)!;
  const files = [...new Set([...prev.files.map((f) => f.file), ...now.files.map((f) => f.file)])];
  return files.map((file) => {
    // Two archived copies with one checksum are the same text: unchanged, without reading either.
    const was = prev.files.find((f) => f.file === file);
    const is = now.files.find((f) => f.file === file);
    if (was?.sha256 && was.sha256 === is?.sha256) return unchangedTable(file, is.rows);
    const key = claimSlugOf(file) ? CLAIM_FILE_KEY : (DICTIONARY.find((t) => t.file === file)?.primaryKey ?? []);
    const before = prev.files.some((f) => f.file === file) ? versionCsv(prev.version, file) : null;
    const after = now.files.some((f) => f.file === file) ? versionCsv(version, file) : null;
    return diffTable(file, before, after, key);
  });
});

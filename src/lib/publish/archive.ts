// The archive of published data versions (data/archive/): every version's tables, gzipped exactly as served, and a
// manifest of versions with their files, row counts and checksums. Written by `npm run data:archive` from the derived
// data of the version being published; read by the build to serve /data/v/{version}/ and to say what changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import type { z } from 'zod';
import {
  archiveManifestSchema as manifestSchema,
  type archivedVersionSchema as versionSchema,
} from '../schema/archive';
import { BOM, toCsvFile } from '../format/csv';
import type { PublishedTable } from './published';

export type ArchivedVersion = z.infer<typeof versionSchema>;
export type ArchiveManifest = z.infer<typeof manifestSchema>;

export const MANIFEST = 'manifest.json';
const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

export function readManifest(dir: string): ArchiveManifest {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return { versions: [] };
  const r = manifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!r.success) throw new Error(`${path}: ${r.error.issues[0]!.path.join('.')}: ${r.error.issues[0]!.message}`);
  const seen = new Set<string>();
  for (const v of r.data.versions) {
    if (seen.has(v.version)) throw new Error(`${path}: version ${v.version} is listed twice`);
    seen.add(v.version);
  }
  return r.data;
}

/** The CSV text of an archived table, checked against the manifest's checksum. */
export function readArchivedCsv(dir: string, version: string, file: string): string {
  const entry = readManifest(dir)
    .versions.find((v) => v.version === version)
    ?.files.find((f) => f.file === file);
  if (!entry) throw new Error(`data archive: no ${file} in version ${version}`);
  const text = gunzipSync(readFileSync(join(dir, version, `${file}.gz`))).toString('utf8');
  if (sha(text) !== entry.sha256)
    throw new Error(`data archive: ${version}/${file} does not match its sha256 in the manifest`);
  return text;
}

/**
 * Adds a version to the archive: its tables as served, gzipped, and a manifest entry (appended, so the manifest is
 * in publication order). A version already archived must have the same bytes; nothing is ever rewritten.
 */
export function archiveVersion(
  dir: string,
  version: string,
  date: string,
  tables: readonly PublishedTable[],
): { added: boolean; entry: ArchivedVersion } {
  const manifest = readManifest(dir);
  const files = tables.map((t) => {
    const text = toCsvFile(t.columns, t.rows);
    return { file: t.file, rows: t.rows.length, sha256: sha(text), text };
  });
  const entry: ArchivedVersion = {
    version,
    date,
    files: files.map(({ file, rows, sha256 }) => ({ file, rows, sha256 })),
  };
  const existing = manifest.versions.find((v) => v.version === version);
  if (existing) {
    for (const f of files) {
      const old = existing.files.find((x) => x.file === f.file);
      if (old && old.sha256 !== f.sha256)
        throw new Error(`data archive: ${version}/${f.file} is already archived with other content`);
    }
    return { added: false, entry: existing };
  }
  mkdirSync(join(dir, version), { recursive: true });
  for (const f of files)
    writeFileSync(join(dir, version, `${f.file}.gz`), gzipSync(Buffer.from(f.text, 'utf8'), { level: 9 }));
  manifest.versions.push(entry);
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return { added: true, entry };
}

export interface TableDiff {
  file: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  rowsBefore: number;
  rowsAfter: number;
  added: number;
  removed: number;
  changed: number;
  /** Columns added or removed between the two versions. */
  columnsAdded: string[];
  columnsRemoved: string[];
  /** Up to `limit` examples of each kind: the row key, and for changes the cells that differ. */
  examples: {
    kind: 'added' | 'removed' | 'changed';
    key: string;
    cells?: { column: string; before: string; after: string }[];
  }[];
}

function parse(text: string): { columns: string[]; rows: Record<string, string>[] } {
  const r = Papa.parse<Record<string, string>>(text.startsWith(BOM) ? text.slice(1) : text, {
    header: true,
    skipEmptyLines: true,
  });
  return { columns: r.meta.fields ?? [], rows: r.data };
}

/** Row-by-row differences of one table between two versions, matching rows on the table's primary key. */
export function diffTable(
  file: string,
  before: string | null,
  after: string | null,
  key: readonly string[],
  limit = 5,
): TableDiff {
  const b = before === null ? null : parse(before);
  const a = after === null ? null : parse(after);
  const keyOf = (r: Record<string, string>) => key.map((k) => r[k] ?? '').join(' · ');
  const bm = new Map((b?.rows ?? []).map((r) => [keyOf(r), r]));
  const am = new Map((a?.rows ?? []).map((r) => [keyOf(r), r]));
  const d: TableDiff = {
    file,
    status: !b ? 'added' : !a ? 'removed' : 'unchanged',
    rowsBefore: bm.size,
    rowsAfter: am.size,
    added: 0,
    removed: 0,
    changed: 0,
    columnsAdded: a && b ? a.columns.filter((c) => !b.columns.includes(c)) : [],
    columnsRemoved: a && b ? b.columns.filter((c) => !a.columns.includes(c)) : [],
    examples: [],
  };
  const example = (e: TableDiff['examples'][number]) => {
    if (d.examples.filter((x) => x.kind === e.kind).length < limit) d.examples.push(e);
  };
  for (const [k, r] of am) {
    const old = bm.get(k);
    if (!old) {
      d.added++;
      if (b) example({ kind: 'added', key: k });
      continue;
    }
    const cells = (a?.columns ?? [])
      .filter((c) => (b?.columns ?? []).includes(c) && (old[c] ?? '') !== (r[c] ?? ''))
      .map((c) => ({ column: c, before: old[c] ?? '', after: r[c] ?? '' }));
    if (cells.length) {
      d.changed++;
      example({ kind: 'changed', key: k, cells });
    }
  }
  for (const k of bm.keys()) {
    if (!am.has(k)) {
      d.removed++;
      if (a) example({ kind: 'removed', key: k });
    }
  }
  if (a && b && (d.added || d.removed || d.changed || d.columnsAdded.length || d.columnsRemoved.length))
    d.status = 'changed';
  return d;
}

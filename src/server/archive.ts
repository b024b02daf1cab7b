// The archive of published data versions (data/archive/): every version's tables, gzipped exactly as served, and a
// manifest of versions with their files, row counts and checksums. Written by `npm run data:archive` from the derived
// data of the version being published; read by the build to serve /data/v/{version}/ (what changed between two
// versions is src/lib/publish/table-diff.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { z } from 'zod';
import {
  archiveManifestSchema as manifestSchema,
  type archivedVersionSchema as versionSchema,
} from '../lib/schema/archive';
import { toCsvFile } from '../lib/format/csv';
import { firstRepeat } from '../lib/repeats';
import type { PublishedTable } from '../lib/publish/published';
import { tableHome } from '../lib/publish/table-home';

export type ArchivedVersion = z.infer<typeof versionSchema>;
export type ArchiveManifest = z.infer<typeof manifestSchema>;

export const MANIFEST = 'manifest.json';
const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

export function readManifest(dir: string): ArchiveManifest {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return { versions: [] };
  const r = manifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!r.success) throw new Error(`${path}: ${r.error.issues[0]!.path.join('.')}: ${r.error.issues[0]!.message}`);
  const twice = firstRepeat(r.data.versions, (v) => v.version);
  if (twice) throw new Error(`${path}: version ${twice.version} is listed twice`);
  return r.data;
}

/** The CSV text of an archived table, checked against the manifest's checksum. */
export function readArchivedCsv(dir: string, version: string, file: string): string {
  const entry = readManifest(dir)
    .versions.find((v) => v.version === version)
    ?.files.find((f) => f.file === file);
  if (!entry) throw new Error(`data archive: no ${file} in version ${version}`);
  const text = gunzipSync(readFileSync(join(dir, entry.in ?? version, `${file}.gz`))).toString('utf8');
  if (sha(text) !== entry.sha256)
    throw new Error(`data archive: ${version}/${file} does not match its sha256 in the manifest`);
  return text;
}

/**
 * Adds a version to the archive: its tables as served, gzipped, and a manifest entry (appended, so the manifest is
 * in publication order). A table with the same bytes as in the version before is not stored again: its entry names
 * the version that holds it (src/lib/publish/table-home.ts). A version already archived must have the same bytes;
 * nothing is ever rewritten.
 */
export function archiveVersion(
  dir: string,
  version: string,
  date: string,
  tables: readonly PublishedTable[],
): { added: boolean; entry: ArchivedVersion } {
  const manifest = readManifest(dir);
  const last = manifest.versions.at(-1);
  const files = tables.map((t) => {
    const text = toCsvFile(t.columns, t.rows);
    const sha256 = sha(text);
    const before = last?.files.find((f) => f.file === t.file);
    const home = tableHome(version, before && (before.in ?? last!.version), before?.sha256 === sha256);
    return { file: t.file, rows: t.rows.length, sha256, text, home };
  });
  const entry: ArchivedVersion = {
    version,
    date,
    files: files.map(({ file, rows, sha256, home }) => ({
      file,
      rows,
      sha256,
      ...(home === version ? {} : { in: home }),
    })),
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
  for (const f of files.filter((x) => x.home === version)) {
    mkdirSync(join(dir, version), { recursive: true });
    writeFileSync(join(dir, version, `${f.file}.gz`), gzipSync(Buffer.from(f.text, 'utf8'), { level: 9 }));
  }
  manifest.versions.push(entry);
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return { added: true, entry };
}

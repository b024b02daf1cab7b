// The archive of published data versions (data/archive/, written by `npm run data:archive`) as the build reads it:
// the manifest of versions and each archived table's CSV, checked against its checksum.
import { join } from 'node:path';
import { readArchivedCsv, readManifest, type ArchiveManifest } from '../server/archive';

/** GROUNDWORK_ARCHIVE points a build at another archive (used by the test that builds twice). */
const ARCHIVE_DIR = process.env.GROUNDWORK_ARCHIVE ?? join(process.cwd(), 'data/archive');

export const archiveManifest = (): ArchiveManifest => readManifest(ARCHIVE_DIR);
export const archivedCsv = (version: string, file: string): string => readArchivedCsv(ARCHIVE_DIR, version, file);

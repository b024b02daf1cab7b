// The data changelog (data/changelog.json, hand-written) read once and checked with its schema, newest first; the
// year each data version was published, and the date of this build (for a version not published yet).
import raw from '../../data/changelog.json';
import { parseChangelog, type ChangelogEntry } from '../lib/export/changelog';

let entries: ChangelogEntry[] | undefined;
export function changelog(): ChangelogEntry[] {
  return (entries ??= parseChangelog(raw));
}

/** The year a data version was published (its changelog date), else the build year. */
export function versionYear(version: string): number {
  const e = changelog().find((x) => x.version === version);
  return e ? Number(e.date.slice(0, 4)) : buildDate().getUTCFullYear();
}

let built: Date | undefined;
/** When this build ran (SOURCE_DATE_EPOCH, in seconds, makes it reproducible): the default access date in citations. */
export function buildDate(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return (built ??= Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date());
}

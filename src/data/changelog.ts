// The data changelog (data/changelog.json, hand-written) read once and checked with its schema, newest first.
import raw from '../../data/changelog.json';
import { buildDate, parseChangelog, type ChangelogEntry } from '../lib/export/changelog';

let entries: ChangelogEntry[] | undefined;
export function changelog(): ChangelogEntry[] {
  return (entries ??= parseChangelog(raw));
}

/** The year a data version was published (its changelog date), else the build year. */
export function versionYear(version: string): number {
  const e = changelog().find((x) => x.version === version);
  return e ? Number(e.date.slice(0, 4)) : buildDate().getUTCFullYear();
}

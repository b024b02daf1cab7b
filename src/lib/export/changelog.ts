// The data changelog (data/changelog.json, hand-written): one entry per published data version, newest first.
import { z } from 'zod';
import raw from '../../../data/changelog.json';

export const changelogEntrySchema = z.object({
  version: z.string().regex(/^[0-9a-f]{6,64}$/, 'must be a data version hash as in data/derived/version.json'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
  summary: z.string().min(1),
  changes: z.array(z.string().min(1)),
});
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;

/** Validated entries, newest first; throws naming the entry and field that is wrong. */
export function parseChangelog(value: unknown): ChangelogEntry[] {
  const r = z.array(changelogEntrySchema).safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(
      `data/changelog.json: entry ${String(i.path[0])} field "${i.path.slice(1).join('.')}": ${i.message}`,
    );
  }
  const seen = new Set<string>();
  for (const e of r.data) {
    if (seen.has(e.version)) throw new Error(`data/changelog.json: version ${e.version} is listed twice`);
    seen.add(e.version);
  }
  return [...r.data].sort((a, b) => b.date.localeCompare(a.date));
}

let entries: ChangelogEntry[] | undefined;
export function changelog(): ChangelogEntry[] {
  return (entries ??= parseChangelog(raw));
}

export interface ChangelogStatus {
  /** The current data version's entry, or null when it has not been written yet ("current, unreleased"). */
  current: ChangelogEntry | null;
  entries: ChangelogEntry[];
}

export function changelogStatus(list: readonly ChangelogEntry[], version: string): ChangelogStatus {
  return { current: list.find((e) => e.version === version) ?? null, entries: [...list] };
}

let built: Date | undefined;
/** When this build ran (SOURCE_DATE_EPOCH, in seconds, makes it reproducible): the default access date in citations. */
export function buildDate(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return (built ??= Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date());
}

/** The year a data version was published (its changelog date), else the build year. */
export function versionYear(version: string): number {
  const e = changelog().find((x) => x.version === version);
  return e ? Number(e.date.slice(0, 4)) : buildDate().getUTCFullYear();
}

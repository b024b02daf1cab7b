// The data changelog's schema (data/changelog.json, hand-written, one entry per published data version, read by
// src/data/changelog.ts) and the status of the current version.
import { z } from 'zod';
import { calendarDateSchema } from '../schema/calendar-date';
import { firstRepeat } from '../repeats';

export const changelogEntrySchema = z.object({
  version: z.string().regex(/^[0-9a-f]{6,64}$/, 'must be a data version hash as in data/derived/version.json'),
  date: calendarDateSchema,
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
  const twice = firstRepeat(r.data, (e) => e.version);
  if (twice) throw new Error(`data/changelog.json: version ${twice.version} is listed twice`);
  return [...r.data].sort((a, b) => b.date.localeCompare(a.date));
}

export interface ChangelogStatus {
  /** The current data version's entry, or null when it has not been written yet ("current, unreleased"). */
  current: ChangelogEntry | null;
  entries: ChangelogEntry[];
}

export function changelogStatus(list: readonly ChangelogEntry[], version: string): ChangelogStatus {
  return { current: list.find((e) => e.version === version) ?? null, entries: [...list] };
}

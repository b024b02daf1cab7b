// Small-number suppression for published figures: any count under the threshold becomes "fewer than N".
import type { Count, DatasetRecord, MembershipRecord } from './types';
import { isSuppressed } from './types';

export function suppressCount(n: number, threshold: number): Count {
  return n < threshold ? { under: threshold } : n;
}

export function suppressRecord(r: MembershipRecord, threshold: number): DatasetRecord {
  const opt = (n: number | null) => (n === null ? null : suppressCount(n, threshold));
  return {
    code: r.code,
    date: r.date,
    members: suppressCount(r.members, threshold),
    activists: opt(r.activists),
    trained: opt(r.trained),
  };
}

/** Private (unsuppressed) records in the shape datasets use. */
export function privateRecord(r: MembershipRecord): DatasetRecord {
  return { code: r.code, date: r.date, members: r.members, activists: r.activists, trained: r.trained };
}

/** "1,234", "fewer than 10", or "" for a count not given. */
export function formatCount(c: Count | null): string {
  if (c === null) return '';
  if (isSuppressed(c)) return `fewer than ${c.under}`;
  return c.toLocaleString('en-GB');
}

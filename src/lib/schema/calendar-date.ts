// A day of the calendar written YYYY-MM-DD, for every hand-written date: 2026-02-30 matches a pattern but is no day.
import { z } from 'zod';

export const calendarDateSchema = z.string().refine((s) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'must be a calendar date written YYYY-MM-DD');

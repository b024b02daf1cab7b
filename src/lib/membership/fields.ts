// Checks one cell of a membership row: the date (YYYY-MM-DD, or a spreadsheet's day/month/year) and the whole-number
// counts (plain, or with thousands separators as in "1,039"). Each returns a value or a reason with a problem code.
import { MEMBERSHIP_EARLIEST } from './bounds';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string; code: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(code: string, reason: string): Checked<T> => ({ ok: false, reason, code });

/** How slash dates are read: UK day first (the default) or US month first, decided from the whole file. */
export type DateOrder = 'dmy' | 'mdy';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** 3/4/2024, 03-04-2024, 03.04.2024: two numbers then a four-digit year. */
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Which order the slash dates of a file are in: month first only when some date cannot be day first (13/…) is absent
 * and some date can only be month first (…/13/…). null when the two contradict each other (the rows say which).
 */
export function dateOrderOf(values: readonly string[]): DateOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const v of values) {
    const m = NUMERIC.exec(v.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return null;
  return monthFirst ? 'mdy' : 'dmy';
}

export interface DateValue {
  iso: string;
  /** True when the cell was not YYYY-MM-DD (so the reader is told how it was read). */
  converted: boolean;
}

/**
 * A calendar date from MEMBERSHIP_EARLIEST to `today`: YYYY-MM-DD, or (when `order` is given: spreadsheet exports) d/m/yyyy read in
 * that order. With order null only YYYY-MM-DD is accepted (the published files' format).
 */
export function checkDate(raw: string, today: string, order: DateOrder | null = null): Checked<DateValue> {
  const v = raw.trim();
  if (v === '') return fail('date-empty', 'date is empty');
  let y: number;
  let mo: number;
  let d: number;
  let converted = false;
  const iso = ISO.exec(v);
  const numeric = iso || order === null ? null : NUMERIC.exec(v);
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    [y, mo, d] = order === 'dmy' ? [Number(numeric[3]), b, a] : [Number(numeric[3]), a, b];
    converted = true;
  } else
    return fail(
      'date-format',
      order === null
        ? `date "${v}" is not in the form YYYY-MM-DD`
        : `date "${v}" is not a date like 2024-03-31 or 31/03/2024`,
    );
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) {
    return fail(
      'date-not-real',
      `date "${v}" is not a real date${converted ? ` (read as ${order === 'dmy' ? 'day/month/year' : 'month/day/year'})` : ''}`,
    );
  }
  const value = `${y}-${pad(mo)}-${pad(d)}`;
  if (value > today) return fail('date-future', `date ${value} is in the future (today is ${today})`);
  if (value < MEMBERSHIP_EARLIEST)
    return fail(
      'date-too-early',
      `date ${value} is before ${MEMBERSHIP_EARLIEST}, outside the period covered; check the year`,
    );
  return ok({ iso: value, converted });
}

export interface CountValue {
  n: number | null;
  /** True when the cell had thousands separators ("1,039"). */
  separated: boolean;
}

/** A whole number of 0 or more as digits (with `separators`, also "1,039"); empty gives null unless `required`. */
export function checkCount(field: string, raw: string, required: boolean, separators = false): Checked<CountValue> {
  const v = raw.trim();
  if (v === '') return required ? fail('count-empty', `${field} is empty`) : ok({ n: null, separated: false });
  if (/^-\s*\d[\d,]*(\.\d+)?$/.test(v)) return fail('count-negative', `${field} "${v}" is negative`);
  const separated = /^\d{1,3}(,\d{3})+$/.test(v);
  if (separated && !separators)
    return fail('count-separator', `${field} "${v}" has a thousands separator; write it as ${v.replace(/,/g, '')}`);
  if (separated || /^\d+$/.test(v)) {
    const n = Number(separated ? v.replace(/,/g, '') : v);
    return Number.isSafeInteger(n) ? ok({ n, separated }) : fail('count-too-large', `${field} "${v}" is too large`);
  }
  if (/^[\d,]*\.\d+$/.test(v)) return fail('count-fraction', `${field} "${v}" is not a whole number`);
  return fail('count-not-number', `${field} "${v}" is not a number`);
}

/** Today's date in the reader's time zone, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

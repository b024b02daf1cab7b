// Checks one cell of a membership row: the date, and the whole-number counts. Each returns a value or a reason.

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(reason: string): Checked<T> => ({ ok: false, reason });

/** A YYYY-MM-DD calendar date on or before `today`. */
export function checkDate(raw: string, today: string): Checked<string> {
  const v = raw.trim();
  if (v === '') return fail('date is empty');
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return fail(`date "${v}" is not in the form YYYY-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return fail(`date "${v}" is not a real date`);
  if (v > today) return fail(`date ${v} is in the future (today is ${today})`);
  return ok(v);
}

/** A whole number of 0 or more written as digits; empty gives null unless `required`. */
export function checkCount(field: string, raw: string, required: boolean): Checked<number | null> {
  const v = raw.trim();
  if (v === '') return required ? fail(`${field} is empty`) : ok(null);
  if (/^-\s*\d+(\.\d+)?$/.test(v)) return fail(`${field} "${v}" is negative`);
  if (/^\d+$/.test(v)) {
    const n = Number(v);
    return Number.isSafeInteger(n) ? ok(n) : fail(`${field} "${v}" is too large`);
  }
  if (/^\d*\.\d+$/.test(v)) return fail(`${field} "${v}" is not a whole number`);
  if (/^\d{1,3}(,\d{3})+$/.test(v)) return fail(`${field} "${v}" has a thousands separator; write it as ${v.replace(/,/g, '')}`);
  return fail(`${field} "${v}" is not a number`);
}

/** Today's date in the reader's time zone, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

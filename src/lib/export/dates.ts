// Date formats used in citations (shared by the build and the browser script that swaps in today's date).
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export type DateStyle = 'long' | 'apa' | 'iso';

/** "3 March 2026" (long, British), "March 3, 2026" (APA), "2026-03-03" (ISO), in UTC so the build and tests agree. */
export function formatDate(d: Date, style: DateStyle): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  if (style === 'iso') return `${y}-${String(m + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (style === 'apa') return `${MONTHS[m]} ${day}, ${y}`;
  return `${day} ${MONTHS[m]} ${y}`;
}

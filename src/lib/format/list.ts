// A list in words: "a", "a and b", "a, b and c".

/** "a", "a and b", "a, b and c" (no Oxford comma, as the site writes). */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

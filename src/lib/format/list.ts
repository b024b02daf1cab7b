// A list in words: "a", "a and b", "a, b and c" (or "a, b or c"); with a comma before the last word when an item has
// "and" in it.

/**
 * "a", "a and b", "a, b and c" (no Oxford comma, as the site writes), except where an item holds "and" itself, as
 * seat names do: "Pudsey, Elmet and Rothwell, and Reading West", "Cities of London and Westminster, and Kensington".
 */
export function listAnd(items: readonly string[], word: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  const comma = items.some((i) => / and /.test(i)) ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${comma} ${word} ${items[items.length - 1]}`;
}

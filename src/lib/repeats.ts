// The check behind every "listed twice" error: the first item whose key an earlier item already had.

/** The first item of `items` whose `key` an earlier item had; undefined when every key is new. */
export function firstRepeat<T>(items: Iterable<T>, key: (item: T) => unknown = (item) => item): T | undefined {
  const seen = new Set<unknown>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) return item;
    seen.add(k);
  }
  return undefined;
}

// Starts work for the next few keys of a list before they are asked for, so a pool stays busy while a
// static build requests one route at a time in list order.
export function ahead<V>(
  keys: () => readonly string[],
  start: (key: string) => Promise<V>,
  window: number,
): (key: string) => Promise<V> {
  const pending = new Map<string, Promise<V>>();
  const taken = new Set<string>();
  let index: Map<string, number> | undefined;
  const launch = (k: string) => {
    const p = start(k);
    p.catch(() => undefined); // the error surfaces when the key is asked for
    pending.set(k, p);
  };
  return (key) => {
    const list = keys();
    index ??= new Map(list.map((k, i) => [k, i]));
    const i = index.get(key);
    if (i === undefined) return start(key);
    for (let j = i; j < Math.min(list.length, i + window + 1); j++) {
      const k = list[j]!;
      if (!pending.has(k) && !taken.has(k)) launch(k);
    }
    const p = pending.get(key) ?? start(key);
    pending.delete(key);
    taken.add(key);
    return p;
  };
}

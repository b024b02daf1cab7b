// Memoisers: a value computed on first use (`once`) and a function cached by its argument (`memo`).

export function once<T>(fn: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= fn());
}

export function memo<K, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key)!;
  };
}

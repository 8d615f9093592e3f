/**
 * Results kept by key, up to a limit: past it the cache starts afresh, which bounds memory on
 * huge inputs and costs only recomputation. For per-word work that articles repeat.
 * `boundedCache(limit)` gives a function of a key and of what computes the value when it is not kept.
 */
export function boundedCache<K, V>(limit: number): (key: K, compute: (key: K) => V) => V {
  const cache = new Map<K, V>();
  return (key, compute) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}

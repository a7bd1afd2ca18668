// Memoisation into a Map the caller owns: the value for `key`, made once on first use.
export function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  const found = map.get(key)
  if (found !== undefined) return found
  const made = make()
  map.set(key, made)
  return made
}

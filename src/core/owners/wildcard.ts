// Wildcard matching over a sequence, used twice: characters within one path segment,
// and segments within a path. The classic two-pointer algorithm backtracks only to the
// last star, so it runs in O(items × tokens) on any input: no catastrophic backtracking.

/** `star` matches zero or more items; `one` matches exactly one item satisfying `test`. */
export type WildToken<T> = { kind: 'star' } | { kind: 'one'; test: (item: T) => boolean }

export function wildcardMatch<T>(items: readonly T[] | string, tokens: readonly WildToken<T>[]): boolean {
  const at = (i: number): T => items[i] as T
  let i = 0
  let t = 0
  let starToken = -1
  let starItem = 0
  while (i < items.length) {
    const token = tokens[t]
    if (token?.kind === 'star') {
      starToken = t
      starItem = i
      t += 1
    } else if (token !== undefined && token.test(at(i))) {
      i += 1
      t += 1
    } else if (starToken >= 0) {
      // Let the last star swallow one more item and retry from just after it.
      starItem += 1
      i = starItem
      t = starToken + 1
    } else {
      return false
    }
  }
  while (tokens[t]?.kind === 'star') t += 1
  return t === tokens.length
}

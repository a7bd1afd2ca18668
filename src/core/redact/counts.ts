export type RedactionCounts = Record<string, number>

/** Sums redaction counts per kind into a new object. */
export function mergeCounts(...all: readonly RedactionCounts[]): RedactionCounts {
  const out: RedactionCounts = {}
  for (const counts of all) for (const [kind, n] of Object.entries(counts)) out[kind] = (out[kind] ?? 0) + n
  return out
}

export function addCount(counts: RedactionCounts, kind: string, n = 1): void {
  counts[kind] = (counts[kind] ?? 0) + n
}

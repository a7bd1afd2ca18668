// The one shape every secret/PII scanner returns: offsets plus an already-redacted preview.
// Raw values are never kept, so a match can be logged or serialised safely.

export interface SensitiveMatch {
  /** Stable rule id, e.g. `secrets.github-token`, `pii.email`. */
  rule: string
  /** Finer kind used in `[REDACTED:<kind>]` and in redaction counts, e.g. `us-ssn`. */
  kind: string
  /** Offsets into the scanned text, `end` exclusive. */
  start: number
  end: number
  /** Safe preview: never the whole value. */
  redacted: string
}

/**
 * Sort by position and merge overlaps so every character of every match stays covered once.
 * The earliest (then longest) match names the merged span, since it is the outermost context.
 */
export function resolveOverlaps(matches: readonly SensitiveMatch[]): SensitiveMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: SensitiveMatch[] = []
  for (const m of sorted) {
    const last = out[out.length - 1]
    if (last && m.start < last.end) {
      if (m.end > last.end) out[out.length - 1] = { ...last, end: m.end }
      continue
    }
    out.push({ ...m })
  }
  return out
}

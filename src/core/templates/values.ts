// Small guards for reading untyped parsed data (YAML/JSON) without `any`.
export type Json = Record<string, unknown>

export function asRecord(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined
}

export function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

/** First argument that reads as a string. */
export function firstString(...values: unknown[]): string | undefined {
  for (const v of values) {
    const s = asString(v)
    if (s !== undefined && s.length > 0) return s
  }
  return undefined
}

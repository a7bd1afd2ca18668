// Value conversions for the adapter's `convert` rule. Lossless or an error: no rounding,
// no truthiness, no silent nulls. Messages name types, never the value (memories can
// hold personal data).

export const CONVERT_TARGETS = ['string', 'number', 'integer', 'boolean', 'array'] as const
export type ConvertTarget = (typeof CONVERT_TARGETS)[number]

export type Converted = { ok: true; value: unknown } | { ok: false; message: string }

/** JSON number grammar, bounded so hostile strings scan in linear time. */
const NUMERIC = /^-?(?:0|[1-9][0-9]{0,308})(?:\.[0-9]{1,400})?(?:[eE][+-]?[0-9]{1,4})?$/

const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)
const fail = (v: unknown, target: ConvertTarget, why = ''): Converted => ({
  ok: false,
  message: `cannot convert ${typeName(v)} to ${target}${why}`,
})

function toNumber(v: unknown, target: ConvertTarget): Converted {
  let n: number
  if (typeof v === 'number') n = v
  else if (typeof v === 'string' && NUMERIC.test(v.trim())) n = Number(v.trim())
  else return fail(v, target, typeof v === 'string' ? ': not a number' : '')
  if (!Number.isFinite(n)) return fail(v, target, ': out of range')
  if (target === 'integer' && !Number.isInteger(n)) return fail(v, target, ': has a fractional part')
  return { ok: true, value: n }
}

function toBoolean(v: unknown): Converted {
  if (typeof v === 'boolean') return { ok: true, value: v }
  if (v === 0 || v === 1) return { ok: true, value: v === 1 }
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase()
    if (s === 'true' || s === '1') return { ok: true, value: true }
    if (s === 'false' || s === '0') return { ok: true, value: false }
    return fail(v, 'boolean', ': expected "true", "false", "1" or "0"')
  }
  return fail(v, 'boolean')
}

export function convertValue(v: unknown, target: ConvertTarget): Converted {
  if (v === null) return fail(v, target)
  switch (target) {
    case 'string':
      if (typeof v === 'string') return { ok: true, value: v }
      return typeof v === 'number' || typeof v === 'boolean' ? { ok: true, value: String(v) } : fail(v, target)
    case 'number':
    case 'integer':
      return toNumber(v, target)
    case 'boolean':
      return toBoolean(v)
    case 'array':
      return { ok: true, value: Array.isArray(v) ? v : [v] }
  }
}

// Canonical JSON (RFC 8785 style) for record digests, plus the pretty layout record files
// use. Verify runs this on every record, so records that are already in canonical key
// order (all records read back from the branch) go through the native serialiser.

/**
 * Canonical JSON in the spirit of RFC 8785 (JCS) for the value types records use:
 * object keys sorted by UTF-16 code units, no whitespace, ECMAScript number and string
 * serialisation. Object members whose value is `undefined` are dropped (as in JSON).
 */
export function canonicalJson(value: unknown): string {
  return canonicalForms(value, false).compact
}

/**
 * The same canonical value laid out like `JSON.stringify(v, null, 2)` (keys still sorted):
 * the byte form of record files, readable in GitHub's UI.
 */
export function canonicalJsonPretty(value: unknown): string {
  return canonicalForms(value, true).pretty
}

/**
 * Both forms from one walk (keys sorted and scalars stringified once): verify needs the
 * compact form to hash and the pretty form to compare bytes, for every record.
 */
export function canonicalForms(value: unknown, pretty = true): { compact: string; pretty: string } {
  if (inCanonicalOrder(value)) {
    return { compact: JSON.stringify(value), pretty: pretty ? JSON.stringify(value, null, 2) : '' }
  }
  const w: Writer = { compact: [], pretty: pretty ? [] : null }
  write(value, '', w)
  // One join yields a flat string; repeated `+=` would leave rope trees on every record.
  return { compact: w.compact.join(''), pretty: w.pretty ? w.pretty.join('') : '' }
}

interface Writer {
  compact: string[]
  pretty: string[] | null
}

function emit(w: Writer, compact: string, pretty: string = compact): void {
  w.compact.push(compact)
  w.pretty?.push(pretty)
}

function write(value: unknown, indent: string, w: Writer): void {
  switch (typeof value) {
    case 'string':
      return emit(w, JSON.stringify(value))
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: non-finite number ${value}`)
      return emit(w, JSON.stringify(value))
    case 'boolean':
      return emit(w, value ? 'true' : 'false')
    case 'object':
      if (value === null) return emit(w, 'null')
      return Array.isArray(value) ? writeArray(value, indent, w) : writeObject(value as Record<string, unknown>, indent, w)
    default:
      throw new TypeError(`canonicalJson: unsupported type ${typeof value}`)
  }
}

function writeArray(items: readonly unknown[], indent: string, w: Writer): void {
  if (items.length === 0) return emit(w, '[]')
  const inner = `${indent}  `
  emit(w, '[', `[\n${inner}`)
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    if (item === undefined) throw new TypeError('canonicalJson: undefined array element')
    if (i > 0) emit(w, ',', `,\n${inner}`)
    write(item, inner, w)
  }
  emit(w, ']', `\n${indent}]`)
}

function writeObject(obj: Record<string, unknown>, indent: string, w: Writer): void {
  // Default sort compares UTF-16 code units, which is exactly what RFC 8785 asks for.
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
  if (keys.length === 0) return emit(w, '{}')
  const inner = `${indent}  `
  emit(w, '{', `{\n${inner}`)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string
    if (i > 0) emit(w, ',', `,\n${inner}`)
    const name = JSON.stringify(key)
    emit(w, `${name}:`, `${name}: `)
    write(obj[key], inner, w)
  }
  emit(w, '}', `\n${indent}}`)
}

// Array-index-like keys: JS objects enumerate them first, in numeric order, so native
// JSON.stringify cannot be trusted to keep code-unit order for them.
const INDEX_KEY = /^(?:0|[1-9][0-9]{0,9})$/

/** True when native JSON.stringify already yields canonical output for `value`. */
function inCanonicalOrder(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) {
    return (
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      value === null ||
      (typeof value === 'number' && Number.isFinite(value))
    )
  }
  if (Array.isArray(value)) return value.every((item) => item !== undefined && inCanonicalOrder(item))
  if (Object.getPrototypeOf(value) !== Object.prototype || 'toJSON' in value) return false
  let prev: string | null = null
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key]
    if ((prev !== null && prev >= key) || INDEX_KEY.test(key) || member === undefined || !inCanonicalOrder(member)) return false
    prev = key
  }
  return true
}

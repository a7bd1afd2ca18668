// RFC 6962 / RFC 9162 hashing plus the canonical JSON that record digests are taken over.
// Domain separation (0x00 leaf, 0x01 node) stops a leaf from being passed off as a node.
import { createHash } from 'node:crypto'

export type Bytes = Uint8Array

const LEAF_PREFIX = Uint8Array.of(0x00)
const NODE_PREFIX = Uint8Array.of(0x01)

export function toBytes(data: string | Bytes): Bytes {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data
}

export function sha256(...parts: Array<string | Bytes>): Bytes {
  const h = createHash('sha256')
  for (const part of parts) h.update(toBytes(part))
  return h.digest()
}

export function sha256Hex(data: string | Bytes): string {
  return createHash('sha256').update(toBytes(data)).digest('hex')
}

/** MTH of the empty tree: SHA-256 of the empty string. */
export function emptyRoot(): Bytes {
  return sha256('')
}

export function leafHash(data: string | Bytes): Bytes {
  return sha256(LEAF_PREFIX, data)
}

export function nodeHash(left: Bytes, right: Bytes): Bytes {
  return sha256(NODE_PREFIX, left, right)
}

export function toHex(bytes: Bytes): string {
  return Buffer.from(bytes).toString('hex')
}

export function fromHex(hex: string): Bytes {
  if (!/^(?:[0-9a-f]{2})*$/i.test(hex)) throw new TypeError('not a hex string')
  return Buffer.from(hex, 'hex')
}

/**
 * Canonical JSON in the spirit of RFC 8785 (JCS) for the value types records use:
 * object keys sorted by UTF-16 code units, no whitespace, ECMAScript number and string
 * serialisation. Object members whose value is `undefined` are dropped (as in JSON).
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = []
  write(value, null, '', out)
  // One join yields a flat string; repeated `+=` would leave rope trees on every record.
  return out.join('')
}

/**
 * The same canonical value laid out like `JSON.stringify(v, null, 2)` (keys still sorted):
 * the byte form of record files, readable in GitHub's UI.
 */
export function canonicalJsonPretty(value: unknown): string {
  const out: string[] = []
  write(value, '  ', '', out)
  return out.join('')
}

function write(value: unknown, step: string | null, indent: string, out: string[]): void {
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value))
      return
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: non-finite number ${value}`)
      out.push(JSON.stringify(value))
      return
    case 'boolean':
      out.push(value ? 'true' : 'false')
      return
    case 'object':
      if (value === null) out.push('null')
      else if (Array.isArray(value)) writeArray(value, step, indent, out)
      else writeObject(value as Record<string, unknown>, step, indent, out)
      return
    default:
      throw new TypeError(`canonicalJson: unsupported type ${typeof value}`)
  }
}

function writeArray(items: readonly unknown[], step: string | null, indent: string, out: string[]): void {
  if (items.length === 0) {
    out.push('[]')
    return
  }
  const inner = step === null ? '' : indent + step
  out.push(step === null ? '[' : `[\n${inner}`)
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    if (item === undefined) throw new TypeError('canonicalJson: undefined array element')
    if (i > 0) out.push(step === null ? ',' : `,\n${inner}`)
    write(item, step, inner, out)
  }
  out.push(step === null ? ']' : `\n${indent}]`)
}

function writeObject(obj: Record<string, unknown>, step: string | null, indent: string, out: string[]): void {
  // Default sort compares UTF-16 code units, which is exactly what RFC 8785 asks for.
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort()
  if (keys.length === 0) {
    out.push('{}')
    return
  }
  const inner = step === null ? '' : indent + step
  out.push(step === null ? '{' : `{\n${inner}`)
  keys.forEach((key, i) => {
    if (i > 0) out.push(step === null ? ',' : `,\n${inner}`)
    out.push(JSON.stringify(key), step === null ? ':' : ': ')
    write(obj[key], step, inner, out)
  })
  out.push(step === null ? '}' : `\n${indent}}`)
}

import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import { emptyRoot, leafHash, nodeHash, sha256Hex, toHex } from '../../../src/core/audit/hash.js'
import { canonicalJson, canonicalJsonPretty } from '../../../src/core/audit/canonical-json.js'
import { vectors } from './helpers.js'

const rfc = vectors<{ leaves: string[]; roots: string[] }>('rfc6962')
const fromHex = (hex: string): Uint8Array => Buffer.from(hex, 'hex')
const canon = vectors<{ cases: Array<{ name: string; input: unknown; want: string }> }>('canonical-json')

describe('RFC 6962 hashing', () => {
  it('empty tree is SHA-256 of the empty string', () => {
    expect(toHex(emptyRoot())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })
  it('leaf hash prefixes 0x00 (the one-leaf root)', () => {
    expect(toHex(leafHash(fromHex('')))).toBe(rfc.roots[1])
    expect(toHex(leafHash(''))).toBe(sha256Hex(Uint8Array.of(0)))
  })
  it('node hash prefixes 0x01 (the two-leaf root)', () => {
    const [a, b] = [leafHash(fromHex(rfc.leaves[0] as string)), leafHash(fromHex(rfc.leaves[1] as string))]
    expect(toHex(nodeHash(a, b))).toBe(rfc.roots[2])
    expect(toHex(nodeHash(a, b))).toBe(sha256Hex(Buffer.concat([Uint8Array.of(1), a, b])))
  })
  it('a leaf and a node over the same bytes differ (domain separation)', () => {
    const [a, b] = [leafHash('x'), leafHash('y')]
    expect(toHex(leafHash(Buffer.concat([a, b])))).not.toBe(toHex(nodeHash(a, b)))
  })
})

describe('sha256Hex of a string', () => {
  it('is the digest of its UTF-8 bytes, lone surrogates written as U+FFFD', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 4 }), (text, tail) => {
        const withSurrogate = `${text}\ud800${tail}`
        expect(sha256Hex(text)).toBe(sha256Hex(Buffer.from(text, 'utf8')))
        expect(sha256Hex(withSurrogate)).toBe(sha256Hex(Buffer.from(withSurrogate, 'utf8')))
      }),
    )
  })
})

describe('canonicalJson', () => {
  it.each(canon.cases)('$name', ({ input, want }) => {
    expect(canonicalJson(input)).toBe(want)
  })
  it('drops undefined members but refuses values JSON cannot carry', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}')
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError)
    expect(() => canonicalJson([Infinity])).toThrow(TypeError)
    expect(() => canonicalJson([undefined])).toThrow(TypeError)
    expect(() => canonicalJson({ a: 1n })).toThrow(TypeError)
  })
  it('is independent of key insertion order', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(canonicalJson({ b: { d: 3, c: 2 }, a: 1 }))
  })
})

/** Independent reference: sort keys, recurse, let JSON.stringify do scalars. */
function reference(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(reference).join(',')}]`
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${reference(o[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(v)
}

describe('canonicalJson properties', () => {
  it('matches the reference on arbitrary JSON, whichever path serialises it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const want = reference(value)
        expect(canonicalJson(value)).toBe(want)
        // Re-parsed canonical text is in canonical order: the native fast path.
        const reparsed: unknown = JSON.parse(want)
        expect(canonicalJson(reparsed)).toBe(want)
        expect(JSON.parse(canonicalJsonPretty(reparsed))).toEqual(reparsed)
        expect(canonicalJsonPretty(reparsed).replace(/\n */g, '').replace(/": /g, '":')).toBe(want.replace(/": /g, '":'))
      }),
      { numRuns: 300 },
    )
  })
  it('keeps code-unit order for array-index-like keys (no native reordering)', () => {
    const parsed: unknown = JSON.parse('{"10":1,"2":2,"a":3}')
    expect(canonicalJson(parsed)).toBe('{"10":1,"2":2,"a":3}')
    expect(canonicalJsonPretty(parsed)).toBe('{\n  "10": 1,\n  "2": 2,\n  "a": 3\n}')
  })
  it('pretty form equals JSON.stringify(sorted, null, 2)', () => {
    const value = { b: [1, { d: [], c: {} }], a: 'x' }
    expect(canonicalJsonPretty(value)).toBe(JSON.stringify({ a: 'x', b: [1, { c: {}, d: [] }] }, null, 2))
  })
})

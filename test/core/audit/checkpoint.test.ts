import { describe, it, expect } from '@jest/globals'
import {
  formatCheckpoint,
  parseCheckpoint,
  parseCheckpointBody,
  signCheckpoint,
  generateSigningKey,
  keyId,
  parseVerifierKey,
  signNote,
  verifierKeyFor,
  verifyNote,
  NoteError,
  type Signer,
} from '../../../src/core/audit/index.js'
import { sha256 } from '../../../src/core/audit/hash.js'
import { vectors } from './helpers.js'

interface NoteVectors {
  keyName: string
  verifierKey: string
  privateKeyNoteEncoding: string
  text: string
  note: string
  plusKey: { key: string }
  otherKeys: Record<string, string>
  badVerifierKeys: Array<{ desc: string; key: string }>
}
const v = vectors<NoteVectors>('signed-note')

/** The Go note private key is 0x01 || Ed25519 seed; wrap the seed as PKCS#8 PEM. */
function pemFromGoKey(encoded: string): string {
  const seed = Buffer.from(encoded, 'base64').subarray(1)
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed])
  return `-----BEGIN PRIVATE KEY-----\n${der.toString('base64')}\n-----END PRIVATE KEY-----\n`
}
const peter: Signer = { name: v.keyName, privateKeyPem: pemFromGoKey(v.privateKeyNoteEncoding) }

describe('signed note (c2sp.org/signed-note)', () => {
  it('reproduces the Go sumdb/note example byte for byte', () => {
    expect(signNote(v.text, peter)).toBe(v.note)
    expect(verifierKeyFor(peter)).toBe(v.verifierKey)
  })
  it('verifies the Go example and returns the text', () => {
    expect(verifyNote(v.note, v.verifierKey)).toEqual({ ok: true, value: { body: v.text } })
  })
  it('key ID is SHA-256(name || 0x0A || 0x01 || key)[:4]', () => {
    const key = parseVerifierKey(v.verifierKey)
    if (!key.ok) throw key.error
    const expected = sha256(Buffer.concat([Buffer.from(`${v.keyName}\n`), Uint8Array.of(1), key.value.publicKey])).subarray(0, 4)
    expect(Buffer.from(keyId(v.keyName, key.value.publicKey)).toString('hex')).toBe(Buffer.from(expected).toString('hex'))
    expect(Buffer.from(expected).toString('hex')).toBe('c74f20a3')
  })

  const failures: Array<{ name: string; note: string; key: string; code: string }> = [
    {
      name: 'key ID bytes flipped (now an unknown key)',
      note: v.note.replace('x08go', 'x08gp'),
      key: v.verifierKey,
      code: 'note-unverified',
    },
    {
      name: 'tampered body',
      note: v.note.replace('cryptography', 'cryptographY'),
      key: v.verifierKey,
      code: 'note-bad-signature',
    },
    { name: 'wrong key (unknown signer)', note: v.note, key: v.otherKeys.EnochRoot as string, code: 'note-unverified' },
    { name: 'no signature block', note: v.text, key: v.verifierKey, code: 'note-malformed' },
    { name: 'ASCII dashes instead of em dash', note: v.note.replace('\u2014', '--'), key: v.verifierKey, code: 'note-malformed' },
    { name: 'control character', note: v.note.replace('problem,', 'problem,\u0007'), key: v.verifierKey, code: 'note-malformed' },
    { name: 'signature bytes flipped', note: v.note.replace('ngotp', 'ngotq'), key: v.verifierKey, code: 'note-bad-signature' },
    { name: 'missing final newline', note: v.note.slice(0, -1), key: v.verifierKey, code: 'note-malformed' },
  ]
  it.each(failures)('rejects: $name', ({ note, key, code }) => {
    const result = verifyNote(note, key)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe(code)
  })

  it('ignores signatures from other keys and accepts the known one', () => {
    const other = generateSigningKey('someone.else/log')
    const cosigned = signNote(v.text, { name: 'someone.else/log', privateKeyPem: other.privateKeyPem })
    const both = `${v.note}${cosigned.slice(cosigned.lastIndexOf('\u2014'))}`
    expect(verifyNote(both, v.verifierKey).ok).toBe(true)
    expect(verifyNote(both, other.verifierKey).ok).toBe(true)
  })

  it('parses a verifier key whose base64 contains +', () => {
    const key = parseVerifierKey(v.plusKey.key)
    expect(key.ok && key.value.name).toBe('TEST')
  })

  it.each(v.badVerifierKeys)('rejects verifier key: $desc', ({ key }) => {
    expect(parseVerifierKey(key).ok).toBe(false)
    expect(verifyNote(v.note, key).ok).toBe(false)
  })

  it('round-trips a generated key', () => {
    const { privateKeyPem, verifierKey } = generateSigningKey('example.com/log')
    const note = signNote('hello\n', { name: 'example.com/log', privateKeyPem })
    expect(verifyNote(note, verifierKey)).toEqual({ ok: true, value: { body: 'hello\n' } })
    expect(verifierKey).toMatch(/^example\.com\/log\+[0-9a-f]{8}\+[A-Za-z0-9+/]{43}[=]?/)
  })

  it('refuses to sign what cannot verify', () => {
    expect(() => signNote('no newline', peter)).toThrow(NoteError)
    expect(() => signNote('bell\u0007\n', peter)).toThrow(NoteError)
    expect(() => signNote('ok\n', { ...peter, name: 'has space' })).toThrow(NoteError)
    expect(() => generateSigningKey('a+b')).toThrow(NoteError)
  })
})

describe('checkpoint (c2sp.org/tlog-checkpoint)', () => {
  const root = Buffer.alloc(32, 7)
  const cp = { origin: 'example.com/log', size: 12, root }

  it('formats origin, size and base64 root, one per line', () => {
    expect(formatCheckpoint(cp)).toBe(`example.com/log\n12\n${root.toString('base64')}\n`)
  })

  it('sign → parse round trip verifies the signature first', () => {
    const { privateKeyPem, verifierKey } = generateSigningKey('example.com/log')
    const text = signCheckpoint(cp, { name: 'example.com/log', privateKeyPem })
    expect(parseCheckpoint(text, verifierKey)).toEqual({ ok: true, value: { origin: cp.origin, size: 12, root } })
    const forged = text.replace('\n12\n', '\n13\n')
    expect(parseCheckpoint(forged, verifierKey).ok).toBe(false)
    expect(parseCheckpoint(text, v.verifierKey).ok).toBe(false)
  })

  const bodies: Array<{ name: string; body: string; ok: boolean }> = [
    { name: 'valid', body: `o\n0\n${root.toString('base64')}\n`, ok: true },
    { name: 'with extension line', body: `o\n1\n${root.toString('base64')}\next\n`, ok: true },
    { name: 'leading zero size', body: `o\n012\n${root.toString('base64')}\n`, ok: false },
    { name: 'negative size', body: `o\n-1\n${root.toString('base64')}\n`, ok: false },
    { name: 'short root', body: `o\n1\n${Buffer.alloc(31).toString('base64')}\n`, ok: false },
    { name: 'non-canonical base64', body: `o\n1\n${root.toString('base64').replace('=', '')}\n`, ok: false },
    { name: 'empty origin', body: `\n1\n${root.toString('base64')}\n`, ok: false },
    { name: 'missing root', body: 'o\n1\n', ok: false },
    { name: 'empty extension line', body: `o\n1\n${root.toString('base64')}\n\nx\n`, ok: false },
    { name: 'huge size', body: `o\n99999999999999999\n${root.toString('base64')}\n`, ok: false },
  ]
  it.each(bodies)('parses body: $name', ({ body, ok }) => {
    expect(parseCheckpointBody(body).ok).toBe(ok)
  })

  it('refuses to format invalid checkpoints', () => {
    expect(() => formatCheckpoint({ ...cp, origin: 'a\nb' })).toThrow(NoteError)
    expect(() => formatCheckpoint({ ...cp, size: -1 })).toThrow(NoteError)
    expect(() => formatCheckpoint({ ...cp, root: Buffer.alloc(3) })).toThrow(NoteError)
  })
})

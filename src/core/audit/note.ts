// C2SP signed notes (c2sp.org/signed-note) with Ed25519 keys: a text ending in '\n', a
// blank line, then lines `— <key name> base64(4-byte key ID || signature)`.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto'
import { sha256 } from './hash.js'
import { NoteError } from './errors.js'
import { err, ok, type Result } from '../result.js'

const EM_DASH_PREFIX = '\u2014 '
const ED25519_TYPE = 0x01
const MAX_NOTE_CHARS = 1 << 20
const MAX_SIGNATURES = 100

export interface Signer {
  /** Key name; by convention the log origin, e.g. `github.com/acme/app/promptops-audit`. */
  name: string
  privateKeyPem: string
}

export interface VerifierKey {
  name: string
  keyId: Uint8Array
  publicKey: Uint8Array
}

/** Key names must be non-empty with no Unicode spaces and no '+'. */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !/[\s+]/u.test(name)
}

/** key ID = SHA-256(key name || 0x0A || 0x01 || 32-byte public key)[:4] */
export function keyId(name: string, publicKey: Uint8Array): Uint8Array {
  return sha256(name, '\n', Uint8Array.of(ED25519_TYPE), publicKey).subarray(0, 4)
}

export function formatVerifierKey(name: string, publicKey: Uint8Array): string {
  const typed = Buffer.concat([Uint8Array.of(ED25519_TYPE), publicKey])
  return `${name}+${Buffer.from(keyId(name, publicKey)).toString('hex')}+${typed.toString('base64')}`
}

export function parseVerifierKey(text: string): Result<VerifierKey, NoteError> {
  // Split at the first two '+' only: the base64 key itself may contain '+'.
  const trimmed = text.trim()
  const first = trimmed.indexOf('+')
  const second = first < 0 ? -1 : trimmed.indexOf('+', first + 1)
  const [name, hash, key] = [trimmed.slice(0, first), trimmed.slice(first + 1, second), trimmed.slice(second + 1)]
  if (first < 0 || second < 0) {
    return err(new NoteError('key-invalid', 'verifier key must look like <name>+<hex key id>+<base64 key>'))
  }
  const typed = strictBase64(key)
  if (!isValidKeyName(name) || !/^[0-9a-f]{8}$/.test(hash) || typed?.length !== 33 || typed[0] !== ED25519_TYPE) {
    return err(new NoteError('key-invalid', 'verifier key is not a valid Ed25519 signed-note key'))
  }
  const publicKey = typed.subarray(1)
  const id = keyId(name, publicKey)
  if (Buffer.from(id).toString('hex') !== hash) return err(new NoteError('key-invalid', 'verifier key ID does not match its key'))
  return ok({ name, keyId: id, publicKey })
}

export function generateSigningKey(name: string): { privateKeyPem: string; verifierKey: string } {
  if (!isValidKeyName(name)) throw new NoteError('key-invalid', `invalid key name ${JSON.stringify(name)}`)
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  return { privateKeyPem, verifierKey: formatVerifierKey(name, rawPublicKey(publicKey)) }
}

/** The verifier key string matching a signer, e.g. to publish it in the branch README. */
export function verifierKeyFor(signer: Signer): string {
  return formatVerifierKey(signer.name, rawPublicKey(createPublicKey(createPrivateKey(signer.privateKeyPem))))
}

export function signNote(body: string, signer: Signer): string {
  if (!isValidKeyName(signer.name)) throw new NoteError('key-invalid', `invalid key name ${JSON.stringify(signer.name)}`)
  if (!body.endsWith('\n') || hasForbiddenControl(body)) {
    throw new NoteError('note-malformed', 'note text must end in a newline and contain no control characters')
  }
  const privateKey = createPrivateKey(signer.privateKeyPem)
  const signature = sign(null, Buffer.from(body, 'utf8'), privateKey)
  const id = keyId(signer.name, rawPublicKey(createPublicKey(privateKey)))
  return `${body}\n${EM_DASH_PREFIX}${signer.name} ${Buffer.concat([id, signature]).toString('base64')}\n`
}

/**
 * Verifies `text` against one trusted key and returns the signed body. Signatures by
 * other keys are ignored; the first line from the known key decides (as Go's note.Open).
 */
export function verifyNote(text: string, verifierKey: string | VerifierKey): Result<{ body: string }, NoteError> {
  const key = typeof verifierKey === 'string' ? parseVerifierKey(verifierKey) : ok(verifierKey)
  if (!key.ok) return key
  const split = splitNote(text)
  if (!split.ok) return split
  for (const line of split.value.signatures) {
    const parsed = parseSignatureLine(line)
    if (!parsed) return err(new NoteError('note-malformed', 'malformed signature line'))
    if (parsed.name !== key.value.name || !Buffer.from(parsed.id).equals(key.value.keyId)) continue
    const good = verify(null, Buffer.from(split.value.body, 'utf8'), publicKeyObject(key.value.publicKey), parsed.signature)
    if (!good) return err(new NoteError('note-bad-signature', `signature by ${parsed.name} does not verify`))
    return ok({ body: split.value.body })
  }
  return err(new NoteError('note-unverified', `no signature by known key ${key.value.name}`))
}

function splitNote(text: string): Result<{ body: string; signatures: string[] }, NoteError> {
  if (text.length > MAX_NOTE_CHARS || hasForbiddenControl(text))
    return err(new NoteError('note-malformed', 'note is too large or has control characters'))
  const at = text.lastIndexOf('\n\n')
  if (at < 0 || !text.endsWith('\n')) return err(new NoteError('note-malformed', 'note has no signature block'))
  const signatures = text.slice(at + 2, -1).split('\n')
  if (signatures.length > MAX_SIGNATURES) return err(new NoteError('note-malformed', 'too many signatures'))
  return ok({ body: text.slice(0, at + 1), signatures })
}

function parseSignatureLine(line: string): { name: string; id: Uint8Array; signature: Buffer } | null {
  if (!line.startsWith(EM_DASH_PREFIX)) return null
  const rest = line.slice(EM_DASH_PREFIX.length)
  const space = rest.indexOf(' ')
  const name = rest.slice(0, space)
  const raw = space > 0 ? strictBase64(rest.slice(space + 1)) : null
  if (!isValidKeyName(name) || raw === null || raw.length < 5) return null
  return { name, id: raw.subarray(0, 4), signature: raw.subarray(4) }
}

function strictBase64(text: string): Buffer | null {
  const buf = Buffer.from(text, 'base64')
  return text.length > 0 && buf.toString('base64') === text ? buf : null
}

function hasForbiddenControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x20 && c !== 0x0a) return true
  }
  return false
}

function rawPublicKey(key: KeyObject): Uint8Array {
  const jwk = key.export({ format: 'jwk' })
  if (typeof jwk.x !== 'string') throw new NoteError('key-invalid', 'not an Ed25519 key')
  return Buffer.from(jwk.x, 'base64url')
}

function publicKeyObject(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' })
}

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
  // A string is hashed as its UTF-8 bytes (lone surrogates as U+FFFD, as Buffer.from writes
  // them) without first being copied into a Buffer: the engine digests every template's text.
  return createHash('sha256').update(data).digest('hex')
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

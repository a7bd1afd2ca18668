// A small reader for GitHub's repository tarballs (`git archive` output, gzipped): ustar
// headers, pax extended headers (`path`), GNU long names, and the pax global header git
// writes first. Regular files only; directories, links and submodules are skipped. The
// top-level folder GitHub adds (`owner-repo-sha/`) is stripped.
import { gunzipSync } from 'node:zlib'

const BLOCK = 512
/** A tarball larger than this is refused rather than inflated into memory. */
const MAX_INFLATED = 512 * 1024 * 1024

export class TarError extends Error {
  constructor(message: string) {
    super(`tarball: ${message}`)
    this.name = 'TarError'
  }
}

/** Files in a gzipped tarball, keyed by path without the first path component. */
export function readTarball(gz: Uint8Array): Map<string, Buffer> {
  let tar: Buffer
  try {
    tar = gunzipSync(gz, { maxOutputLength: MAX_INFLATED })
  } catch (cause) {
    throw new TarError(`not a gzip stream (${(cause as Error).message})`)
  }
  return readTar(tar)
}

export function readTar(tar: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  let offset = 0
  let longName: string | null = null
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK)
    if (isZeroBlock(header)) break
    if (!checksumOk(header)) throw new TarError(`bad header checksum at offset ${offset}`)
    const size = octal(header.subarray(124, 136))
    const type = String.fromCharCode(header[156] ?? 0)
    const start = offset + BLOCK
    if (start + size > tar.length) throw new TarError(`entry at offset ${offset} runs past the end`)
    const body = tar.subarray(start, start + size)
    offset = start + Math.ceil(size / BLOCK) * BLOCK
    if (type === 'x') longName = paxPath(body) ?? longName
    else if (type === 'L') longName = cString(body)
    else if (type === 'g')
      continue // pax global header: git stores the commit id there
    else {
      const name = longName ?? ustarName(header)
      longName = null
      if (type === '0' || type === '\0' || type === '7') {
        const path = stripFirst(name)
        if (path) files.set(path, Buffer.from(body))
      }
    }
  }
  return files
}

function isZeroBlock(block: Buffer): boolean {
  for (const byte of block) if (byte !== 0) return false
  return true
}

function checksumOk(header: Buffer): boolean {
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (header[i] ?? 0)
  return sum === octal(header.subarray(148, 156))
}

function octal(field: Buffer): number {
  const text = cString(field).trim()
  if (text === '') return 0
  if (!/^[0-7]{1,12}$/.test(text)) throw new TarError(`bad octal field "${text.slice(0, 20)}"`)
  return parseInt(text, 8)
}

function cString(bytes: Buffer): string {
  const nul = bytes.indexOf(0)
  return bytes.subarray(0, nul < 0 ? bytes.length : nul).toString('utf8')
}

function ustarName(header: Buffer): string {
  const name = cString(header.subarray(0, 100))
  const ustar = header.subarray(257, 262).toString('latin1') === 'ustar'
  const prefix = ustar ? cString(header.subarray(345, 500)) : ''
  return prefix ? `${prefix}/${name}` : name
}

/** The `path` record of a pax extended header ("<len> path=<value>\n" records). */
function paxPath(body: Buffer): string | null {
  let at = 0
  let found: string | null = null
  while (at < body.length) {
    const space = body.indexOf(0x20, at)
    if (space < 0) break
    const len = Number(body.subarray(at, space).toString('latin1'))
    if (!Number.isInteger(len) || len <= space - at || at + len > body.length) throw new TarError('bad pax record')
    const record = body.subarray(space + 1, at + len - 1).toString('utf8')
    const eq = record.indexOf('=')
    if (eq > 0 && record.slice(0, eq) === 'path') found = record.slice(eq + 1)
    at += len
  }
  return found
}

function stripFirst(name: string): string {
  const slash = name.indexOf('/')
  return slash < 0 ? '' : name.slice(slash + 1)
}

// PEM private key blocks. Found with indexOf and a sticky header check, so a text full of
// `-----BEGIN ` stays linear; the span covers the whole block so redaction removes the body.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { isPlaceholderValue } from './placeholders.js'

const HEADER = /-----BEGIN (?:[A-Z0-9]{1,20} ){0,4}PRIVATE KEY(?: BLOCK)?-----/y
const MAX_BLOCK = 16_384
const MIN_BODY = 40
const BODY_CHAR = /[A-Za-z0-9+/=\s\\:-]/

export function findPrivateKeys(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  const footers = new NextIndex(text, '-----END ')
  let from = 0
  for (let at = text.indexOf('-----BEGIN ', from); at !== -1; at = text.indexOf('-----BEGIN ', from)) {
    HEADER.lastIndex = at
    const header = HEADER.exec(text)
    if (!header) {
      from = at + 1
      continue
    }
    const bodyStart = at + header[0].length
    const end = blockEnd(text, bodyStart, footers.after(bodyStart))
    const block = text.slice(bodyStart, end)
    const footer = block.lastIndexOf('-----END ')
    const body = footer >= 0 && !block.includes('\n', footer) ? block.slice(0, footer) : block
    if (isRealBody(body)) {
      out.push({
        rule: 'secrets.private-key',
        kind: 'private-key',
        start: at,
        end,
        redacted: maskSecret('private-key', '-----BEGIN '),
      })
    }
    from = Math.max(end, at + 1)
  }
  return out
}

/** End of the footer line when one follows closely, else the end of the base64 body run. */
function blockEnd(text: string, bodyStart: number, footer: number): number {
  if (footer !== -1 && footer - bodyStart <= MAX_BLOCK) {
    const close = text.indexOf('-----', footer + 9)
    return close !== -1 && close - footer < 100 ? close + 5 : footer + 9
  }
  let end = bodyStart
  const limit = Math.min(text.length, bodyStart + MAX_BLOCK)
  while (end < limit && BODY_CHAR.test(text[end] ?? '')) end++
  return end
}

function isRealBody(body: string): boolean {
  const compact = body.replace(/\\n|\\r|\s/g, '')
  return compact.replace(/[^A-Za-z0-9+/]/g, '').length >= MIN_BODY && !isPlaceholderValue(compact)
}

/** Memoised forward search: each call is amortised O(1) for increasing positions. */
class NextIndex {
  private found = -2
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}
  after(pos: number): number {
    if (this.found === -1) return -1
    if (this.found < pos) this.found = this.text.indexOf(this.needle, pos)
    return this.found
  }
}

/**
 * JSON Web Keys holding a private part (RFC 7518 §6): an object with `"kty"` and a private
 * member, `"d"` (RSA and EC private exponent or scalar) or `"k"` (a symmetric key), whose
 * value is base64url of 16+ characters. Public keys (`"n"`, `"e"`, `"x"`, `"y"` only) are
 * none. Found from each `"kty"`, reading only the object around it.
 */
const PRIVATE_MEMBER = /"(d|k)"[ \t\r\n]{0,8}:[ \t\r\n]{0,8}"([A-Za-z0-9_-]{16,4096})"/g
const JWK_WINDOW = 8192

export function findJsonWebKeys(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  // Both searches move forward only (a text of a million `"kty"` and no brace stays linear).
  const opens = new NextIndex(text, '{')
  const closes = new NextIndex(text, '}')
  let open = -1
  let seenOpen = -1
  let readUntil = -1
  for (let at = text.indexOf('"kty"'); at !== -1; at = text.indexOf('"kty"', at + 5)) {
    for (let next = opens.after(open + 1); next !== -1 && next < at; next = opens.after(next + 1)) open = next
    if (at < readUntil) continue
    // A JWK is flat: the last `{` before "kty" and the first `}` after it bound the object. A
    // fragment pasted without its opening brace (`"kty": "EC",⏎"d": "…"`) is read from "kty"
    // to the next brace of either kind.
    const fragment = open === -1 || open < readUntil || at - open > JWK_WINDOW
    if (!fragment && open === seenOpen) continue
    const from = fragment ? at : open
    if (!fragment) seenOpen = open
    const close = closes.after(at)
    const nextOpen = fragment ? opens.after(at) : -1
    const bound = Math.min(close === -1 ? text.length : close, nextOpen === -1 ? text.length : nextOpen)
    const end = Math.min(bound, from + JWK_WINDOW, text.length)
    readUntil = end
    const object = text.slice(from, end)
    if (!fragment && object.indexOf('{', 1) !== -1) continue
    PRIVATE_MEMBER.lastIndex = 0
    for (let m = PRIVATE_MEMBER.exec(object); m !== null; m = PRIVATE_MEMBER.exec(object)) {
      const value = m[2] ?? ''
      if (isPlaceholderValue(value) || new Set(value).size < 8) continue
      const start = from + m.index + m[0].length - value.length - 1
      out.push({
        rule: 'secrets.private-key',
        kind: 'private-key',
        start,
        end: start + value.length,
        redacted: `"${m[1]}": ${maskSecret('private-key')}`,
      })
    }
  }
  return out
}

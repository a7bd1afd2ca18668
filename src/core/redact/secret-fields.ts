// `password: ["…"]`, `'db_password': {'primary': '…'}`, `TOKEN=${TOKEN:-literal}` in text
// the JSON parser could not read (log lines, Python reprs, env files): whatever follows a
// secret-named key and its operator is masked whole, whatever its shape, unless the whole
// value is a placeholder. Detector rules ask a value to look like a secret; here the key says so.
import { assignmentsIn } from '../detect/secrets/generic-assignment.js'
import { isSecretField } from './secret-key.js'
import { isWholePlaceholder } from './placeholder.js'
import type { SensitiveMatch } from './sensitive-match.js'

const MAX_VALUE = 4000
const OPEN: Readonly<Record<string, string>> = { '[': ']', '{': '}', '(': ')' }
const AUTH_SCHEME = /^(?:bearer|basic|token|digest|ssws|apikey)$/i

export function findSecretFields(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const a of assignmentsIn(text)) {
    if (!isSecretField(a.key)) continue
    const value = valueAt(text, a.end)
    if (value === null || isWholePlaceholder(text.slice(value.start, value.end))) continue
    out.push({
      rule: 'secrets.secret-field',
      kind: 'secret-field',
      start: value.start,
      end: value.end,
      redacted: '[REDACTED:secret-field]',
    })
  }
  return out
}

/** The value starting at `at`: a quoted string, a bracketed structure, or a bare run. */
function valueAt(text: string, at: number): { start: number; end: number } | null {
  const c = text[at]
  if (c === undefined || c === '\n') return null
  if (c === '"' || c === "'" || c === '`') {
    const close = closingQuote(text, at)
    return close === -1 ? { start: at + 1, end: lineEnd(text, at) } : { start: at + 1, end: close }
  }
  // `[…]`, `(…)`; a `{` may be a structure or a placeholder with more text after it.
  if (c === '[' || c === '(') return { start: at, end: balancedEnd(text, at) }
  let end = bareEnd(text, at)
  // `Authorization: Bearer <token>`: the scheme and the credential.
  if (AUTH_SCHEME.test(text.slice(at, end)) && text[end] === ' ') end = bareEnd(text, end + 1)
  return end > at ? { start: at, end } : null
}

function closingQuote(text: string, at: number): number {
  const quote = text[at]
  const limit = Math.min(text.length, at + MAX_VALUE)
  for (let i = at + 1; i < limit; i++) {
    const c = text[i]
    if (c === '\\') i++
    else if (c === quote) return i
    else if (c === '\n') return -1
  }
  return -1
}

const lineEnd = (text: string, at: number): number => {
  const nl = text.indexOf('\n', at)
  return Math.min(nl === -1 ? text.length : nl, at + MAX_VALUE)
}

/** End (exclusive) of the bracketed structure opening at `at`, quotes respected. */
function balancedEnd(text: string, at: number): number {
  const stack: string[] = []
  const limit = Math.min(text.length, at + MAX_VALUE)
  for (let i = at; i < limit; i++) {
    const c = text[i] as string
    if (c === '"' || c === "'") {
      const close = closingQuote(text, i)
      if (close === -1) return lineEnd(text, i)
      i = close
    } else if (OPEN[c] !== undefined) stack.push(OPEN[c])
    else if (c === stack[stack.length - 1]) {
      stack.pop()
      if (stack.length === 0) return i + 1
    } else if (c === '\n') return i
  }
  return limit
}

/** A bare value: non-blank characters and whole `{…}`/`${…}` groups, up to a separator. */
function bareEnd(text: string, at: number): number {
  let i = at
  const limit = Math.min(text.length, at + MAX_VALUE)
  while (i < limit) {
    const c = text[i] as string
    if (c === '{') i = balancedEnd(text, i)
    else if (/[\s,;)\]}]/.test(c)) break
    else i++
  }
  return i
}

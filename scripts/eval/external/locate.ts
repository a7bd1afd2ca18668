// Locators: which part of a referenced file is one sample. Stable for a pinned blob, readable,
// and checked at load time against the sample's recorded hash.
//   file               the whole file, trailing whitespace trimmed
//   json:<pointer>     an RFC 6901 pointer into a JSON file, to a string
//   yaml:<pointer>     the same into a YAML file (one document), the string trimmed at the end
//   string:<line>:<col>  the JavaScript or Python string literal that opens there (1-based;
//                      adjacent literals joined, as Python joins them)
import { parse as parseYaml } from 'yaml'

export class LocatorError extends Error {}

/** The sample `at` names in `text`, the content of the file at `path` (its extension picks the string syntax). */
export function locate(text: string, at: string, path: string): string {
  if (at === 'file') return text.trimEnd()
  const colon = at.indexOf(':')
  const kind = at.slice(0, colon)
  const where = at.slice(colon + 1)
  if (kind === 'json') return stringAt(JSON.parse(text) as unknown, where)
  if (kind === 'yaml') return stringAt(parseYaml(text) as unknown, where).trimEnd()
  if (kind === 'string') {
    const [line, column] = where.split(':').map(Number)
    if (!Number.isInteger(line) || !Number.isInteger(column)) throw new LocatorError(`bad string locator "${at}"`)
    return stringLiteralAt(text, offsetOf(text, line ?? 0, column ?? 0), path.endsWith('.py') ? 'python' : 'javascript')
  }
  throw new LocatorError(`unknown locator "${at}"`)
}

/** The value a JSON pointer names; it must be a string. */
export function stringAt(root: unknown, pointer: string): string {
  if (pointer !== '' && !pointer.startsWith('/')) throw new LocatorError(`pointer "${pointer}" must start with /`)
  let node = root
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) throw new LocatorError(`pointer "${pointer}": no "${key}"`)
    node = (node as Record<string, unknown>)[key]
  }
  if (typeof node !== 'string') throw new LocatorError(`pointer "${pointer}" names a ${typeof node}, not a string`)
  return node
}

export function offsetOf(text: string, line: number, column: number): number {
  let at = 0
  for (let n = 1; n < line; n++) {
    at = text.indexOf('\n', at) + 1
    if (at === 0) throw new LocatorError(`line ${line} is past the end`)
  }
  return at + column - 1
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', a: '\x07', '0': '\0' }
const PREFIX = /^[rRbBuU]{0,2}(?=['"`])/

/**
 * The string literal that opens at `at`, with escapes decoded: '…', "…", `…` (no `${}`),
 * Python '''…''' / """…""" and r-prefixed raw strings. Literals separated only by blanks,
 * newlines or a `+` are joined (Python's implicit concatenation, JavaScript's `'a' + 'b'`).
 */
export function stringLiteralAt(text: string, at: number, language: Language): string {
  let out = ''
  let pos = at
  for (;;) {
    const literal = readLiteral(text, pos, language)
    out += literal.value
    const next = /^[ \t\r\n]*(?:\+[ \t\r\n]*)?(?=[rRbBuU]{0,2}['"])/.exec(text.slice(literal.end, literal.end + 200))
    if (!next || !PREFIX.test(text.slice(literal.end + next[0].length))) return out
    pos = literal.end + next[0].length
  }
}

export type Language = 'javascript' | 'python'

function readLiteral(text: string, at: number, language: Language): { value: string; end: number } {
  const prefix = PREFIX.exec(text.slice(at, at + 3))?.[0]
  if (prefix === undefined) throw new LocatorError(`no string literal at offset ${at}`)
  const raw = /r/i.test(prefix)
  let pos = at + prefix.length
  const quote = text[pos] ?? ''
  const triple = quote !== '`' && text.startsWith(quote.repeat(3), pos)
  const close = triple ? quote.repeat(3) : quote
  pos += close.length
  let value = ''
  while (pos < text.length) {
    if (text.startsWith(close, pos)) return { value, end: pos + close.length }
    const c = text[pos] ?? ''
    if (c === '\n' && !triple && quote !== '`') break
    if (quote === '`' && text.startsWith('${', pos)) throw new LocatorError(`template literal with a substitution at offset ${at}`)
    if (c !== '\\') {
      value += c
      pos++
      continue
    }
    if (raw) {
      // A raw string keeps the backslash, and the escaped quote does not end it.
      value += text.slice(pos, pos + 2)
      pos += 2
      continue
    }
    const [decoded, length] = escapeAt(text, pos + 1, language)
    value += decoded
    pos += 1 + length
  }
  throw new LocatorError(`unterminated string literal at offset ${at}`)
}

const PYTHON_ESCAPES = new Set(['\\', "'", '"', 'a', 'b', 'f', 'n', 'r', 't', 'v', 'x', 'u', 'U', 'N', '\n', '\r'])

/** The escape after a backslash: its text and how many characters it spans. */
function escapeAt(text: string, at: number, language: Language): [string, number] {
  const c = text[at] ?? ''
  // Python keeps the backslash of an unknown escape (`'\d'` is two characters).
  if (language === 'python' && !PYTHON_ESCAPES.has(c) && !/[0-7]/.test(c)) return [`\\${c}`, 1]
  if (language === 'python' && /[0-7]/.test(c)) {
    const digits = /^[0-7]{1,3}/.exec(text.slice(at))?.[0] ?? '0'
    return [String.fromCharCode(parseInt(digits, 8)), digits.length]
  }
  if (c === 'N' && language === 'python') throw new LocatorError(`\\N{…} escapes are not supported (offset ${at})`)
  if (c === '\n') return ['', 1]
  if (c === '\r') return ['', text[at + 1] === '\n' ? 2 : 1]
  if (c === 'x') return [String.fromCharCode(parseInt(text.slice(at + 1, at + 3), 16)), 3]
  if (c === 'u' && text[at + 1] === '{') {
    const end = text.indexOf('}', at)
    return [String.fromCodePoint(parseInt(text.slice(at + 2, end), 16)), end - at + 1]
  }
  if (c === 'u') return [String.fromCharCode(parseInt(text.slice(at + 1, at + 5), 16)), 5]
  if (c === 'U') return [String.fromCodePoint(parseInt(text.slice(at + 1, at + 9), 16)), 9]
  if (c === '0' && /[0-7]/.test(text[at + 1] ?? '')) {
    const digits = /^[0-7]{1,3}/.exec(text.slice(at))?.[0] ?? '0'
    return [String.fromCharCode(parseInt(digits, 8)), digits.length]
  }
  return [SIMPLE_ESCAPES[c] ?? c, 1]
}

// String literals of JavaScript, Python and Go source, decoded as their compilers would, for
// the `string:` and `sprintf:` locators (locate.ts, go.ts). Source is read, never run.

export class LocatorError extends Error {}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', a: '\x07', '0': '\0' }
const PREFIX = /^[rRbBuU]{0,2}(?=['"`])/

/**
 * The string literal that opens at `at`, with escapes decoded: '…', "…", `…` (no `${}`),
 * Python '''…''' / """…""" and r-prefixed raw strings. Literals separated only by blanks,
 * newlines or a `+` are joined (Python's implicit concatenation, JavaScript's `'a' + 'b'`).
 */
export function stringLiteralAt(text: string, at: number, language: Language): string {
  return readStringLiteral(text, at, language).value
}

/** The (joined) string literal opening at `at`, and the offset just after it. */
export function readStringLiteral(text: string, at: number, language: Language): { value: string; end: number } {
  let value = ''
  let pos = at
  for (;;) {
    const literal = readLiteral(text, pos, language)
    value += literal.value
    // Python joins adjacent literals; JavaScript and Go join them with `+`.
    const next = (language === 'python' ? /^[ \t\r\n]*(?:\+[ \t\r\n]*)?/ : /^[ \t\r\n]*\+[ \t\r\n]*/).exec(
      text.slice(literal.end, literal.end + 200),
    )
    if (!next || !opensStringLiteral(text, literal.end + next[0].length)) return { value, end: literal.end }
    pos = literal.end + next[0].length
  }
}

/** True when a string literal (with an optional r/b/u prefix) opens at `at`. */
export const opensStringLiteral = (text: string, at: number): boolean => PREFIX.test(text.slice(at, at + 3))

export type Language = 'javascript' | 'python' | 'go'

export const languageOf = (path: string): Language =>
  path.endsWith('.py') ? 'python' : path.endsWith('.go') ? 'go' : 'javascript'

function readLiteral(text: string, at: number, language: Language): { value: string; end: number } {
  const prefix = PREFIX.exec(text.slice(at, at + 3))?.[0]
  if (prefix === undefined) throw new LocatorError(`no string literal at offset ${at}`)
  let pos = at + prefix.length
  const quote = text[pos] ?? ''
  // Go's backquoted strings are raw.
  const raw = /r/i.test(prefix) || (language === 'go' && quote === '`')
  const triple = quote !== '`' && text.startsWith(quote.repeat(3), pos)
  const close = triple ? quote.repeat(3) : quote
  pos += close.length
  let value = ''
  while (pos < text.length) {
    if (text.startsWith(close, pos)) return { value, end: pos + close.length }
    const c = text[pos] ?? ''
    if (c === '\n' && !triple && quote !== '`') break
    if (quote === '`' && language === 'javascript' && text.startsWith('${', pos))
      throw new LocatorError(`template literal with a substitution at offset ${at}`)
    if (c !== '\\') {
      value += c
      pos++
      continue
    }
    if (raw && quote === '`') {
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
  if (language !== 'javascript' && /[0-7]/.test(c)) {
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

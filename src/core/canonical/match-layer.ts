// The last canonical layer, run on any text before matching: escape sequences anyone reading
// the file can decode (`\u0041`, `\x41`, `&#64;`, `&commat;`) are decoded, then every character
// is folded (unicode-fold.ts), then look-alike letters inside ASCII tokens are replaced. Pure
// ASCII text without a backslash or an ampersand is returned as is (null), at the cost of one
// regex scan.
import { MappedBuilder, compose, type MappedText } from './mapped-text.js'
import { CONFUSABLE_CHAR, CONFUSABLES, foldCodePoint, foldsConfusables, isMark } from './unicode-fold.js'

/** Where the next character needing attention may be: non-ASCII, a backslash escape, an entity. */
const INTERESTING = /[^\x00-\x7f]+|\\[uxU]|&#?[A-Za-z0-9]{1,8};/g
const ESCAPE = /\\(?:u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|x([0-9A-Fa-f]{2}))/y
const ENTITY = /&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,7}));/y
/** Named references an author might use to hide the characters of an address, key or number. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  commat: '@',
  period: '.',
  colon: ':',
  lowbar: '_',
  hyphen: '-',
  dash: '-',
  ndash: '-',
  mdash: '-',
  num: '#',
  dollar: '$',
  percnt: '%',
  plus: '+',
  equals: '=',
  sol: '/',
  bsol: '\\',
  excl: '!',
  quest: '?',
  comma: ',',
  semi: ';',
  lpar: '(',
  rpar: ')',
  ast: '*',
}

/** Non-ASCII, `&` or `\`: one negated class, which V8 scans far faster than INTERESTING. */
export const MAY_FOLD = /[^\x00-\x25\x27-\x5b\x5d-\x7f]/

export function matchLayer(text: string): MappedText | null {
  if (!MAY_FOLD.test(text)) return null
  INTERESTING.lastIndex = 0
  if (!INTERESTING.test(text)) return null
  const folded = foldText(text)
  const out = CONFUSABLE_CHAR.test(folded.text) ? foldConfusables(folded) : folded
  return out.text === text ? null : out
}

/** A run of Unicode tag characters (U+E0020–E007E): invisible ASCII that models read. */
interface TagRun {
  from: number
  to: number
  ascii: string
}

function foldText(text: string): MappedText {
  const out = new MappedBuilder()
  const tags: TagRun[] = []
  let copied = 0
  INTERESTING.lastIndex = 0
  for (let m = INTERESTING.exec(text); m !== null; m = INTERESTING.exec(text)) {
    const at = m.index
    if (at < copied) continue
    out.copy(text.slice(copied, at), copied)
    if (text.charCodeAt(at) < 0x80) copied = at + foldAt(text, at, out)
    else {
      // A run of non-ASCII characters, one code point at a time.
      const end = at + m[0].length
      for (let i = at; i < end;) {
        const used = foldAt(text, i, out)
        collectTag(text, i, i + used, tags)
        i += used
      }
      copied = end
    }
    INTERESTING.lastIndex = copied
  }
  out.copy(text.slice(copied), copied)
  // Dropped from the text (they also break up visible values), and read on their own line:
  // a value smuggled in tag characters is still a value.
  for (const run of tags) out.replace(`\n${run.ascii}`, run.from, run.to, 'tag characters')
  return out.build()
}

function collectTag(text: string, at: number, end: number, tags: TagRun[]): void {
  const cp = text.codePointAt(at) ?? 0
  if (cp < 0xe0020 || cp > 0xe007e || end - at !== 2) return
  const last = tags[tags.length - 1]
  const ascii = String.fromCharCode(cp - 0xe0000)
  if (last !== undefined && last.to === at) {
    last.to = end
    last.ascii += ascii
  } else tags.push({ from: at, to: end, ascii })
}

/** Folds what starts at `at` into `out`; returns how many characters of `text` it used. */
function foldAt(text: string, at: number, out: MappedBuilder): number {
  const c = text.charCodeAt(at)
  if (c === 0x5c || c === 0x26) {
    const decoded = c === 0x5c ? escapeAt(text, at) : entityAt(text, at)
    if (decoded === null) {
      out.copy(text[at] as string, at)
      return 1
    }
    const value = foldString(decoded.value, baseBefore(text, at))
    out.replace(value, at, at + decoded.length, c === 0x5c ? 'escape sequence' : 'HTML character reference')
    return decoded.length
  }
  const cp = text.codePointAt(at) ?? c
  const width = cp > 0xffff ? 2 : 1
  const folded = foldCodePoint(cp)
  if (folded === '') return width
  const value = isMark(cp) ? (foldMark(cp, baseBefore(text, at)) ?? folded) : folded
  if (value.length === width && value === text.slice(at, at + width)) out.copy(value, at)
  else out.replace(value, at, at + width, noteFor(cp, value))
  return width
}

function foldString(value: string, before: string): string {
  let out = ''
  let prev = before
  for (const ch of value) {
    const cp = ch.codePointAt(0) ?? 0
    const folded = cp < 0x80 ? ch : (foldMark(cp, prev) ?? foldCodePoint(cp))
    out += folded
    if (!isMark(cp)) prev = ch
  }
  return out
}

/**
 * A combining mark on an ASCII character (or on a space) is decoration an author added: it is
 * dropped. On other scripts marks are letters' parts and stay. Null: `cp` is not a mark, or
 * is one that folds away anyway (variation selectors).
 */
function foldMark(cp: number, before: string): string | null {
  if (!isMark(cp) || foldCodePoint(cp) === '') return null
  return before.length > 0 && before.charCodeAt(0) < 0x80 ? '' : String.fromCodePoint(cp)
}
/** The character a mark at `at` sits on: the one before it, past other marks (Zalgo stacks). */
function baseBefore(text: string, at: number): string {
  let i = at - 1
  for (let n = 0; n < 64 && i > 0 && isMark(text.charCodeAt(i)); n++) i--
  return i >= 0 ? (text[i] as string) : ''
}

function noteFor(cp: number, value: string): string {
  if (value === '') return 'invisible character'
  if (cp >= 0xff00 && cp <= 0xffef) return 'full-width form'
  if (value === ' ') return 'non-ASCII space'
  if (value === '-') return 'non-ASCII dash'
  if (/^[0-9]$/.test(value)) return 'non-ASCII digit'
  return 'compatibility or look-alike character'
}

function escapeAt(text: string, at: number): { value: string; length: number } | null {
  // `\\u0041` is an escaped backslash followed by text, not an escape.
  let slashes = 0
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) === 0x5c; i--) slashes++
  if (slashes % 2 === 1) return null
  ESCAPE.lastIndex = at
  const m = ESCAPE.exec(text)
  if (m === null) return null
  const hex = m[1] ?? m[2] ?? m[3] ?? m[4] ?? ''
  let cp = Number.parseInt(hex, 16)
  let length = m[0].length
  // A UTF-16 surrogate pair written as two `\uXXXX`.
  if (m[2] !== undefined && cp >= 0xd800 && cp <= 0xdbff) {
    ESCAPE.lastIndex = at + length
    const low = ESCAPE.exec(text)
    const lowCp = low?.[2] === undefined ? NaN : Number.parseInt(low[2], 16)
    if (lowCp >= 0xdc00 && lowCp <= 0xdfff) {
      cp = 0x10000 + ((cp - 0xd800) << 10) + (lowCp - 0xdc00)
      length += 6
    }
  }
  return printable(cp) ? { value: String.fromCodePoint(cp), length } : null
}

function entityAt(text: string, at: number): { value: string; length: number } | null {
  ENTITY.lastIndex = at
  const m = ENTITY.exec(text)
  if (m === null) return null
  const value =
    m[3] !== undefined ? NAMED[m[3].toLowerCase()] : codePoint(Number.parseInt(m[1] ?? m[2] ?? '', m[1] !== undefined ? 10 : 16))
  return value === undefined ? null : { value, length: m[0].length }
}

const codePoint = (cp: number): string | undefined => (printable(cp) ? String.fromCodePoint(cp) : undefined)

/** Control characters and lone surrogates are not decoded (a `\x1b` colour code stays as written). */
function printable(cp: number): boolean {
  if (!Number.isFinite(cp) || cp > 0x10ffff) return false
  if (cp >= 0xd800 && cp <= 0xdfff) return false
  return cp >= 0x20 && (cp < 0x7f || cp >= 0xa0)
}

/** Second pass: look-alike letters inside ASCII tokens (see foldsConfusables). */
function foldConfusables(input: MappedText): MappedText {
  const text = input.text
  const out = new MappedBuilder()
  const tokens = /\S+/g
  let copied = 0
  for (let m = tokens.exec(text); m !== null; m = tokens.exec(text)) {
    if (!CONFUSABLE_CHAR.test(m[0]) || !foldsConfusables(m[0])) continue
    for (let i = 0; i < m[0].length; i++) {
      const ch = m[0][i] as string
      const to = CONFUSABLES.get(ch)
      if (to === undefined) continue
      const at = m.index + i
      out.copy(text.slice(copied, at), copied)
      out.replace(to, at, at + 1, 'look-alike character')
      copied = at + 1
    }
  }
  out.copy(text.slice(copied), copied)
  return compose(out.build(), input)
}

// Character-level folding for matching: what a reader (or a model) takes to be the same
// character becomes the same character. Compatibility forms (full-width `＠`, mathematical
// `𝐀`, ligatures, odd spaces) fold by NFKC; dashes, spaces and digits of other scripts fold to
// ASCII; invisible characters (zero-width, bidi controls, tags, variation selectors, Hangul
// fillers) and combining marks stacked on ASCII are dropped. Used only to find values: the
// evidence still points at the bytes as written.

const STRIP = /^[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F\u180B-\u180D\u180F\u{E0100}-\u{E01EF}]$/u
const MARK = /^\p{M}$/u
const DASH = /^[\p{Pd}\u2212\u2043\u2796\uFE63\uFF0D]$/u
const SPACE = /^[\p{Zs}\u2028\u2029\u2800]$/u
const DIGIT = /^\p{Nd}$/u

const folded = new Map<number, string>()

/**
 * The folded form of one code point: '' when it is invisible, ASCII for dashes, spaces and
 * digits, NFKC otherwise. Combining marks are handled by the caller (they depend on the base).
 */
export function foldCodePoint(cp: number): string {
  let out = folded.get(cp)
  if (out === undefined) {
    out = computeFold(cp)
    folded.set(cp, out)
  }
  return out
}

function computeFold(cp: number): string {
  const ch = String.fromCodePoint(cp)
  if (STRIP.test(ch)) return ''
  let out = ''
  for (const part of ch.normalize('NFKC')) out += foldSimple(part)
  return out
}

function foldSimple(ch: string): string {
  if (ch.charCodeAt(0) < 0x80) return ch
  if (DASH.test(ch)) return '-'
  if (SPACE.test(ch)) return ' '
  if (DIGIT.test(ch)) return String(digitValue(ch.codePointAt(0) ?? 0))
  return ch
}

/** Unicode keeps decimal digits in runs that start at zero: the value is the offset in the run. */
function digitValue(cp: number): number {
  let start = cp
  for (let n = 0; n < 80 && DIGIT.test(String.fromCodePoint(start - 1)); n++) start--
  return (cp - start) % 10
}

const marks = new Map<number, boolean>()

export function isMark(cp: number): boolean {
  if (cp < 0x300) return false
  let mark = marks.get(cp)
  if (mark === undefined) {
    mark = MARK.test(String.fromCodePoint(cp))
    marks.set(cp, mark)
  }
  return mark
}

// Letters and punctuation of other scripts drawn like ASCII ones (a focused subset of Unicode's
// confusables.txt: Cyrillic, Greek, Armenian, IPA, and the punctuation of keys and addresses).
const CONFUSABLE_PAIRS =
  'аaеeһhіiјjкkоoрpсcуyхxѕsԁdԛqԝwӏlɡgɑaοoαaνvρpιiκkυuχxϲcϳjıiȷjօoսuАAВBЕEЅSІIЈJКKМMНHОOРPСCТTУYХXҮYԚQԜWҺHӀIΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX▁_。.∶:։:꞉:ː:∕/⁄/'
export const CONFUSABLES: ReadonlyMap<string, string> = new Map(
  Array.from({ length: CONFUSABLE_PAIRS.length / 2 }, (_, i) => [
    CONFUSABLE_PAIRS[2 * i] as string,
    CONFUSABLE_PAIRS[2 * i + 1] as string,
  ]),
)
export const CONFUSABLE_CHAR = new RegExp(`[${[...CONFUSABLES.keys()].join('')}]`, 'u')

const ASCII_ALNUM = /[A-Za-z0-9]/
const LETTER = /\p{L}/u

/**
 * A token (a run without whitespace) is rewritten through CONFUSABLES only when it mixes them
 * with ASCII letters or digits and holds no other non-ASCII letter: `jоhn@acme.com` with a
 * Cyrillic `о` folds, a Russian word stays Russian.
 */
export function foldsConfusables(token: string): boolean {
  if (!ASCII_ALNUM.test(token)) return false
  for (const ch of token) {
    if (ch.charCodeAt(0) < 0x80 || CONFUSABLES.has(ch)) continue
    if (LETTER.test(ch)) return false
  }
  return true
}

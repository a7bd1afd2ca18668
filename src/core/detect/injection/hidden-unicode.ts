// Invisible characters in added text. Tag characters (U+E0000–E007F) spell ASCII that the
// model reads and the reviewer cannot see, so they are critical and decoded in the evidence.
// Legitimate uses are exempt: a BOM at file start, ZWJ inside emoji sequences, ZWJ/ZWNJ
// between letters of scripts that need them (Persian, Indic), LRM/RLM on right-to-left lines,
// ASCII information separators (U+001C–001F) at the start or end of a line, emoji tag
// sequences (the flags of Scotland, Wales, England: U+1F3F4, tag letters, CANCEL TAG; UTS #51),
// a soft hyphen inside a word (a hyphenation hint), and first-strong isolates around a
// template variable (U+2068 … U+2069: what i18n libraries such as Fluent put around a
// placeable so a right-to-left name cannot reorder the sentence around it).
// A few scattered zero-width spaces are what copying from web pages leaves behind: they hide
// nothing the detectors miss (the canonical text reads through them), so they are low. Runs
// of different invisible characters can encode bytes (zero-width steganography) and stay high.
import type { FindingDraft } from '../../types.js'
import type { ScanLine } from './scan-lines.js'
import { HIDDEN_UNICODE } from './rules.js'
import { redactText } from '../../redact/redact-text.js'
import { codePointLabel, isInvisible, renderSnippet } from './snippet.js'

type Kind = 'tag' | 'bidi' | 'zero-width' | 'variation' | 'format'

const PICTOGRAPHIC = /^[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F]$/u
const NON_LATIN_LETTER = /^(?![\p{Script=Latin}\p{Script=Common}])\p{L}$/u
const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u

function kindOf(cp: number): Kind | null {
  if (cp >= 0xe0000 && cp <= 0xe007f) return 'tag'
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return 'bidi'
  if (cp === 0x200e || cp === 0x200f || cp === 0x061c) return 'bidi'
  if ((cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0xfeff) return 'zero-width'
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return 'variation'
  // Tab, line feed, vertical tab, form feed and carriage return are whitespace: they split
  // words and hide no letter (a form feed is a page break in text copied from a PDF).
  if (cp >= 0x09 && cp <= 0x0d) return null
  return isInvisible(cp) ? 'format' : null
}

interface Hit {
  cp: number
  kind: Kind
  index: number
}

function exempt(chars: readonly string[], i: number, line: ScanLine, rtl: boolean): boolean {
  const cp = chars[i]?.codePointAt(0) ?? 0
  const prev = chars[i - 1] ?? ''
  const next = chars[i + 1] ?? ''
  if (cp === 0xfeff) return line.line === 1 && i === 0
  if (cp >= 0xe0020 && cp <= 0xe007f) return inEmojiTagSequence(chars, i)
  if (cp === 0x00ad) return LETTER.test(prev) && LETTER.test(next)
  if (cp === 0x2068 || cp === 0x2069) return isolatesPlaceable(chars, i)
  if (cp === 0x200d && PICTOGRAPHIC.test(prev) && PICTOGRAPHIC.test(next)) return true
  if ((cp === 0x200c || cp === 0x200d) && NON_LATIN_LETTER.test(prev) && NON_LATIN_LETTER.test(next)) return true
  if (cp === 0x200e || cp === 0x200f || cp === 0x061c) return rtl
  // File/record/group/unit separators that delimit exported records sit at a line's edge;
  // there they split no word and encode nothing.
  if (cp >= 0x1c && cp <= 0x1f) return i === 0 || i === chars.length - 1
  // One variation selector picks a glyph (emoji, CJK); runs of them encode hidden bytes.
  if (kindOf(cp) === 'variation')
    return kindOf(next.codePointAt(0) ?? 0) !== 'variation' && kindOf(prev.codePointAt(0) ?? 0) !== 'variation'
  return false
}

const LETTER = /^\p{L}$/u
const WAVING_BLACK_FLAG = 0x1f3f4
const CANCEL_TAG = 0xe007f
/** Tag characters an emoji tag sequence may hold: lower-case letters and digits (region codes). */
const MAX_SEQUENCE_TAGS = 6
const isSequenceTag = (cp: number): boolean => (cp >= 0xe0061 && cp <= 0xe007a) || (cp >= 0xe0030 && cp <= 0xe0039)

/** Inside `U+1F3F4 <2–6 tag letters or digits> U+E007F`: a subdivision flag, nothing hidden.
 * Each walk stops after the longest sequence, so a run of a million tags stays linear. */
function inEmojiTagSequence(chars: readonly string[], i: number): boolean {
  const here = chars[i]?.codePointAt(0) ?? 0
  const cancelHere = here === CANCEL_TAG
  if (!cancelHere && !isSequenceTag(here)) return false
  // [start, end): the tags; end is where the cancel tag must be.
  let start = i
  while (
    start > 0 &&
    (cancelHere ? i : i + 1) - start < MAX_SEQUENCE_TAGS &&
    isSequenceTag(chars[start - 1]?.codePointAt(0) ?? 0)
  )
    start--
  let end = cancelHere ? i : i + 1
  while (!cancelHere && end - start < MAX_SEQUENCE_TAGS && isSequenceTag(chars[end]?.codePointAt(0) ?? 0)) end++
  const tags = end - start
  return (
    chars[start - 1]?.codePointAt(0) === WAVING_BLACK_FLAG &&
    chars[end]?.codePointAt(0) === CANCEL_TAG &&
    tags >= 2 &&
    tags <= MAX_SEQUENCE_TAGS
  )
}

/** Template placeholders an isolate pair may wrap: `{{name}}`, `{name}`, `{$name}`, `${name}`. */
const PLACEABLE = /^(?:\{\{[^{}\n]{1,80}\}\}|\$?\{\$?[A-Za-z_][\w.-]{0,60}\})$/
const MAX_PLACEABLE = 84

/** U+2068 (first-strong isolate) and its U+2069 around a template placeholder and nothing else. */
function isolatesPlaceable(chars: readonly string[], i: number): boolean {
  let open = i
  if (chars[i] !== '\u2068') {
    open = -1
    for (let j = i - 1; j >= 0 && i - j <= MAX_PLACEABLE + 1; j--)
      if (chars[j] === '\u2068') {
        open = j
        break
      }
  }
  if (open < 0) return false
  let close = -1
  for (let j = open + 1; j < chars.length && j - open <= MAX_PLACEABLE + 1; j++)
    if (chars[j] === '\u2069') {
      close = j
      break
    }
  if (close < 0 || (i !== open && i !== close)) return false
  return PLACEABLE.test(chars.slice(open + 1, close).join(''))
}

/** Printable ASCII, tab and line breaks: nothing hidden, skip the per-character scan. */
const PLAIN = /^[\t\n\r\x20-\x7e]*$/

function hitsIn(line: ScanLine): Hit[] {
  if (PLAIN.test(line.text)) return []
  const chars = Array.from(line.text)
  const rtl = RTL_LETTER.test(line.text)
  const hits: Hit[] = []
  for (let i = 0; i < chars.length; i++) {
    const cp = chars[i]?.codePointAt(0) ?? 0
    if (cp < 0x7f && cp >= 0x20) continue
    const kind = kindOf(cp)
    if (kind !== null && !exempt(chars, i, line, rtl)) hits.push({ cp, kind, index: i })
  }
  return hits
}

/** Tag characters mirror ASCII: U+E0041 is "A". */
function decodeTags(hits: readonly Hit[]): string {
  return hits
    .filter((h) => h.kind === 'tag' && h.cp >= 0xe0020 && h.cp <= 0xe007e)
    .map((h) => String.fromCharCode(h.cp - 0xe0000))
    .join('')
}

/**
 * The visible context around the first hit, with the invisible characters spelled out. The
 * whole line is redacted before it is cut, so no piece of a secret or personal value survives
 * the cut; the hit is then found again in the redacted text (a mask when it was inside a value).
 */
function context(line: ScanLine, first: Hit): string {
  const text = redactText(line.text).text
  const chars = Array.from(text)
  const at = chars.findIndex((ch) => isInvisible(ch.codePointAt(0) ?? 0))
  const mask = text.indexOf('[REDACTED:')
  const index = at >= 0 ? at : mask >= 0 ? Array.from(text.slice(0, mask)).length : Math.min(first.index, chars.length)
  const from = Math.max(0, index - 20)
  return `${from > 0 ? '…' : ''}${renderSnippet(chars.slice(from, index + 40).join(''), 100)}`
}

function describe(hits: readonly Hit[]): string {
  const labels = [...new Set(hits.map((h) => codePointLabel(h.cp)))]
  const kinds = [...new Set(hits.map((h) => h.kind))].join(', ')
  return `${hits.length} invisible character${hits.length > 1 ? 's' : ''} (${kinds}): ${labels.slice(0, 6).join(' ')}${labels.length > 6 ? ' …' : ''}`
}

/**
 * At most this many zero-width characters, none next to a different invisible one: an
 * artefact ("Cyber \u200b\u200bsecurity" from a web page). Bits are encoded by alternating
 * characters (ZWSP / ZWNJ / ZWJ), so a run of one character repeated carries none.
 */
const STRAY_LIMIT = 3

function isStray(hits: readonly Hit[]): boolean {
  if (hits.length > STRAY_LIMIT || hits.some((h) => h.kind !== 'zero-width')) return false
  return hits.every((h, i) => {
    const prev = hits[i - 1]
    return prev === undefined || h.index - prev.index > 1 || h.cp === prev.cp
  })
}

export function hiddenUnicodeFindings(lines: readonly ScanLine[]): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const line of lines) {
    const hits = hitsIn(line)
    if (hits.length === 0) continue
    const hidden = decodeTags(hits)
    const stray = isStray(hits)
    out.push({
      rule: HIDDEN_UNICODE.id,
      severity: hits.some((h) => h.kind === 'tag') ? 'critical' : stray ? 'low' : 'high',
      message: `${describe(hits)}.${hidden.length > 0 ? ' Tag characters spell hidden text.' : ''}${stray ? ' Scattered zero-width spaces (a copy-paste artefact): remove them; detectors read through them.' : ''}`,
      line: line.line,
      evidence: hidden.length > 0 ? `hidden text: "${renderSnippet(hidden, 80)}"` : context(line, hits[0] as Hit),
    })
  }
  return out
}

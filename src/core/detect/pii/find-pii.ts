import type { CountryCode } from 'libphonenumber-js/max'
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { resolveOverlaps } from '../../redact/sensitive-match.js'
import { findCards } from './card.js'
import { findEmails } from './email.js'
import { findHashedIdentifiers } from './hashed-id.js'
import { findIbans } from './iban.js'
import { findInternationalIds } from './intl-ids.js'
import { findLabelledIds } from './labelled-id.js'
import { findLabels } from './labels.js'
import { findNationalIds } from './national-id.js'
import { findPassports } from './passport.js'
import { findPhones } from './phone.js'

export interface PiiOptions {
  /** Country assumed for phone numbers written without `+<code>` (default `US`). */
  defaultCountry?: CountryCode
}

/**
 * Every PII value in `text`, sorted, overlaps merged. Structured identifiers come first so
 * that, where a card or national id also parses as a phone number, the id names the span.
 */
export function findPii(text: string, options: PiiOptions = {}): SensitiveMatch[] {
  const labels = findLabels(text)
  const strong = [
    ...findCards(text),
    ...findIbans(text),
    ...findNationalIds(text),
    ...findInternationalIds(text, labels),
    ...findPassports(text, labels),
    ...findLabelledIds(text, labels),
    ...findEmails(text),
    ...findHashedIdentifiers(text),
  ]
  const phones = findPhones(text, options).filter((p) => !strong.some((s) => s.start < p.end && p.start < s.end))
  return resolveOverlaps([...strong, ...phones])
}

// Every match lies on one line (no matcher's pattern takes a `\n`) and holds a digit, an `@`
// (emails), the `<<` of a passport's machine-readable zone (TD3 name lines) or a run of 32 hex
// letters (a hashed identifier without digits). A line with none of these holds no match.
const MAY_HOLD_PII = /[0-9@]|<</g
const HEX_LETTERS = /[A-Fa-f]{32}/g
/**
 * The farthest a matcher reads back across a line break: an international id is looked for
 * in the 60 characters after its label (intl-ids.ts); SSN and Aadhaar labels, which may sit
 * on an earlier line (`\s*`), in the 40 before the number (national-id.ts); phone.ts' code
 * token in the 32 before. Every other look-back stays on the match's line, and none reads
 * past the `\n` that ends it.
 */
const CONTEXT_BEFORE = 60
const WHITESPACE = /\s/

/**
 * findPii(text, options), exactly, reading only the lines that may hold a match, each with the
 * CONTEXT_BEFORE characters before it. The same because:
 * - each match lies on a kept line and reads the same characters: its line and the
 *   CONTEXT_BEFORE before it, widened to a whitespace (so no word is cut into another);
 * - the context kept before a line holds no match of its own;
 * - the text left out holds no digit, so the phone scan meets the same candidates in the
 *   same order (and its per-text parse budget runs out at the same one);
 * - `@` and `<<`, which findPii tests on the whole text, stay in if present;
 * - offsets keep their order, so resolveOverlaps merges the same matches.
 * A property test pins it against findPii (test/core/detect/pii/find-pii.test.ts).
 */
export function findPiiSkippingPlainLines(text: string, options: PiiOptions = {}): SensitiveMatch[] {
  const lineStarts = startsOfLinesHolding(MAY_HOLD_PII, text)
  const hexLines = startsOfLinesHolding(HEX_LETTERS, text)
  const starts = hexLines.length === 0 ? lineStarts : [...new Set([...lineStarts, ...hexLines])].sort((a, b) => a - b)
  // The kept parts of `text`, in order, each [from, to).
  const spans: Array<[number, number]> = []
  for (const start of starts) {
    const newline = text.indexOf('\n', start)
    const to = newline === -1 ? text.length : newline + 1
    // Back to a whitespace, so no word is cut: a word's tail ("…valid" → "id") can be a label.
    let from = Math.max(0, start - CONTEXT_BEFORE)
    while (from > 0 && !WHITESPACE.test(text[from - 1] as string)) from--
    const last = spans[spans.length - 1]
    if (last && from <= last[1]) last[1] = to
    else spans.push([from, to])
  }
  if (spans.length === 0) return []
  const kept = spans.map(([from, to]) => text.slice(from, to)).join('')
  if (kept.length === text.length) return findPii(text, options)
  // Matches come sorted: walk the spans once to turn offsets in `kept` into offsets in `text`.
  let span = 0
  let spanStart = 0
  return findPii(kept, options).map((m) => {
    for (let s = spans[span]; s && m.start >= spanStart + s[1] - s[0]; s = spans[span]) {
      spanStart += s[1] - s[0]
      span++
    }
    const shift = (spans[span]?.[0] ?? 0) - spanStart
    return { ...m, start: m.start + shift, end: m.end + shift }
  })
}

/** Start offsets of the lines of `text` where `pattern` (global) matches, in order. */
function startsOfLinesHolding(pattern: RegExp, text: string): number[] {
  const starts: number[] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    starts.push(text.lastIndexOf('\n', m.index - 1) + 1)
    const newline = text.indexOf('\n', m.index)
    if (newline === -1) break
    pattern.lastIndex = newline + 1
  }
  return starts
}

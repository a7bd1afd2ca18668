// The classifier's sums for one line in a single pass over its characters, without building
// token strings: the fast path that lets every added line be scored. It computes exactly what
// tokensFor + visitFeatures compute (the property tests compare them) for the common case,
// and answers false, sending the line to the full tokeniser, where that would take more than
// a character loop: an apostrophe in a word that needs folding, or non-ASCII text that has no
// ASCII form with the same tokens (asciiForClassifier). Single letters that may spell out a
// word ("f u c k", and as often "1.0.0" or "4.1.2 (A)") are joined here as the tokeniser joins them.
import { FNV_MULTIPLIER, FNV_OFFSET_BASIS, hashWord, pairKey, wordKey } from './features.js'
import { asciiForClassifier, foldWord, SEPARATORS } from './tokens.js'

export interface LineStats {
  /** Σ sign · int8 weight over the line's word and word-pair features. */
  sum: number
  tokens: number
  /** Hashes of the first and last token, to add the pair that joins two lines of a paragraph. */
  first: number
  last: number
}

// Character classes of ASCII codes, so the hot loop does one table read per character.
const OTHER = 0
const LOWER = 1
const UPPER = 2
const DIGIT = 3
/** '@', '$', '!': signs the tokeniser folds (leetspeak) or strips. */
const SIGN = 4
/** "'" and '`': dropped between two letters ("don't" → "dont"). */
const QUOTE = 5
const CLASS = new Uint8Array(128)
for (let c = 97; c <= 122; c++) CLASS[c] = LOWER
for (let c = 65; c <= 90; c++) CLASS[c] = UPPER
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT
CLASS[64] = CLASS[36] = CLASS[33] = SIGN
CLASS[39] = CLASS[96] = QUOTE
const IS_SEPARATOR = new Uint8Array(128)
for (const s of SEPARATORS) if (s.charCodeAt(0) < 128) IS_SEPARATOR[s.charCodeAt(0)] = 1

const isLetterAt = (text: string, i: number): boolean => {
  const k = CLASS[text.charCodeAt(i)] ?? OTHER
  return k === LOWER || k === UPPER
}

/** One model's weight table, as the fast path reads it. */
export interface Table {
  weights: Int8Array
  mask: number
  /** Token hashes the model leaves out (its profanity list), or null. */
  dropped: { has(hash: number): boolean } | null
  /** Each entry's check, or null (linear-model.ts): a key counts where `checks[index]` equals
   * `(key >>> checkShift) & checkMask`. */
  checks: Uint8Array | null
  checkShift: number
  checkMask: number
}

/** Per-line scanning state. */
interface Scan {
  tables: readonly Table[]
  outs: readonly LineStats[]
  /**
   * Single-character words in a row, each one character after the last, not yet added (they may
   * spell out a word): their folded codes, the code of the character after each (-1 at the end
   * of the line), how many, and where the last one ends.
   */
  codes: number[]
  after: number[]
  singles: number
  singleEnd: number
}

/** Reused by every call (lineStatsInto only calls itself to start over): no allocation per line. */
const scan: Scan = { tables: [], outs: [], codes: [], after: [], singles: 0, singleEnd: -2 }

function addAll(scan: Scan, hash: number): void {
  for (let t = 0; t < scan.tables.length; t++) addToken(scan.outs[t] as LineStats, scan.tables[t] as Table, hash)
}

/**
 * Adds the pending single-character words as tokens.ts's joinSpelled reads them: from each word,
 * the longest run whose characters after each word (but the last) are the first word's, a
 * separator; three words or more make one word, fewer are added one by one.
 */
function flushSingles(scan: Scan): void {
  const { codes, after } = scan
  let i = 0
  while (i < scan.singles) {
    const sep = after[i] as number
    let j = i
    if (sep >= 0 && IS_SEPARATOR[sep] === 1) while (j + 1 < scan.singles && after[j] === sep) j++
    const last = j - i >= 2 ? j : i
    let h = FNV_OFFSET_BASIS
    for (let k = i; k <= last; k++) h = Math.imul(h ^ (codes[k] as number), FNV_MULTIPLIER)
    addAll(scan, h >>> 0)
    i = last + 1
  }
  scan.singles = 0
}

/** The signed weight of a feature key in `table` (0 when its entry belongs to another feature). */
export function signedWeight(table: Table, key: number): number {
  const index = key & table.mask
  const { checks } = table
  if (checks !== null && checks[index] !== ((key >>> table.checkShift) & table.checkMask)) return 0
  const w = table.weights[index] as number
  return key & 0x80000000 ? -w : w
}

function addToken(out: LineStats, table: Table, hash: number): void {
  if (table.dropped !== null && table.dropped.has(hash)) return
  out.sum += signedWeight(table, wordKey(hash))
  if (out.tokens > 0) out.sum += signedWeight(table, pairKey(out.last, hash))
  else out.first = hash
  out.last = hash
  out.tokens++
}

/** Adds one finished word; false when the line must go to the full tokeniser. */
function endWord(
  scan: Scan,
  text: string,
  start: number,
  end: number,
  h: number,
  complex: boolean,
  apostrophe: boolean,
): boolean {
  let length = end - start - (apostrophe ? 1 : 0)
  let hash = h >>> 0
  if (complex) {
    if (apostrophe) return false
    const folded = foldWord(text.slice(start, end).toLowerCase())
    length = folded.length
    hash = hashWord(folded)
  }
  if (length === 0) return true
  if (scan.singles > 0 && (length !== 1 || start !== scan.singleEnd + 1)) flushSingles(scan)
  if (length === 1) {
    // Its folded code: the word's hash is FNV of that one code, which a join continues.
    scan.codes[scan.singles] = complex ? foldWord(text.slice(start, end).toLowerCase()).charCodeAt(0) : foldedCode(text, start)
    scan.after[scan.singles] = end < text.length ? text.charCodeAt(end) : -1
    scan.singles++
    scan.singleEnd = end
    return true
  }
  addAll(scan, hash)
  return true
}

/** The one character of a simple single-character word, lowercased. */
function foldedCode(text: string, at: number): number {
  const c = text.charCodeAt(at)
  return CLASS[c] === UPPER ? c + 32 : c
}

/**
 * The line's sums under each model's int8 table, written into `outs` (one per table): every
 * model reads the same tokens, so one pass serves them all. False when only the full
 * tokeniser can say.
 */
export function lineStatsInto(outs: readonly LineStats[], text: string, tables: readonly Table[]): boolean {
  // An indexed loop: for…of allocated an iterator per line here (one call per added line).
  for (let t = 0; t < outs.length; t++) {
    const out = outs[t] as LineStats
    out.sum = 0
    out.tokens = 0
    out.first = 0
    out.last = 0
  }
  scan.tables = tables
  scan.outs = outs
  scan.singles = 0
  scan.singleEnd = -2
  let start = -1
  let h = FNV_OFFSET_BASIS
  // A word needs the tokeniser's folding when it has leetspeak (letters with digits), signs
  // or a letter repeated three times.
  let letters = false
  let digits = false
  let complex = false
  let apostrophe = false
  let run = 0
  let lastCode = -1
  let consumed = -1
  const length = text.length
  for (let i = 0; i < length; i++) {
    let c = text.charCodeAt(i)
    if (c >= 128) {
      // Start again, once, on the ASCII form: nothing of this pass is kept.
      const ascii = asciiForClassifier(text)
      return ascii !== null && lineStatsInto(outs, ascii, tables)
    }
    const k = CLASS[c] as number
    if (
      k === OTHER ||
      (k === QUOTE && !(start >= 0 && i - 1 !== consumed && isLetterAt(text, i - 1) && isLetterAt(text, i + 1)))
    ) {
      if (start >= 0 && !endWord(scan, text, start, i, h, complex || (letters && digits), apostrophe)) return false
      start = -1
      continue
    }
    if (k === QUOTE) {
      // An apostrophe between two letters is dropped; the second letter then cannot start
      // another such pair: the tokeniser's global replace consumes it.
      consumed = i + 1
      apostrophe = true
      continue
    }
    if (k === UPPER) c += 32
    if (start < 0) {
      start = i
      h = FNV_OFFSET_BASIS
      letters = digits = complex = apostrophe = false
      run = 0
      lastCode = -1
    }
    run = c === lastCode ? run + 1 : 1
    lastCode = c
    if (run >= 3 || k === SIGN) complex = true
    else if (k === DIGIT) digits = true
    else letters = true
    h = Math.imul(h ^ c, FNV_MULTIPLIER)
  }
  if (start >= 0 && !endWord(scan, text, start, length, h, complex || (letters && digits), apostrophe)) return false
  flushSingles(scan)
  return true
}

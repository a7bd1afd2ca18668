// The classifier's sums for one line in a single pass over its characters, without building
// token strings: the fast path that lets every added line be scored. It computes exactly what
// tokensFor + visitFeatures compute (the property tests compare them) for the common case,
// and returns null, sending the line to the full tokeniser, where that would take more than a
// character loop: non-ASCII text, or single letters that may be a spelled-out word.
import { FNV_MULTIPLIER, FNV_OFFSET_BASIS, hashWord, pairKey, wordKey } from './features.js'
import { foldWord, SEPARATORS } from './tokens.js'

export interface LineStats {
  /** Σ sign · int8 weight over the line's word and word-pair features. */
  sum: number
  tokens: number
  /** Hashes of the first and last token, to add the pair that joins two lines of a paragraph. */
  first: number
  last: number
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
const isDigit = (c: number): boolean => c >= 48 && c <= 57
/** '@', '$', '!': signs the tokeniser folds (leetspeak) or strips. */
const isSign = (c: number): boolean => c === 64 || c === 36 || c === 33

/**
 * The line's sums under one model's int8 weight table (`dropped`: token hashes the model
 * leaves out), or null when only the full tokeniser can say.
 */
export function fastLineStats(text: string, weights: Int8Array, mask: number, dropped: ReadonlySet<number> | null): LineStats | null {
  let sum = 0
  let tokens = 0
  let first = 0
  let last = 0
  let start = -1
  let h = FNV_OFFSET_BASIS
  let letters = false
  let digits = false
  let signs = false
  let apostrophe = false
  let run = 0
  let stretched = false
  let lastCode = -1
  let consumed = -1
  let singles = 0
  let singleEnd = -2
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 32
    if (c >= 128) return null
    if (c >= 65 && c <= 90) c += 32
    // An apostrophe between two letters is dropped ("don't" → "dont"); the second letter then
    // cannot start another such pair: the tokeniser's global replace consumes it.
    if ((c === 39 || c === 96) && start >= 0 && isLetter(text.charCodeAt(i - 1)) && i - 1 !== consumed && isLetter(text.charCodeAt(i + 1))) {
      consumed = i + 1
      apostrophe = true
      continue
    }
    const letter = c >= 97 && c <= 122
    if (letter || isDigit(c) || isSign(c)) {
      if (start < 0) {
        start = i
        h = FNV_OFFSET_BASIS
        letters = digits = signs = apostrophe = stretched = false
        run = 0
        lastCode = -1
      }
      run = c === lastCode ? run + 1 : 1
      if (run >= 3) stretched = true
      lastCode = c
      if (letter) letters = true
      else if (isSign(c)) signs = true
      else digits = true
      h = Math.imul(h ^ c, FNV_MULTIPLIER)
      continue
    }
    if (start < 0) continue
    let length = i - start - (apostrophe ? 1 : 0)
    let hash = h >>> 0
    // Leetspeak (letters with digits), signs and stretched letters: fold as the tokeniser does.
    if (signs || stretched || (letters && digits)) {
      if (apostrophe) return null
      const folded = foldWord(text.slice(start, i).toLowerCase())
      length = folded.length
      hash = hashWord(folded)
    }
    const wordStart = start
    start = -1
    if (length === 0) continue
    // Three single letters one separator apart may be one spelled-out word: full tokeniser.
    if (length === 1) {
      singles = wordStart === singleEnd + 1 && SEPARATORS.has(text.charAt(wordStart - 1)) ? singles + 1 : 1
      singleEnd = i
      if (singles >= 3) return null
    } else singles = 0
    if (dropped !== null && dropped.has(hash)) continue
    let key = wordKey(hash)
    sum += key & 0x80000000 ? -(weights[key & mask] ?? 0) : (weights[key & mask] ?? 0)
    if (tokens > 0) {
      key = pairKey(last, hash)
      sum += key & 0x80000000 ? -(weights[key & mask] ?? 0) : (weights[key & mask] ?? 0)
    } else first = hash
    last = hash
    tokens++
  }
  return { sum, tokens, first, last }
}

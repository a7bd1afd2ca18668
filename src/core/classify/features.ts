// Hashed features of a token sequence: word unigrams, word bigrams and character n-grams of
// each word (with `<` `>` boundary marks). Each feature is hashed (FNV-1a, then mixed) into a
// 2^bits table with a sign bit, so a collision adds noise in both directions instead of bias.
// Word hashes are computed once and combined for bigrams: no string is built per feature.

export interface FeatureSpec {
  /** log2 of the weight table size. */
  bits: number
  /** Character n-gram lengths, inclusive; `charMax: 0` disables them. */
  charMin: number
  charMax: number
  /**
   * Pseudo-features added to the count before normalising (score ∝ Σw / √(count + smoothing)):
   * a three-word line cannot swing the score as far as a paragraph of evidence.
   */
  smoothing: number
  /**
   * Words left out before featurising: `profanity` (toxicity judges what remains), and
   * `profanity-identity`, which also leaves out the names of identity groups, so the model
   * judges what is said of a group, not which group is named.
   */
  drop: DropMode
  /**
   * Bits of each feature's key kept as a check beside its weight (0: none). A table entry then
   * counts only for the feature that owned it in training: without the check, a word training
   * never saw (`wall-clock`, `datasetCount`) read whatever feature shares its slot, and plain
   * prompt lines scored as toxic on another word's weight.
   */
  checkBits?: number
}

export type DropMode = 'none' | 'profanity' | 'profanity-identity'

export type FeatureKind = 'word' | 'bigram' | 'char'

/** Called once per feature occurrence: table index, sign (±1), kind, the word it came from and
 * the feature's check (the `checkBits` bits of its key above the index bits; 0 when off). */
export type FeatureVisitor = (index: number, sign: number, kind: FeatureKind, token: number, check: number) => void

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193
const MAX_CHARS_PER_WORD = 24

export const FNV_OFFSET_BASIS = FNV_OFFSET
export const FNV_MULTIPLIER = FNV_PRIME

export function hashWord(word: string): number {
  let h = FNV_OFFSET
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME)
  return h >>> 0
}

/** murmur3's finaliser: spreads FNV's weak low bits before masking. */
function mix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

const SALT_WORD = 0x9e3779b9
const SALT_BIGRAM = 0x7f4a7c15
const SALT_CHAR = 0x2545f491

/** Table key of a word feature (mixed hash): index = key & mask, sign = top bit. */
export const wordKey = (h: number): number => mix(h ^ SALT_WORD)
/** Table key of the word pair (previous, current). */
export const pairKey = (previous: number, h: number): number => mix(Math.imul(previous, 31) ^ h ^ SALT_BIGRAM)

export function visitFeatures(tokens: readonly string[], spec: FeatureSpec, visit: FeatureVisitor): void {
  const mask = (1 << spec.bits) - 1
  const checkMask = (1 << (spec.checkBits ?? 0)) - 1
  const emit = (m: number, kind: FeatureKind, token: number): void => {
    visit(m & mask, m & 0x80000000 ? -1 : 1, kind, token, (m >>> spec.bits) & checkMask)
  }
  let previous = 0
  for (let t = 0; t < tokens.length; t++) {
    const word = tokens[t] as string
    const h = hashWord(word)
    emit(wordKey(h), 'word', t)
    if (t > 0) emit(pairKey(previous, h), 'bigram', t)
    previous = h
    if (spec.charMax > 0) charGrams(word, spec, (g) => emit(mix(g ^ SALT_CHAR), 'char', t))
  }
}

/** FNV of every n-gram of `<word>` for n in [charMin, charMax], without building substrings. */
function charGrams(word: string, spec: FeatureSpec, emit: (h: number) => void): void {
  const length = Math.min(word.length, MAX_CHARS_PER_WORD) + 2
  const code = (i: number): number => (i === 0 ? 60 : i === length - 1 ? 62 : word.charCodeAt(i - 1))
  for (let start = 0; start < length; start++) {
    let h = FNV_OFFSET
    for (let n = 1; n <= spec.charMax && start + n <= length; n++) {
      h = Math.imul(h ^ code(start + n - 1), FNV_PRIME)
      if (n >= spec.charMin) emit(h ^ n)
    }
  }
}

/** The score normaliser: 1/√(features emitted + smoothing). */
export function normOf(tokens: readonly string[], spec: FeatureSpec): number {
  return 1 / Math.sqrt(Math.max(1, featureCount(tokens, spec) + spec.smoothing))
}

/** How many features `visitFeatures` emits. */
export function featureCount(tokens: readonly string[], spec: FeatureSpec): number {
  let count = 0
  for (let t = 0; t < tokens.length; t++) {
    count += t > 0 ? 2 : 1
    if (spec.charMax > 0) {
      const length = Math.min((tokens[t] as string).length, MAX_CHARS_PER_WORD) + 2
      for (let n = spec.charMin; n <= spec.charMax; n++) count += Math.max(0, length - n + 1)
    }
  }
  return count
}

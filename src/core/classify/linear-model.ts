// A logistic-regression text classifier over hashed features (features.ts), with int8
// weights decoded once from the generated weights module. Scoring is one pass over the
// features: score = bias + scale · Σ sign·q[index] / √count; probability = sigmoid(score).
// `explain` attributes the score to words and word pairs so every hit can say why.
import { hashWord, normOf, visitFeatures, type FeatureSpec } from './features.js'
import { lineStatsInto, signedWeight, type LineStats, type Table } from './line-stats.js'
import { IDENTITY_WORDS, PROFANITY, tokensFor } from './tokens.js'

export interface LinearModelData {
  /** e.g. `injection`. */
  id: string
  spec: FeatureSpec
  bias: number
  /** Weight of one int8 step. */
  scale: number
  /** Probability at or above which text is flagged by default (tuned on the dev split). */
  threshold: number
  /** Base64 of the int8 weight table (2^bits entries). */
  weights: string
  /** Base64 of each entry's check (2^bits bytes) when `spec.checkBits` is set: the entry's
   * weight counts only for a feature whose check matches (features.ts, FeatureVisitor). */
  checks?: string
  /** SHA-256 of the training data, for provenance. */
  trainedOn: string
}

export interface Contribution {
  /** A word or a word pair as normalised (`ignore`, `previous instructions`). */
  text: string
  /** Its share of the logit. */
  weight: number
}

export interface Explanation {
  probability: number
  top: Contribution[]
}

export function decodeWeights(base64: string, bits: number): Int8Array {
  const binary = atob(base64)
  if (binary.length !== 1 << bits) throw new Error(`classifier weights: ${binary.length} bytes, expected ${1 << bits}`)
  const out = new Int8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = (binary.charCodeAt(i) << 24) >> 24
  return out
}

/** The table of entry checks (null when the model keeps none). */
function decodeChecks(data: LinearModelData): Uint8Array | null {
  const checkBits = data.spec.checkBits ?? 0
  if (checkBits === 0) return null
  // One byte per entry, taken from the key bits above the index and below the sign bit.
  if (checkBits > 8 || data.spec.bits + checkBits > 31)
    throw new Error(`classifier ${data.id}: checkBits ${checkBits} with ${data.spec.bits} index bits does not fit`)
  if (data.checks === undefined) throw new Error(`classifier ${data.id}: spec.checkBits is set but no checks are stored`)
  const binary = atob(data.checks)
  if (binary.length !== 1 << data.spec.bits)
    throw new Error(`classifier checks: ${binary.length} bytes, expected ${1 << data.spec.bits}`)
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

/**
 * Word hashes with a 2^16-bit filter in front of the set: the one-pass line sums ask it about
 * every token, nearly none is in it, and a bit read costs less than a hash-set probe.
 */
export class HashSet {
  readonly #set: ReadonlySet<number>
  readonly #bits = new Uint32Array(1 << 11)
  constructor(hashes: Iterable<number>) {
    this.#set = new Set(hashes)
    for (const hash of this.#set)
      this.#bits[(hash >>> 5) & 0x7ff] = (this.#bits[(hash >>> 5) & 0x7ff] as number) | (1 << (hash & 31))
  }
  has(hash: number): boolean {
    return (((this.#bits[(hash >>> 5) & 0x7ff] as number) >>> (hash & 31)) & 1) === 1 && this.#set.has(hash)
  }
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

export class LinearModel {
  readonly id: string
  readonly spec: FeatureSpec
  readonly threshold: number
  readonly #bias: number
  readonly #scale: number
  readonly #weights: Int8Array
  readonly #checks: Uint8Array | null
  readonly #mask: number
  readonly #dropped: HashSet | null
  /** The weight table as the one-pass line scorer reads it. */
  readonly table: Table

  constructor(data: LinearModelData) {
    this.id = data.id
    this.spec = data.spec
    this.threshold = data.threshold
    this.#bias = data.bias
    this.#scale = data.scale
    this.#weights = decodeWeights(data.weights, data.spec.bits)
    this.#checks = decodeChecks(data)
    this.#mask = (1 << data.spec.bits) - 1
    const dropped =
      data.spec.drop === 'none' ? [] : [...PROFANITY, ...(data.spec.drop === 'profanity-identity' ? IDENTITY_WORDS : [])]
    this.#dropped = dropped.length === 0 ? null : new HashSet(dropped.map(hashWord))
    this.table = {
      weights: this.#weights,
      mask: this.#mask,
      dropped: this.#dropped,
      checks: this.#checks,
      checkShift: data.spec.bits,
      checkMask: (1 << (data.spec.checkBits ?? 0)) - 1,
    }
  }

  /**
   * Word and word-pair sums of one line from one pass over its characters, into `out`; false
   * when the line needs `tokens` (see line-stats.ts).
   */
  lineStats(text: string, out: LineStats): boolean {
    return this.spec.charMax === 0 && lineStatsInto([out], text, [this.table])
  }

  /** The logit of summed features over `tokens` tokens (word-only models: 2·tokens − 1 features). */
  logitOfSum(sum: number, tokens: number): number {
    if (tokens === 0) return this.#bias
    return this.#bias + (this.#scale * sum) / Math.sqrt(Math.max(1, 2 * tokens - 1 + this.spec.smoothing))
  }

  /** The signed weight of a feature key, unscaled (for joining the sums of two lines). */
  keyWeight(key: number): number {
    return signedWeight(this.table, key)
  }

  /** The entry's weight, unsigned and unscaled, or 0 when the entry belongs to another feature (see `checks`). */
  entryWeight(index: number, check: number): number {
    return this.#checks === null || this.#checks[index] === check ? (this.#weights[index] ?? 0) : 0
  }

  /** The words of `text` as this model reads them. */
  tokens(text: string): string[] {
    return tokensFor(text, this.spec)
  }

  /** The raw score (logit) of a token sequence. */
  logit(tokens: readonly string[]): number {
    if (tokens.length === 0) return this.#bias
    let sum = 0
    visitFeatures(tokens, this.spec, (index, sign, _kind, _token, check) => {
      sum += sign * this.entryWeight(index, check)
    })
    return this.#bias + this.#scale * sum * normOf(tokens, this.spec)
  }

  probability(tokens: readonly string[]): number {
    return sigmoid(this.logit(tokens))
  }

  /** The probability and the words / word pairs that pushed it up most. */
  explain(tokens: readonly string[], top = 5): Explanation {
    const norm = this.#scale * normOf(tokens, this.spec)
    const words = new Float64Array(tokens.length)
    const pairs = new Float64Array(tokens.length)
    let sum = 0
    visitFeatures(tokens, this.spec, (index, sign, kind, token, check) => {
      const w = sign * this.entryWeight(index, check)
      sum += w
      if (kind === 'bigram') pairs[token] = (pairs[token] ?? 0) + w * norm
      else words[token] = (words[token] ?? 0) + w * norm
    })
    const byText = new Map<string, number>()
    const add = (text: string, weight: number): void => {
      byText.set(text, Math.max(byText.get(text) ?? -Infinity, weight))
    }
    tokens.forEach((t, i) => {
      add(t, words[i] ?? 0)
      // A pair is shown with both of its words' weight: it reads as the phrase.
      if (i > 0) add(`${tokens[i - 1]} ${t}`, (pairs[i] ?? 0) + (words[i] ?? 0) + (words[i - 1] ?? 0))
    })
    const ranked = [...byText].map(([text, weight]) => ({ text, weight })).filter((c) => c.weight > 0)
    ranked.sort((a, b) => b.weight - a.weight || (a.text < b.text ? -1 : 1))
    return { probability: sigmoid(this.#bias + sum * norm), top: pruneOverlaps(ranked).slice(0, top) }
  }
}

/** Drops a word already shown inside a higher-ranked pair, so the list says more. */
function pruneOverlaps(ranked: readonly Contribution[]): Contribution[] {
  const shown: Contribution[] = []
  for (const c of ranked) {
    if (shown.some((s) => s.text.split(' ').includes(c.text) || c.text.split(' ').every((w) => s.text.split(' ').includes(w))))
      continue
    shown.push(c)
  }
  return shown
}

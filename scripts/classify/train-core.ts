// Logistic regression by plain SGD over the hashed features the runtime uses (same
// tokeniser, same hashing, same 1/√count normaliser), so the trained weights mean exactly
// what inference computes. Deterministic: fixed seed, fixed sample order, IEEE doubles,
// no threads; the int8 quantisation is the last step.
import { tokensFor } from '../../src/core/classify/tokens.js'
import { normOf, visitFeatures, type FeatureSpec } from '../../src/core/classify/features.js'
import { type LinearModel, type LinearModelData } from '../../src/core/classify/linear-model.js'
import { flaggingThreshold } from '../../src/core/classify/judge.js'

export interface Sample {
  text: string
  label: boolean
  source: string
  split: 'train' | 'dev' | 'test'
  note?: string
}

export interface TrainOptions {
  spec: FeatureSpec
  epochs: number
  learningRate: number
  l2: number
  seed: number
  /** Precision the default threshold must reach on the dev split. */
  targetPrecision: number
  /**
   * When set, each feature is scaled by its log-count ratio (naive Bayes features, Wang and
   * Manning 2012) with this pseudo-count, and the ratios are folded into the weights at the end,
   * so inference is unchanged. Tried, not shipped: see docs/detectors.md, Classifiers.
   */
  naiveBayes?: number
  /** When set, this share of the samples of sources with positives get a copy framed by a
   * prompt-template line (withTemplateFrames). */
  templateFrames?: number
  /**
   * When set, the weights returned are the average of the iterates over this many final epochs
   * (Polyak–Ruppert averaging) instead of the last iterate. The last iterate depends on the
   * order of the last few thousand samples: with seeds 1–4 the injection threshold tuned on dev
   * ranged from 0.598 to 0.834 on the same data.
   */
  averageEpochs?: number
}

interface Encoded {
  index: Int32Array
  sign: Float64Array
  /** Each feature's check (features.ts, FeatureVisitor); 0 when the spec keeps none. */
  check: Int32Array
  norm: number
  y: number
  weight: number
}

function encode(sample: Sample, spec: FeatureSpec, weight: number): Encoded {
  const tokens = tokensFor(sample.text, spec)
  const index: number[] = []
  const sign: number[] = []
  const check: number[] = []
  visitFeatures(tokens, spec, (i, s, _kind, _token, c) => {
    index.push(i)
    sign.push(s)
    check.push(c)
  })
  return {
    index: Int32Array.from(index),
    sign: Float64Array.from(sign),
    check: Int32Array.from(check),
    norm: normOf(tokens, spec),
    y: sample.label ? 1 : 0,
    weight,
  }
}

/**
 * Each table entry's owner: of the features hashed to it, the one in the most training samples
 * (ties to the lower check). Returns the entry checks and keeps, in each encoded sample, only
 * the features that own their entry: the others score 0 at inference, as unseen words do.
 * (Owners seen in at least 2 or 3 samples were tried: dev recall fell, real files unchanged.)
 */
function assignOwners(data: Encoded[], spec: FeatureSpec): Uint8Array {
  const size = 1 << spec.bits
  const samplesWith = new Map<number, number>()
  for (const d of data) {
    const seen = new Set<number>()
    for (let f = 0; f < d.index.length; f++) seen.add((d.check[f] ?? 0) * size + (d.index[f] ?? 0))
    for (const id of seen) samplesWith.set(id, (samplesWith.get(id) ?? 0) + 1)
  }
  const best = new Int32Array(size)
  const checks = new Uint8Array(size)
  const owned = new Uint8Array(size)
  for (const [id, count] of [...samplesWith].sort((a, b) => a[0] - b[0])) {
    const index = id % size
    if (count <= (best[index] ?? 0)) continue
    best[index] = count
    checks[index] = Math.floor(id / size)
    owned[index] = 1
  }
  for (const d of data) {
    const keep: number[] = []
    for (let f = 0; f < d.index.length; f++) {
      const i = d.index[f] ?? 0
      if (owned[i] === 1 && checks[i] === d.check[f]) keep.push(f)
    }
    d.index = Int32Array.from(keep, (f) => d.index[f] ?? 0)
    d.sign = Float64Array.from(keep, (f) => d.sign[f] ?? 0)
    d.check = Int32Array.from(keep, (f) => d.check[f] ?? 0)
  }
  return checks
}

/** mulberry32 */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Each (source, label) group weighs in proportion to √size, positives and negatives equally. */
function sampleWeights(samples: readonly Sample[]): number[] {
  const groupSize = new Map<string, number>()
  for (const s of samples) groupSize.set(`${s.source}\u0000${s.label}`, (groupSize.get(`${s.source}\u0000${s.label}`) ?? 0) + 1)
  const raw = samples.map((s) => 1 / Math.sqrt(groupSize.get(`${s.source}\u0000${s.label}`) ?? 1))
  const total = (label: boolean) => samples.reduce((n, s, i) => n + (s.label === label ? (raw[i] ?? 0) : 0), 0)
  const pos = total(true)
  const neg = total(false)
  return samples.map((s, i) => ((raw[i] ?? 0) * samples.length) / (2 * (s.label ? pos : neg)))
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

/**
 * Log-count ratio of each table entry: how much likelier a sample holding the feature is to be
 * positive than negative, from weighted sample counts with `smoothing` added to both sides.
 */
function logCountRatios(data: readonly Encoded[], size: number, smoothing: number): Float64Array {
  const positive = new Float64Array(size).fill(smoothing)
  const negative = new Float64Array(size).fill(smoothing)
  for (const d of data) {
    const counts = d.y === 1 ? positive : negative
    for (const index of new Set(d.index)) counts[index] = (counts[index] ?? 0) + d.weight
  }
  const total = (a: Float64Array): number => a.reduce((n, x) => n + x, 0)
  const p = total(positive)
  const q = total(negative)
  return positive.map((x, i) => Math.log(x / p / ((negative[i] ?? smoothing) / q)))
}

export interface Trained {
  weights: Float64Array
  bias: number
  /** Entry checks (null when the spec keeps none). */
  checks: Uint8Array | null
}

/** Lines of a prompt-template sample short enough to stand before a post as its frame. */
const FRAME_WORDS = { min: 2, max: 12 }

/**
 * The samples, plus, for every sample of a source that has positives (the social-media and
 * hate-speech sets), with probability `rate`, a copy that opens with a line drawn from the
 * samples of the other sources (the prompt templates), on its own line or the same one.
 * Every prompt-template sample is benign and every toxic sample a post, so without these the
 * toxicity model learnt the words of prompts themselves as evidence of harmlessness (alone,
 * "user" moved the logit by −2.97, "output" −2.53, "write" −2.09): "User: <insult>"
 * scored 0.51 where the bare insult scored 0.88. Framing both labels alike makes such words
 * weigh less either way; the templates, unframed, still teach what benign prompts say. Tried
 * and kept out (a `--sweep` row; docs/detectors.md, Classifiers): held-out recall fell.
 */
export function withTemplateFrames(train: readonly Sample[], rate: number, seed: number): Sample[] {
  const withPositives = new Set(train.filter((s) => s.label).map((s) => s.source))
  const frames = train
    .filter((s) => !withPositives.has(s.source))
    .flatMap((s) => s.text.split('\n'))
    .map((line) => line.trim())
    .filter((line) => {
      const words = line.split(/\s+/).length
      return words >= FRAME_WORDS.min && words <= FRAME_WORDS.max
    })
  if (frames.length === 0) return [...train]
  const next = prng(seed)
  const out = [...train]
  for (const s of train) {
    if (!withPositives.has(s.source) || next() >= rate) continue
    const frame = frames[Math.floor(next() * frames.length)] as string
    out.push({ ...s, text: `${frame}${next() < 0.5 ? '\n' : ' '}${s.text}` })
  }
  return out
}

export function trainWeights(samples: readonly Sample[], options: TrainOptions): Trained {
  const { spec } = options
  const train = options.templateFrames === undefined ? samples : withTemplateFrames(samples, options.templateFrames, options.seed)
  const weightsOf = sampleWeights(train)
  const data = train.map((s, i) => encode(s, spec, weightsOf[i] ?? 1))
  const checks = (spec.checkBits ?? 0) > 0 ? assignOwners(data, spec) : null
  const ratios = options.naiveBayes === undefined ? null : logCountRatios(data, 1 << spec.bits, options.naiveBayes)
  if (ratios !== null) for (const d of data) d.sign = d.sign.map((sign, f) => sign * (ratios[d.index[f] ?? 0] ?? 0))
  const w = new Float64Array(1 << spec.bits)
  let bias = 0
  const next = prng(options.seed)
  const order = data.map((_, i) => i)
  let step = 0
  // Averaging the values held before each step past averageFrom, lazily: an entry changes only
  // when a sample holding it is read (L2 is applied there too), so its running sum gains its
  // value times the steps it stood still.
  const averageFrom = options.averageEpochs === undefined ? Infinity : (options.epochs - options.averageEpochs) * data.length
  const sum = new Float64Array(w.length)
  const since = new Float64Array(w.length)
  let biasSum = 0
  const settle = (idx: number): void => {
    if (step <= averageFrom) return
    sum[idx] = (sum[idx] ?? 0) + (w[idx] ?? 0) * (step - Math.max(since[idx] ?? 0, averageFrom))
    since[idx] = step
  }
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[order[i], order[j]] = [order[j] as number, order[i] as number]
    }
    for (const k of order) {
      const d = data[k] as Encoded
      const lr = options.learningRate / Math.sqrt(1 + step / data.length)
      step++
      let z = bias
      for (let f = 0; f < d.index.length; f++) z += (d.sign[f] ?? 0) * (w[d.index[f] ?? 0] ?? 0) * d.norm
      const g = (sigmoid(z) - d.y) * d.weight
      if (step > averageFrom) biasSum += bias
      bias -= lr * g
      for (let f = 0; f < d.index.length; f++) {
        const idx = d.index[f] ?? 0
        settle(idx)
        const wi = w[idx] ?? 0
        w[idx] = wi - lr * (g * (d.sign[f] ?? 0) * d.norm + options.l2 * wi)
      }
    }
  }
  if (step > averageFrom) {
    const span = step - averageFrom
    for (let i = 0; i < w.length; i++) {
      settle(i)
      w[i] = (sum[i] ?? 0) / span
    }
    bias = biasSum / span
  }
  // The model scored sign · ratio · w: fold the ratio in, so inference reads one weight per entry.
  if (ratios !== null) for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) * (ratios[i] ?? 0)
  return { weights: w, bias, checks }
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary)
}

export function quantise(id: string, spec: FeatureSpec, trained: Trained, trainedOn: string): LinearModelData {
  const { weights, bias, checks } = trained
  let max = 0
  for (const w of weights) max = Math.max(max, Math.abs(w))
  const scale = max / 127
  const bytes = new Uint8Array(weights.length)
  for (let i = 0; i < weights.length; i++) bytes[i] = Math.round((weights[i] ?? 0) / scale) & 0xff
  return {
    id,
    spec,
    bias,
    scale,
    threshold: 0.5,
    weights: toBase64(bytes),
    ...(checks === null ? {} : { checks: toBase64(checks) }),
    trainedOn,
  }
}

export interface Scored {
  sample: Sample
  probability: number
}

export function scoreAll(model: LinearModel, samples: readonly Sample[]): Scored[] {
  return samples.map((sample) => ({ sample, probability: model.probability(model.tokens(sample.text)) }))
}

/**
 * Scores as the detector judges a sample: its text through `prepare`, each paragraph and long
 * line a unit (src/core/classify/judge.ts), the score the highest threshold that flags it.
 */
export function scoreJudged(model: LinearModel, samples: readonly Sample[], prepare: (text: string) => string): Scored[] {
  return samples.map((sample) => {
    const lines = sample.text.split('\n').map((text, i) => ({ line: i + 1, text }))
    return { sample, probability: flaggingThreshold(model, lines, prepare) }
  })
}

/** The lowest threshold whose precision on `scored` reaches `target` (highest recall at that precision). */
export function tuneThreshold(scored: readonly Scored[], target: number): number {
  const sorted = [...scored].sort((a, b) => b.probability - a.probability)
  let tp = 0
  let fp = 0
  let best = 0.99
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as Scored
    if (s.sample.label) tp++
    else fp++
    const nextProbability = sorted[i + 1]?.probability ?? -1
    if (nextProbability === s.probability) continue
    if (tp / (tp + fp) >= target && s.probability >= 0.05) best = s.probability
  }
  return Math.round(best * 1000) / 1000
}

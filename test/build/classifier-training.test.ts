// The training script's optional naive Bayes scaling (scripts/classify/train-core.ts) trains on
// features scaled by their log-count ratios and folds the ratios into the weights it returns:
// the runtime reads those weights as plain logistic-regression weights, so a missing or wrong
// fold would flip what the model learnt for every feature whose ratio is negative.
import { describe, expect, it } from '@jest/globals'
import { normOf, visitFeatures, type FeatureSpec } from '../../src/core/classify/features.js'
import { tokensFor } from '../../src/core/classify/tokens.js'
import { LinearModel } from '../../src/core/classify/linear-model.js'
import { quantise, trainWeights, withTemplateFrames, type Sample, type TrainOptions } from '../../scripts/classify/train-core.js'

const spec: FeatureSpec = { bits: 12, charMin: 3, charMax: 0, smoothing: 8, drop: 'none' }
const options: TrainOptions = { spec, epochs: 8, learningRate: 0.5, l2: 1e-6, seed: 1, targetPrecision: 0.95 }

const sample = (text: string, label: boolean): Sample => ({ text, label, source: 'toy', split: 'train' })
const TRAIN = [
  ...['you are a vile creep', 'what a vile thing to say', 'such a creep, honestly', 'vile creep go away'].map((t) =>
    sample(t, true),
  ),
  ...['you are a kind friend', 'what a kind thing to say', 'such a friend, honestly', 'kind friend come over'].map((t) =>
    sample(t, false),
  ),
]

/** The logit the runtime computes from the returned weights (unquantised). */
function logit(text: string, weights: Float64Array, bias: number): number {
  const tokens = tokensFor(text, spec)
  let sum = 0
  visitFeatures(tokens, spec, (index, sign) => {
    sum += sign * (weights[index] ?? 0)
  })
  return bias + sum * normOf(tokens, spec)
}

describe('classifier training with naive Bayes features', () => {
  it('returns weights the runtime reads as is: unseen texts go the way their words did', () => {
    const { weights, bias } = trainWeights(TRAIN, { ...options, naiveBayes: 1 })
    expect(logit('a vile creep', weights, bias)).toBeGreaterThan(0)
    expect(logit('a kind friend', weights, bias)).toBeLessThan(0)
  })

  it('learns something other than plain logistic regression, deterministically', () => {
    const plain = trainWeights(TRAIN, options).weights
    const scaled = trainWeights(TRAIN, { ...options, naiveBayes: 1 }).weights
    expect([...scaled]).not.toEqual([...plain])
    expect([...trainWeights(TRAIN, { ...options, naiveBayes: 1 }).weights]).toEqual([...scaled])
  })
})

describe('classifier training with checked entries', () => {
  // 16 entries for ~60 features: every entry is shared. With checks, an entry counts only for
  // the feature that owned it in training; words training never saw read 0, not a neighbour's weight.
  const tiny: FeatureSpec = { ...spec, bits: 4 }
  const UNSEEN = ['wall', 'clock', 'dataset', 'count', 'hover', 'colour', 'kernel', 'uring', 'sidebar', 'tooltip']
  const modelOf = (checkBits: number) =>
    new LinearModel(
      quantise('toy', { ...tiny, checkBits }, trainWeights(TRAIN, { ...options, spec: { ...tiny, checkBits } }), ''),
    )

  it("unseen words read other features' weights without checks", () => {
    const model = modelOf(0)
    const bias = model.logit([])
    expect(UNSEEN.filter((w) => model.logit([w]) !== bias).length).toBeGreaterThan(5)
  })

  it('unseen words read nothing with checks, and training words keep their sense', () => {
    const model = modelOf(8)
    const bias = model.logit([])
    expect(UNSEEN.filter((w) => model.logit([w]) !== bias)).toEqual([])
    expect(model.logit(tokensFor('a vile creep', tiny))).toBeGreaterThan(model.logit(tokensFor('a kind friend', tiny)))
  })

  it('refuses checks that do not fit in a byte beside the index', () => {
    expect(() => modelOf(9)).toThrow(/does not fit/)
  })

  it('is deterministic', () => {
    const a = trainWeights(TRAIN, { ...options, spec: { ...tiny, checkBits: 8 } })
    const b = trainWeights(TRAIN, { ...options, spec: { ...tiny, checkBits: 8 } })
    expect([...(a.checks ?? [])]).toEqual([...(b.checks ?? [])])
    expect([...a.weights]).toEqual([...b.weights])
  })
})

describe('classifier training with template frames', () => {
  // Posts (toxic and not) from one source; prompt templates, all benign, from another: the
  // confound that taught the toxicity model that prompt words mean harmless.
  const post = (text: string, label: boolean): Sample => ({ text, label, source: 'posts', split: 'train' })
  const prompt = (text: string): Sample => ({ text, label: false, source: 'prompts', split: 'train' })
  const POSTS = [
    ...['you vile creep', 'what a vile thing', 'such a creep honestly', 'vile creep go away', 'creep'].map((t) => post(t, true)),
    ...['you kind friend', 'what a kind thing', 'such a friend honestly', 'kind friend come over', 'friend'].map((t) =>
      post(t, false),
    ),
  ]
  const PROMPTS = [
    'User message follows',
    'Reply to the user politely',
    'The user asks a question',
    'Answer the user briefly',
  ].map(prompt)

  it('frames posts of both labels with template lines, and only posts', () => {
    const framed = withTemplateFrames([...POSTS, ...PROMPTS], 1, 1).slice(POSTS.length + PROMPTS.length)
    expect(framed).toHaveLength(POSTS.length)
    for (const [i, s] of framed.entries()) {
      const original = POSTS[i] as Sample
      expect(s.label).toBe(original.label)
      expect(s.source).toBe('posts')
      expect(PROMPTS.some((p) => s.text === `${p.text}\n${original.text}` || s.text === `${p.text} ${original.text}`)).toBe(true)
    }
    expect(withTemplateFrames([...POSTS, ...PROMPTS], 0, 1)).toHaveLength(POSTS.length + PROMPTS.length)
    expect(withTemplateFrames([...POSTS, ...PROMPTS], 1, 1)).toEqual(withTemplateFrames([...POSTS, ...PROMPTS], 1, 1))
  })

  it('stops prompt words from counting as harmless', () => {
    const train = [...POSTS, ...PROMPTS]
    const trained = (o: TrainOptions) => {
      const { weights, bias } = trainWeights(train, o)
      const score = (text: string): number => logit(text, weights, bias)
      return {
        user: score('user') - score(''),
        framedInsult: score('The user asks a question: you vile creep') - score('you vile creep'),
      }
    }
    const plain = trained(options)
    const framed = trained({ ...options, templateFrames: 1 })
    // Plain training reads "user" as harmless and pulls a framed insult below the bare one.
    expect(plain.user).toBeLessThan(0)
    expect(plain.framedInsult).toBeLessThan(0)
    expect(Math.abs(framed.user)).toBeLessThan(Math.abs(plain.user))
    expect(framed.framedInsult).toBeGreaterThan(plain.framedInsult)
  })
})

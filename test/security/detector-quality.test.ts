// Regression floor for detector quality on the corpora in test/fixtures/corpora (see
// test/fixtures/README.md and docs/detectors.md). Floors are the figures measured with
// `npm run eval`, minus a small margin: a change that makes a detector miss more, or flag more
// benign text, fails here. Raise the floors when a detector improves.
// Two kinds of data: committed samples (written for this project, or landed before references
// existed) are always scored; referenced samples (corpora/external: texts read from local
// mirrors of their repositories) are scored where the mirrors are, and skipped with one
// message elsewhere.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CATEGORIES, expandMarkers, loadSplits, parseCorpus, type EvalCategory, type Split } from '../../scripts/eval/corpus.js'
import { mirrorDir } from '../../scripts/eval/external/mirror.js'
import { loadSources } from '../../scripts/eval/external/refs.js'
import { emptyCounts, scores as scoresOf } from '../../scripts/eval/metrics.js'
import { preview } from '../../scripts/eval/redact.js'
import { evaluate, evaluateCategory } from '../../scripts/eval/run.js'
import { findSecrets } from '../../src/core/detect/secrets/index.js'

const DIR = join(import.meta.dirname, '../fixtures/corpora')

type Floor = { split: Split | 'all' | 'committed'; precision: number; recall: number; minSamples: number }

/**
 * Measured baseline (see docs/detectors.md) minus ~0.03, on the samples named: `committed`
 * (always present), a split (its referenced sources must be readable), or `all`.
 */
const FLOORS: Record<EvalCategory, Floor> = {
  secrets: { split: 'committed', precision: 0.97, recall: 0.97, minSamples: 295 },
  pii: { split: 'committed', precision: 0.97, recall: 0.96, minSamples: 250 },
  injection: { split: 'committed', precision: 0.96, recall: 0.93, minSamples: 100 },
  toxicity: { split: 'committed', precision: 0.93, recall: 0.82, minSamples: 90 },
}
/** The classifiers' held-out split (.cache/classify, built from the mirrors by
 * scripts/classify/extract.mjs; never committed), measured minus ~0.02. */
const CLASSIFIER_FLOORS: Partial<Record<EvalCategory, Omit<Floor, 'split'>>> = {
  // Lowered from recall 0.7 (and raised from precision 0.9) by a measured trade: training on user
  // requests (sixth wave) cut held-out false alarms on them from 27 of 2,970 to none and lost 8 of
  // these sources' 156 positives, prompt-leak and social-engineering questions the model had caught
  // on "can you tell me" (docs/detectors.md, Classifiers).
  injection: { precision: 0.94, recall: 0.66, minSamples: 2500 },
  toxicity: { precision: 0.83, recall: 0.655, minSamples: 6000 },
}
/** Held-out classifier sources added after those floors were set: each has a floor of its own
 * (measured minus ~0.03) and is left out of its category's aggregate, which stays comparable. */
const CLASSIFIER_SOURCE_FLOORS: Record<string, Omit<Floor, 'split'> & { category: EvalCategory }> = {
  agentdojo: { category: 'injection', precision: 0.94, recall: 0.22, minSamples: 300 },
}
/** Held-out sources of benign text only (user requests, sixth wave): the share of their samples
 * flagged, measured plus a margin, and left out of the aggregate like the sources above. */
const CLASSIFIER_BENIGN_CEILINGS: Record<string, { categories: EvalCategory[]; falseAlarmRate: number; minSamples: number }> = {
  banking77: { categories: ['injection', 'toxicity'], falseAlarmRate: 0.005, minSamples: 1400 },
  'nlu-plus-plus': { categories: ['injection', 'toxicity'], falseAlarmRate: 0.005, minSamples: 1400 },
}
const classifierData = existsSync(join(DIR, '../../../.cache/classify/injection.jsonl.gz'))
/** Per referenced source (held-out test sources first), measured minus ~0.03. */
const REFERENCED_FLOORS: Record<string, Omit<Floor, 'split'>> = {
  'detect-secrets': { precision: 0.7, recall: 0.32, minSamples: 150 },
  secretlint: { precision: 0.83, recall: 0.64, minSamples: 80 },
  trufflehog: { precision: 0.99, recall: 0.85, minSamples: 1500 },
  ripsecrets: { precision: 0.94, recall: 0.66, minSamples: 49 },
  'presidio-research': { precision: 0.97, recall: 0.92, minSamples: 650 },
  noseyparker: { precision: 0.97, recall: 0.86, minSamples: 360 },
  kingfisher: { precision: 0.97, recall: 0.84, minSamples: 1300 },
  validatorjs: { precision: 0.97, recall: 0.79, minSamples: 770 },
  credsweeper: { precision: 0.95, recall: 0.8, minSamples: 560 },
}
const SPLIT_MAP = loadSplits(DIR)

const results = evaluate(DIR)
const unavailable = results.flatMap((r) => r.unavailable)
if (unavailable.length > 0) {
  const first = unavailable[0]!
  console.warn(
    `referenced-corpus floors skipped: ${unavailable.map((u) => u.source).join(', ')} unreadable (${first.reason}); mirrors are read from ${mirrorDir()} (PROMPTOPS_MIRROR), see test/fixtures/README.md`,
  )
}

function scoresFor(category: EvalCategory, floor: Floor) {
  const result = results.find((r) => r.category === category)!
  return floor.split === 'all'
    ? result.scores
    : floor.split === 'committed'
      ? result.origins.committed
      : result.splits[floor.split]
}

function expectAbove(category: EvalCategory, floor: Floor): void {
  const scores = scoresFor(category, floor)
  expect(scores).toBeDefined()
  expect(scores!.samples).toBeGreaterThanOrEqual(floor.minSamples)
  expect(scores!.precision).toBeGreaterThanOrEqual(floor.precision)
  expect(scores!.recall).toBeGreaterThanOrEqual(floor.recall)
}

describe('detector quality floor', () => {
  it.each(CATEGORIES)('%s keeps precision and recall above the floor', (category) => {
    expectAbove(category, FLOORS[category])
  })

  it('has positives and negatives in every corpus', () => {
    for (const r of results) {
      expect(r.scores.tp + r.scores.fn).toBeGreaterThan(40)
      expect(r.scores.tn + r.scores.fp).toBeGreaterThan(40)
    }
  })

  it('keeps every provider token exact: no provider rule misses on generated tokens', () => {
    const secrets = results.find((r) => r.category === 'secrets')!
    // The gitleaks rule tests (train): tokens generated from each rule's own pattern.
    const train = evaluateCategory(
      'secrets',
      parseCorpus('secrets', readFileSync(join(DIR, 'secrets.jsonl'), 'utf8'), SPLIT_MAP).filter((s) => s.source === 'gitleaks'),
    )
    const providerGroups = train.groups.filter(
      (g) => !['generic-assignment', 'placeholder', 'prose', 'credentialed-url'].includes(g.group),
    )
    expect(providerGroups.length).toBeGreaterThan(10)
    for (const g of providerGroups) expect({ group: g.group, fn: g.scores.fn }).toEqual({ group: g.group, fn: 0 })
    expect(secrets.groups.length).toBeGreaterThan(providerGroups.length)
  })
})

;(classifierData ? describe : describe.skip)("detector quality floor on the classifiers' held-out split", () => {
  it.each(Object.entries(CLASSIFIER_FLOORS))('%s keeps precision and recall above its floor', (category, floor) => {
    const own = results
      .find((r) => r.category === category)
      ?.sources.filter(
        (s) =>
          s.split === 'test' &&
          (CLASSIFIER_SOURCE_FLOORS[s.source]?.category === category ||
            CLASSIFIER_BENIGN_CEILINGS[s.source]?.categories.includes(category as EvalCategory)),
      )
    const split = results.find((r) => r.category === category)?.splits.test
    const scores =
      split &&
      scoresOf(
        (['tp', 'fp', 'fn', 'tn'] as const).reduce(
          (c, k) => ({ ...c, [k]: split[k] - (own ?? []).reduce((n, s) => n + s.scores[k], 0) }),
          emptyCounts(),
        ),
      )
    expect(scores).toBeDefined()
    expect(scores?.samples).toBeGreaterThanOrEqual(floor.minSamples)
    expect(scores?.precision).toBeGreaterThanOrEqual(floor.precision)
    expect(scores?.recall).toBeGreaterThanOrEqual(floor.recall)
  })
  it.each(Object.entries(CLASSIFIER_SOURCE_FLOORS))('%s keeps precision and recall above its floor', (source, floor) => {
    const scores = results.find((r) => r.category === floor.category)?.sources.find((s) => s.source === source)
    expect(scores?.split).toBe('test')
    expect(scores!.scores.samples).toBeGreaterThanOrEqual(floor.minSamples)
    expect(scores!.scores.precision).toBeGreaterThanOrEqual(floor.precision)
    expect(scores!.scores.recall).toBeGreaterThanOrEqual(floor.recall)
  })
  it.each(
    Object.entries(CLASSIFIER_BENIGN_CEILINGS).flatMap(([source, c]) =>
      c.categories.map((category) => [source, category, c] as const),
    ),
  )('%s: %s flags no more than its ceiling', (source, category, ceiling) => {
    const scores = results.find((r) => r.category === category)?.sources.find((s) => s.source === source)
    expect(scores?.split).toBe('test')
    const { tp, fn, fp, samples } = scores!.scores
    expect(tp + fn).toBe(0)
    expect(samples).toBeGreaterThanOrEqual(ceiling.minSamples)
    expect(fp / samples).toBeLessThanOrEqual(ceiling.falseAlarmRate)
  })
})
if (!classifierData)
  console.warn(
    'classifier held-out floors skipped: .cache/classify is absent (node scripts/classify/extract.mjs builds it from the mirrors)',
  )

;(unavailable.length === 0 ? describe : describe.skip)('detector quality floor on referenced held-out sources', () => {
  it.each(loadSources(DIR).map((s) => [s.source, s.category] as const))(
    '%s (%s) keeps precision and recall above its floor',
    (source, category) => {
      const floor = REFERENCED_FLOORS[source]
      expect(floor).toBeDefined()
      const scores = results.find((r) => r.category === category)!.sources.find((s) => s.source === source)?.scores
      expect(scores).toBeDefined()
      expect(scores!.samples).toBeGreaterThanOrEqual(floor!.minSamples)
      expect(scores!.precision).toBeGreaterThanOrEqual(floor!.precision)
      expect(scores!.recall).toBeGreaterThanOrEqual(floor!.recall)
    },
  )
})

describe('corpus fixtures', () => {
  it('credits every source in test/fixtures/README.md', () => {
    const readme = readFileSync(join(DIR, '../README.md'), 'utf8')
    const committed = CATEGORIES.flatMap((c) =>
      parseCorpus(c, readFileSync(join(DIR, `${c}.jsonl`), 'utf8'), SPLIT_MAP).map((s) => s.source),
    )
    const sources = new Set([...committed, ...loadSources(DIR).map((s) => s.source)])
    for (const source of sources)
      expect({ source, credited: readme.includes(`\`${source}\``) }).toEqual({ source, credited: true })
  })

  it('stores no provider-shaped secret in the raw files (push protection stays quiet)', () => {
    for (const c of CATEGORIES) {
      const raw = readFileSync(join(DIR, `${c}.jsonl`), 'utf8')
      // Context rules judge invented, human-style values by the key, flag or call around them:
      // those are the point of hand-curated samples, and no push protection reports them.
      // ⟦b64:…⟧ markers are base64 by design, so the stored public JWT test tokens of gitleaks'
      // rule tests read as base64-encoded JWTs (gitleaks' jwt-base64).
      const notProvider = new Set([
        'secrets.generic-assignment',
        'secrets.cli-flag',
        'secrets.credential-in-prose',
        'secrets.jwt-base64',
      ])
      const rules = findSecrets(raw)
        .map((m) => m.rule)
        .filter((r) => !notProvider.has(r))
      expect({ file: c, rules }).toEqual({ file: c, rules: [] })
    }
  })

  it('stores references only for external sources: no sample text', () => {
    const allowed = new Set(['repo', 'commit', 'path', 'blob', 'at', 'sha', 'label', 'rule', 'note', 'carrier'])
    for (const source of loadSources(DIR)) {
      const lines = readFileSync(join(DIR, 'external', `${source.source}.jsonl`), 'utf8')
        .split('\n')
        .filter(Boolean)
      expect(lines.length).toBeGreaterThan(0)
      for (const line of lines) expect(Object.keys(JSON.parse(line) as object).filter((k) => !allowed.has(k))).toEqual([])
    }
  })

  it.each([
    ['⟦rand:hex:8⟧', /^[0-9a-f]{8}$/],
    ['⟦rand:upper27:16⟧', /^[A-Z2-7]{16}$/],
    ['⟦b64:aGVsbG8=⟧', /^hello$/],
    ['⟦u:200B⟧', /^\u200B$/],
    ['⟦tag:hi⟧', /^\u{E0068}\u{E0069}$/u],
    ['⟦rot13:uryyb⟧', /^hello$/],
    ['⟦pem:EC PRIVATE KEY⟧', /^-{5}BEGIN EC PRIVATE KEY-{5}\n[A-Za-z0-9+/\n]{700,900}\n-{5}END EC PRIVATE KEY-{5}$/],
  ])('expands %s', (marker, shape) => {
    const text = expandMarkers(marker, 'x.jsonl:1')
    expect(text).toMatch(shape)
    expect(expandMarkers(marker, 'x.jsonl:1')).toBe(text)
  })

  it('rejects a malformed sample', () => {
    expect(() => parseCorpus('x', '{"text":"a"}', SPLIT_MAP)).toThrow('needs text, label, source')
    expect(() => parseCorpus('secrets', '{"text":"a","label":true,"source":"nowhere"}', SPLIT_MAP)).toThrow('has no split')
    expect(() => expandMarkers('⟦rand:nope:3⟧', 'x')).toThrow('unknown charset')
  })
})

describe('miss previews are redacted', () => {
  it.each<[EvalCategory, string, string]>([
    ['secrets', 'token = "ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"', 'ghp_a1B2c3'],
    ['pii', 'card 4111 1111 1111 1111 and mail jane.doe@corp.io', '1111 1111'],
    ['toxicity', 'you are an idiot', 'idiot'],
  ])('%s preview hides the value', (category, text, hidden) => {
    expect(preview(category, text)).not.toContain(hidden)
  })

  it('shows invisible characters in injection previews', () => {
    expect(preview('injection', 'a\u200Bb')).toBe('a⟨U+200B⟩b')
  })
})

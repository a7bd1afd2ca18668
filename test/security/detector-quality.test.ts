// Regression floor for detector quality on the public/hand-curated corpora in
// test/fixtures/corpora (see test/fixtures/README.md and docs/detectors.md). Floors are the
// figures measured with `npm run eval`, minus a small margin: a change that makes a detector
// miss more, or flag more benign text, fails here. Raise the floors when a detector improves.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CATEGORIES, expandMarkers, loadSplits, parseCorpus, type EvalCategory, type Split } from '../../scripts/eval/corpus.js'
import { preview } from '../../scripts/eval/redact.js'
import { evaluate, evaluateCategory } from '../../scripts/eval/run.js'
import { findSecrets } from '../../src/core/detect/secrets/index.js'

const DIR = join(import.meta.dirname, '../fixtures/corpora')

/**
 * Measured baseline (see docs/detectors.md) minus ~0.03, on the split named: the test split
 * (held-out sources) where a category has one, else all samples.
 */
const FLOORS: Record<EvalCategory, { split: Split | 'all'; precision: number; recall: number; minSamples: number }> = {
  secrets: { split: 'test', precision: 0.82, recall: 0.55, minSamples: 80 },
  pii: { split: 'test', precision: 0.97, recall: 0.9, minSamples: 600 },
  injection: { split: 'all', precision: 0.96, recall: 0.55, minSamples: 100 },
  toxicity: { split: 'all', precision: 0.93, recall: 0.68, minSamples: 90 },
}
const SPLIT_MAP = loadSplits(DIR)

const results = evaluate(DIR)

describe('detector quality floor', () => {
  it.each(CATEGORIES)('%s keeps precision and recall above the floor', (category) => {
    const result = results.find((r) => r.category === category)!
    const floor = FLOORS[category]
    const scores = floor.split === 'all' ? result.scores : result.splits[floor.split]
    expect(scores).toBeDefined()
    expect(scores!.samples).toBeGreaterThanOrEqual(floor.minSamples)
    expect(scores!.precision).toBeGreaterThanOrEqual(floor.precision)
    expect(scores!.recall).toBeGreaterThanOrEqual(floor.recall)
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
    const train = evaluateCategory('secrets', parseCorpus('secrets', readFileSync(join(DIR, 'secrets.jsonl'), 'utf8'), SPLIT_MAP).filter((s) => s.source === 'gitleaks'))
    const providerGroups = train.groups.filter((g) => !['generic-assignment', 'placeholder', 'prose', 'credentialed-url'].includes(g.group))
    expect(providerGroups.length).toBeGreaterThan(10)
    for (const g of providerGroups) expect({ group: g.group, fn: g.scores.fn }).toEqual({ group: g.group, fn: 0 })
    expect(secrets.groups.length).toBeGreaterThan(providerGroups.length)
  })
})

describe('corpus fixtures', () => {
  it('credits every source in test/fixtures/README.md', () => {
    const readme = readFileSync(join(DIR, '../README.md'), 'utf8')
    const sources = new Set(CATEGORIES.flatMap((c) => parseCorpus(c, readFileSync(join(DIR, `${c}.jsonl`), 'utf8'), SPLIT_MAP).map((s) => s.source)))
    for (const source of sources) expect({ source, credited: readme.includes(`\`${source}\``) }).toEqual({ source, credited: true })
  })

  it('stores no provider-shaped secret in the raw files (push protection stays quiet)', () => {
    for (const c of CATEGORIES) {
      const raw = readFileSync(join(DIR, `${c}.jsonl`), 'utf8')
      // ⟦b64:…⟧ markers are base64 by design, so a stored sample holding a JWT reads as a
      // base64-encoded JWT (gitleaks' jwt-base64); no push protection reports those.
      const rules = findSecrets(raw).map((m) => m.rule).filter((r) => r !== 'secrets.generic-assignment' && r !== 'secrets.jwt-base64')
      expect({ file: c, rules }).toEqual({ file: c, rules: [] })
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

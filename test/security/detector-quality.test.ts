// Regression floor for detector quality on the public/hand-curated corpora in
// test/fixtures/corpora (see test/fixtures/README.md and docs/detectors.md). Floors are the
// figures measured with `npm run eval`, minus a small margin: a change that makes a detector
// miss more, or flag more benign text, fails here. Raise the floors when a detector improves.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CATEGORIES, expandMarkers, parseCorpus, type EvalCategory } from '../../scripts/eval/corpus.js'
import { preview } from '../../scripts/eval/redact.js'
import { evaluate } from '../../scripts/eval/run.js'
import { findSecrets } from '../../src/core/detect/secrets/index.js'
import { loadTestSplit } from '../../scripts/eval/classify-corpus.js'

const DIR = join(import.meta.dirname, '../fixtures/corpora')

/**
 * Measured baseline (see docs/detectors.md) minus ~0.03. Injection and toxicity are measured
 * on the curated corpora plus the test split of the public classifier data (never trained or
 * tuned on), hard held-out sources included, hence lower precision than the curated corpora alone.
 */
const FLOORS: Record<EvalCategory, { precision: number; recall: number; minSamples: number }> = {
  secrets: { precision: 0.93, recall: 0.94, minSamples: 250 },
  pii: { precision: 0.96, recall: 0.9, minSamples: 250 },
  injection: { precision: 0.87, recall: 0.65, minSamples: 2500 },
  toxicity: { precision: 0.79, recall: 0.57, minSamples: 6000 },
}

const results = evaluate(DIR)

describe('detector quality floor', () => {
  it.each(CATEGORIES)('%s keeps precision and recall above the floor', (category) => {
    const result = results.find((r) => r.category === category)!
    const floor = FLOORS[category]
    expect(result.scores.samples).toBeGreaterThanOrEqual(floor.minSamples)
    expect(result.scores.precision).toBeGreaterThanOrEqual(floor.precision)
    expect(result.scores.recall).toBeGreaterThanOrEqual(floor.recall)
  })

  it('has positives and negatives in every corpus', () => {
    for (const r of results) {
      expect(r.scores.tp + r.scores.fn).toBeGreaterThan(40)
      expect(r.scores.tn + r.scores.fp).toBeGreaterThan(40)
    }
  })

  it('keeps every provider token exact: no provider rule misses on generated tokens', () => {
    const secrets = results.find((r) => r.category === 'secrets')!
    const providerGroups = secrets.groups.filter((g) => !['generic-assignment', 'placeholder', 'prose', 'credentialed-url'].includes(g.group))
    for (const g of providerGroups) expect({ group: g.group, fn: g.scores.fn }).toEqual({ group: g.group, fn: 0 })
  })
})

describe('corpus fixtures', () => {
  it('credits every source in test/fixtures/README.md', () => {
    const readme = readFileSync(join(DIR, '../README.md'), 'utf8')
    const curated = CATEGORIES.flatMap((c) => parseCorpus(c, readFileSync(join(DIR, `${c}.jsonl`), 'utf8')).map((s) => s.source))
    const classifierData = CATEGORIES.flatMap((c) => loadTestSplit(join(DIR, '../../..'), c).map((s) => s.source))
    const sources = new Set([...curated, ...classifierData])
    for (const source of sources) expect({ source, credited: readme.includes(`\`${source}\``) }).toEqual({ source, credited: true })
  })

  it('stores no provider-shaped secret in the raw files (push protection stays quiet)', () => {
    for (const c of CATEGORIES) {
      const raw = readFileSync(join(DIR, `${c}.jsonl`), 'utf8')
      const rules = findSecrets(raw).map((m) => m.rule).filter((r) => r !== 'secrets.generic-assignment')
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
    expect(() => parseCorpus('x', '{"text":"a"}')).toThrow('needs text, label, source')
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

// Runs every corpus through its detector: per-category scores, a breakdown by rule or
// source, and the misclassified samples (redacted previews only).
import { join } from 'node:path'
import { loadTestSplit } from './classify-corpus.js'
import { CATEGORIES, loadCorpus, type EvalCategory, type Sample } from './corpus.js'
import { verdict } from './detect.js'
import { emptyCounts, scores, tally, type Counts, type Scores } from './metrics.js'
import { preview } from './redact.js'

export interface Miss {
  kind: 'FN' | 'FP'
  id: string
  source: string
  rule?: string
  note?: string
  preview: string
  /** Rules that fired (for false positives). */
  fired: string[]
}

export interface CategoryResult {
  category: EvalCategory
  scores: Scores
  /** Keyed by the sample's `rule` label, else its source. */
  groups: Array<{ group: string; scores: Scores }>
  misses: Miss[]
}

export function evaluateCategory(category: EvalCategory, samples: readonly Sample[]): CategoryResult {
  const total = emptyCounts()
  const groups = new Map<string, Counts>()
  const misses: Miss[] = []
  for (const sample of samples) {
    const v = verdict(category, sample.text)
    tally(total, sample.label, v.flagged)
    const key = sample.rule ?? sample.source
    tally(groups.get(key) ?? groups.set(key, emptyCounts()).get(key)!, sample.label, v.flagged)
    if (sample.label !== v.flagged) {
      misses.push({
        kind: sample.label ? 'FN' : 'FP',
        id: sample.id,
        source: sample.source,
        ...(sample.rule ? { rule: sample.rule } : {}),
        ...(sample.note ? { note: sample.note } : {}),
        preview: preview(category, sample.text),
        fired: v.rules,
      })
    }
  }
  return {
    category,
    scores: scores(total),
    groups: [...groups].map(([group, c]) => ({ group, scores: scores(c) })).sort((a, b) => a.group.localeCompare(b.group)),
    misses,
  }
}

/** `corporaDir`: test/fixtures/corpora; the classifier test splits are found from it. */
export function evaluate(corporaDir: string): CategoryResult[] {
  const root = join(corporaDir, '../../..')
  return CATEGORIES.map((category) => evaluateCategory(category, [...loadCorpus(corporaDir, category), ...loadTestSplit(root, category)]))
}

// Runs every corpus through its detector: per-category scores per split (sources are held
// out whole: corpora/splits.json), per source, per origin (committed or referenced), a
// breakdown by rule or source, and the misclassified samples (redacted previews only).
import { join } from 'node:path'
import { loadSplit, loadTestSplit } from './classify-corpus.js'
import { CATEGORIES, SPLITS, loadCorpus, loadSplits, type EvalCategory, type Origin, type Sample, type Split } from './corpus.js'
import { verdict } from './detect.js'
import { loadExternal, type Unavailable } from './external/load.js'
import { mirrorDir, mirrorReader, type FileReader } from './external/mirror.js'
import { emptyCounts, scores, tally, type Counts, type Scores } from './metrics.js'
import { preview } from './redact.js'
import { getOrSet } from '../../src/core/memo.js'

export interface Miss {
  kind: 'FN' | 'FP'
  id: string
  source: string
  split: Split
  rule?: string
  note?: string
  preview: string
  origin: Origin
  /** Rules that fired (for false positives). */
  fired: string[]
}

export interface CategoryResult {
  category: EvalCategory
  /** All samples, every split. */
  scores: Scores
  /** Per split; a split without samples is absent. */
  splits: Partial<Record<Split, Scores>>
  /** Per origin: committed samples, and referenced ones read from mirrors. */
  origins: Partial<Record<Origin, Scores>>
  /** Referenced sources whose texts could not be read here (left out of every figure). */
  unavailable: Unavailable[]
  /** Per source, with the split it belongs to. */
  sources: Array<{ source: string; split: Split; scores: Scores }>
  /** Keyed by the sample's `rule` label, else its source; test-split samples by source only. */
  groups: Array<{ group: string; scores: Scores }>
  misses: Miss[]
}

const bump = <K>(map: Map<K, Counts>, key: K, label: boolean, flagged: boolean): void =>
  tally(getOrSet(map, key, emptyCounts), label, flagged)

export function evaluateCategory(
  category: EvalCategory,
  samples: readonly Sample[],
  unavailable: Unavailable[] = [],
): CategoryResult {
  const total = emptyCounts()
  const origins = new Map<Origin, Counts>()
  const groups = new Map<string, Counts>()
  const splits = new Map<Split, Counts>()
  const sources = new Map<string, Counts>()
  const splitOf = new Map<string, Split>()
  const misses: Miss[] = []
  for (const sample of samples) {
    const v = verdict(category, sample.text)
    tally(total, sample.label, v.flagged)
    // Held-out test sources are grouped whole: a per-rule breakdown of them is a map for tuning.
    bump(groups, sample.split === 'test' ? `${sample.source} (test)` : (sample.rule ?? sample.source), sample.label, v.flagged)
    bump(splits, sample.split, sample.label, v.flagged)
    bump(sources, sample.source, sample.label, v.flagged)
    bump(origins, sample.origin, sample.label, v.flagged)
    splitOf.set(sample.source, sample.split)
    if (sample.label !== v.flagged) {
      misses.push({
        kind: sample.label ? 'FN' : 'FP',
        id: sample.id,
        source: sample.source,
        split: sample.split,
        ...(sample.rule ? { rule: sample.rule } : {}),
        ...(sample.note ? { note: sample.note } : {}),
        preview: preview(category, sample.text),
        origin: sample.origin,
        fired: v.rules,
      })
    }
  }
  const order = (s: Split) => SPLITS.indexOf(s)
  return {
    category,
    scores: scores(total),
    splits: Object.fromEntries([...splits].map(([split, c]) => [split, scores(c)])),
    origins: Object.fromEntries([...origins].map(([origin, c]) => [origin, scores(c)])),
    unavailable,
    sources: [...sources]
      .map(([source, c]) => ({ source, split: splitOf.get(source) ?? 'train', scores: scores(c) }))
      .sort((a, b) => order(a.split) - order(b.split) || a.source.localeCompare(b.source)),
    groups: [...groups].map(([group, c]) => ({ group, scores: scores(c) })).sort((a, b) => a.group.localeCompare(b.group)),
    misses,
  }
}

/**
 * Every category over its committed corpus and its referenced sources. `read` gets the
 * referenced files; by default from the mirrors ($PROMPTOPS_MIRROR, default /work/.mirror),
 * cached in .cache/corpora of the repository holding `corporaDir` (test/fixtures/corpora).
 */
export function evaluate(
  corporaDir: string,
  read: FileReader = mirrorReader(mirrorDir(), join(corporaDir, '../../../.cache/corpora')),
): CategoryResult[] {
  const splits = loadSplits(corporaDir)
  return CATEGORIES.map((category) => {
    const external = loadExternal(corporaDir, category, splits, read)
    // The classifiers' held-out split (.cache/classify, built from the mirrors) joins the corpus.
    const classified = loadTestSplit(join(corporaDir, '../../..'), category)
    return evaluateCategory(
      category,
      [...loadCorpus(corporaDir, category), ...external.samples, ...classified],
      external.unavailable,
    )
  })
}

/**
 * The detectors, as the engine runs them, on the dev split of the classifier data (`root`: the
 * repository root; .cache/classify): the split tuning may read, misses and all. Printed by
 * `npm run eval -- dev`, never written to docs/detectors.md.
 */
export function evaluateClassifierDev(root: string): CategoryResult[] {
  return CATEGORIES.map((category) => evaluateCategory(category, loadSplit(root, category, 'dev'))).filter(
    (r) => r.sources.length > 0,
  )
}

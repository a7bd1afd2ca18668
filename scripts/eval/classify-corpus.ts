// Splits of the classifier data (.cache/classify/<category>.jsonl.gz, built from the source
// mirrors by scripts/classify/extract.mjs; never committed). The test split holds public
// samples never used for training or tuning (whole sources held out from training carry split
// "test" throughout); the dev split is what tuning may read (`npm run eval -- dev`).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { EvalCategory, Sample, Split } from './corpus.js'

const CLASSIFIED: ReadonlySet<EvalCategory> = new Set(['injection', 'toxicity'])

interface Row {
  text: string
  label: boolean
  source: string
  split: string
  note?: string
}

/** `root`: the repository root. Empty for categories without a classifier. */
export function loadTestSplit(root: string, category: EvalCategory): Sample[] {
  return loadSplit(root, category, 'test')
}

/** One split of a category's classifier data; empty without a classifier or without the cache. */
export function loadSplit(root: string, category: EvalCategory, split: Split): Sample[] {
  if (!CLASSIFIED.has(category)) return []
  const path = join(root, '.cache/classify', `${category}.jsonl.gz`)
  if (!existsSync(path)) return []
  const rows = gunzipSync(readFileSync(path)).toString('utf8').split('\n')
  return rows.flatMap((line, i) => {
    if (line.trim() === '') return []
    const row = JSON.parse(line) as Row
    if (row.split !== split) return []
    return [
      {
        text: row.text,
        label: row.label,
        source: row.source,
        split,
        origin: 'referenced' as const,
        ...(row.note ? { note: row.note } : {}),
        id: `.cache/classify/${category}.jsonl.gz:${i + 1}`,
      },
    ]
  })
}

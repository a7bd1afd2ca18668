// Canonicalisation's share of the engine: the decoded, rendered and folded views the
// detectors read (src/core/canonical), timed alone and next to scoreChanges on the same corpus.
import { importBundled } from './lib/bundle-ts.mjs'
import { median } from './lib/stats.mjs'
import { addedChanges, modifiedChanges, NOW } from './10-engine.mjs'

export const id = 'canonical'
export const title = 'Canonical text (share of the engine)'
export const method =
  'The engine corpus (`scripts/bench/lib/corpus.mjs`). For every change, `canonicalAdded` (what the secrets, PII and toxicity detectors read) and `canonicalMessageLines` (what the injection text rules read) are built from already parsed and diffed templates, timed apart from parsing; `scoreChanges` is timed on the same files in the same process, runs interleaved, so the share is measured under the same load.'

export async function run(ctx) {
  const canonical = await importBundled('scripts/bench/lib/canonical-entry.ts', ctx.tmpRoot, 'canonical')
  const engine = await ctx.engine()
  const { base, head } = ctx.corpus()
  const config = engine.defaultConfig()
  const cmd = 'npm run bench -- canonical'
  const rows = []
  for (const [mode, files, governAll] of [
    ['added', addedChanges(base.files), true],
    ['modified', modifiedChanges(base.files, head.files), false],
  ]) {
    const views = []
    const whole = []
    for (let r = 0; r < ctx.warmup + ctx.runs; r++) {
      const [v] = canonical.canonicalTimes(files, 1, 0)
      const start = performance.now()
      engine.scoreChanges({ files, config, now: NOW, governAll })
      if (r < ctx.warmup) continue
      views.push(v)
      whole.push(performance.now() - start)
    }
    const share = (100 * median(views)) / median(whole)
    rows.push({
      name: `canonical views, ${files.length} ${mode} templates; median of ${ctx.runs}`,
      value: median(views),
      unit: 'ms',
      command: cmd,
    })
    rows.push({
      name: `canonical views, ${mode}: share of scoreChanges (${median(whole).toFixed(0)} ms)`,
      value: share,
      unit: '%',
      command: cmd,
    })
  }
  return rows
}

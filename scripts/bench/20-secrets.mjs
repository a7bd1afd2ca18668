// Secret scanning alone on the same corpus: our findSecrets vs secretlint's recommended
// preset, both in-process and single-threaded over the same 1,000 whole-file texts.
import { lintSource } from '@secretlint/core'
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { engineAddedTiming } from './10-engine.mjs'
import { writeCorpus } from './lib/fs-corpus.mjs'
import { MB, measure, median } from './lib/stats.mjs'
import { expectStatus, runTimed } from './lib/timed-process.mjs'

export const id = 'secrets'
export const title = 'Secret scan alone vs secretlint'
const version = (pkg) => JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version
export const method = [
  `secretlint ${version('@secretlint/core')} with \`@secretlint/secretlint-rule-preset-recommend\` ${version('@secretlint/secretlint-rule-preset-recommend')}, called through its Node API (\`@secretlint/core\` \`lintSource\`, one file at a time, awaited) so neither side pays process start-up or file I/O; our side is \`findSecrets\` (\`src/core/detect/secrets\`) on the same whole-file texts.`,
  'secretlint 12.0.0 is the newest release that supports Node 20 (13.x needs Node 22). The secretlint CLI row (process, files on disk, its default concurrency) is for reference. "Planted" counts the 25 corpus templates carrying a generated credential; "clean" counts hits in the other 975.',
].join(' ')

const CONFIG = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }] }

export async function run(ctx) {
  const engine = await ctx.engine()
  const { base } = ctx.corpus()
  const files = base.files
  const cmd = 'npm run bench -- secrets'
  const opts = { warmup: ctx.warmup, runs: ctx.runs }

  const ours = await measure(() => files.map((f) => engine.findSecrets(f.text).length), opts)
  const theirs = await measure(async () => {
    const counts = []
    for (const f of files) counts.push((await lintSource({ source: { content: f.text, filePath: `/corpus/${f.path}`, contentType: 'text' }, options: { config: CONFIG, maskSecrets: true } })).messages.length)
    return counts
  }, opts)
  const engineAdded = await engineAddedTiming(ctx)
  const cli = secretlintCli(ctx, files)

  ctx.note(`Runs (ms): findSecrets ${fmt(ours.times)}; secretlint lintSource ${fmt(theirs.times)}.`)
  ctx.note(`Hits: findSecrets flags ${hits(files, ours.last)}; secretlint flags ${hits(files, theirs.last)}.`)
  const mb = base.bytes / MB
  return [
    { name: 'findSecrets on 1,000 templates', value: ours.median, unit: 'ms', command: cmd },
    { name: 'findSecrets throughput', value: mb / (ours.median / 1000), unit: 'MB/s', command: cmd },
    { name: 'secretlint lintSource (recommended preset) on 1,000 templates', value: theirs.median, unit: 'ms', command: cmd },
    { name: 'secretlint throughput', value: mb / (theirs.median / 1000), unit: 'MB/s', command: cmd },
    { name: 'findSecrets / secretlint', value: ours.median / theirs.median, unit: '×', target: '≤ 1.0×', met: ours.median <= theirs.median, command: cmd },
    { name: 'full scoreChanges (all detectors) / secretlint', value: engineAdded.median / theirs.median, unit: '×', command: cmd },
    { name: `secretlint CLI process on 1,000 files (median of ${cli.times.length})`, value: median(cli.times), unit: 'ms', command: 'npx secretlint --secretlintrc RC "prompts/**/*" (in the temp corpus dir)' },
  ]
}

function secretlintCli(ctx, files) {
  const dir = writeCorpus(join(ctx.tmpRoot, 'secretlint-corpus'), files)
  const rc = join(ctx.tmpRoot, 'secretlintrc.json')
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }))
  const bin = join(process.cwd(), 'node_modules/secretlint/bin/secretlint.js')
  const once = () => expectStatus(runTimed(process.execPath, [bin, '--secretlintrc', rc, '--format', 'json', 'prompts/**/*'], { cwd: dir }), [0, 1], 'secretlint').ms
  once()
  return { times: Array.from({ length: Math.min(3, ctx.runs) }, once) }
}

function hits(files, counts) {
  let planted = 0
  let clean = 0
  let plantedTotal = 0
  files.forEach((f, i) => {
    const isPlanted = f.planted.includes('secret')
    plantedTotal += isPlanted ? 1 : 0
    if (counts[i] > 0) isPlanted ? planted++ : clean++
  })
  return `${planted}/${plantedTotal} planted templates, ${clean} clean ones`
}

const fmt = (times) => times.map((t) => t.toFixed(0)).join(', ')

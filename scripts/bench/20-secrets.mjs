// Secret scanning alone on the same corpus: our findSecrets vs secretlint's recommended
// preset, each through its library API, single-threaded over the same 1,000 whole-file texts.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { engineAddedTiming } from './10-engine.mjs'
import { MB, median } from './lib/stats.mjs'
import { expectStatus, runTimed } from './lib/timed-process.mjs'

export const id = 'secrets'
export const title = 'Secret scan alone vs secretlint'
const version = (pkg) => JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version
export const method = [
  `secretlint ${version('@secretlint/core')} with \`@secretlint/secretlint-rule-preset-recommend\` ${version('@secretlint/secretlint-rule-preset-recommend')}, called through its Node API (\`@secretlint/core\` \`lintSource\`, one file at a time, awaited), against our \`findSecrets\` (\`src/core/detect/secrets\`) on the same whole-file texts: no process start-up or file I/O on either side.`,
  'Each side runs in its own fresh process (see the profiler note). secretlint 12.0.0 is the newest release that supports Node 20, the bench\'s Node (13.x needs Node 22); the end-to-end comparison with the current 13.x CLI is in the CLI section. "Planted" counts the 25 corpus templates carrying a generated credential; "clean" counts hits in the other 975.',
].join(' ')

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'lib', 'secret-scan-child.mjs')

export async function run(ctx) {
  const engineFile = await ctx.enginePath()
  const { base } = ctx.corpus()
  const files = base.files
  const cmd = 'npm run bench -- secrets'

  const ours = children(ctx, 'ours', engineFile)
  const theirs = children(ctx, 'secretlint', engineFile)
  const drain = child('secretlint-drain', engineFile)
  const engineAdded = await engineAddedTiming(ctx)

  ctx.note(
    `Each figure is the median of ${ctx.runs} fresh processes, each timing one pass over the corpus after one warm-up pass. Runs (ms): findSecrets ${fmt(ours.times)}; secretlint lintSource ${fmt(theirs.times)}.`,
  )
  ctx.note(
    `secretlint's always-on profiler (\`@secretlint/profiler\`) defers PerformanceObserver work that grows quadratically with the files linted in one process (a linear \`entries.find\` per mark, ~56 marks per file): ${(drain.drainMs / 1000).toFixed(1)} s of CPU after one pass over ${drain.files} files in one process. It is excluded from the lintSource figures (which favours secretlint); 13.x no longer has it.`,
  )
  ctx.note(`Hits: findSecrets flags ${hits(files, ours.last)}; secretlint flags ${hits(files, theirs.last)}.`)
  const mb = base.bytes / MB
  return [
    { name: 'findSecrets on 1,000 templates (same code as the secrets detector)', value: ours.median, unit: 'ms', command: cmd },
    { name: 'findSecrets throughput', value: mb / (ours.median / 1000), unit: 'MB/s', command: cmd },
    { name: 'secretlint lintSource (recommended preset) on 1,000 templates', value: theirs.median, unit: 'ms', command: cmd },
    { name: 'secretlint throughput', value: mb / (theirs.median / 1000), unit: 'MB/s', command: cmd },
    {
      name: 'findSecrets / secretlint',
      value: ours.median / theirs.median,
      unit: '×',
      target: '≤ 1.0×',
      met: ours.median <= theirs.median,
      command: cmd,
    },
    {
      name: 'full scoreChanges (all detectors) / secretlint',
      value: engineAdded.median / theirs.median,
      unit: '×',
      command: cmd,
    },
  ]
}

function children(ctx, mode, engineFile) {
  const results = Array.from({ length: ctx.runs }, () => child(mode, engineFile))
  const times = results.map((r) => r.ms)
  return { median: median(times), times, last: results[0].counts }
}

function child(mode, engineFile) {
  const run = expectStatus(
    runTimed(process.execPath, [CHILD, mode], { env: { ...process.env, PROMPTOPS_BENCH_ENGINE: engineFile } }),
    [0],
    `secret-scan child (${mode})`,
  )
  return JSON.parse(run.stdout.trim().split('\n').pop())
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

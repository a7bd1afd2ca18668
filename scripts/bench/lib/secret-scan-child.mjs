// One timed secret-scan pass in a fresh process: `node secret-scan-child.mjs ours|secretlint|secretlint-drain`.
// A fresh process per run because secretlint's always-on profiler (@secretlint/profiler)
// queues PerformanceObserver work that grows quadratically with the marks of the whole
// process; exiting right after timing keeps runs independent. `secretlint-drain` instead
// measures that deferred work. Prints one JSON line: { ms, counts } or { drainMs }.
import { lintSource } from '@secretlint/core'
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend'
import { pathToFileURL } from 'node:url'
import { buildCorpus } from './corpus.mjs'

const mode = process.argv[2]
const { files } = buildCorpus()
const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }] }

const scan = mode === 'ours' ? await oursScanner() : secretlintScan

// Warm-up (JIT, lazy rule initialisation); skipped when measuring the profiler's deferred
// work, so that figure is for exactly one pass over the corpus, as the CLI does.
if (mode !== 'secretlint-drain') await scan()
const start = performance.now()
const counts = await scan()
const ms = performance.now() - start

if (mode === 'secretlint-drain') {
  const drainStart = performance.now()
  let quiet = 0
  // Yield to the event loop until the observer callbacks stop taking time.
  while (quiet < 3) {
    const s = performance.now()
    await new Promise((resolve) => setImmediate(resolve))
    quiet = performance.now() - s < 1 ? quiet + 1 : 0
  }
  console.log(JSON.stringify({ ms, drainMs: performance.now() - drainStart, files: files.length }))
} else console.log(JSON.stringify({ ms, counts }))
process.exit(0)

async function oursScanner() {
  const engine = await import(pathToFileURL(process.env.PROMPTOPS_BENCH_ENGINE).href)
  return () => files.map((f) => engine.findSecrets(f.text).length)
}

async function secretlintScan() {
  const counts = []
  for (const f of files) {
    const result = await lintSource({
      source: { content: f.text, filePath: `/corpus/${f.path}`, contentType: 'text' },
      options: { config, maskSecrets: true },
    })
    counts.push(result.messages.length)
  }
  return counts
}

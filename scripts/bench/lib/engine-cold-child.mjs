// One cold scoreChanges call in a fresh process: `node engine-cold-child.mjs added|modified`,
// engine bundle path in PROMPTOPS_BENCH_ENGINE. No warm-up, so the JIT and gpt-tokenizer's
// per-pre-token cache start empty, as in a CI job that scores one pull request.
// Prints one JSON line: { ms }.
import { pathToFileURL } from 'node:url'
import { buildCorpus, editCorpus } from './corpus.mjs'

const engine = await import(pathToFileURL(process.env.PROMPTOPS_BENCH_ENGINE).href)
const base = buildCorpus()
const files =
  process.argv[2] === 'added'
    ? base.files.map((f) => ({ path: f.path, status: 'added', baseText: null, headText: f.text }))
    : editCorpus(base.files)
        .files.map((h, i) => ({ path: h.path, status: 'modified', baseText: base.files[i].text, headText: h.text }))
        .filter((c) => c.baseText !== c.headText)
const input = {
  files,
  config: engine.defaultConfig(),
  now: new Date('2025-06-01T00:00:00Z'),
  governAll: process.argv[2] === 'added',
}
const start = performance.now()
engine.scoreChanges(input)
console.log(JSON.stringify({ ms: performance.now() - start }))

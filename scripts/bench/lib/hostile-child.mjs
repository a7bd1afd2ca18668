// Times scoreChanges on one hostile case in a fresh process (so a runaway regex can be
// killed by the parent's timeout): `node hostile-child.mjs CASE`, engine bundle path in
// PROMPTOPS_BENCH_ENGINE. Prints one JSON line: { times, findings, level } or { error }.
import { pathToFileURL } from 'node:url'
import { HOSTILE_CASES } from './hostile-cases.mjs'

const engine = await import(pathToFileURL(process.env.PROMPTOPS_BENCH_ENGINE).href)
const hostile = HOSTILE_CASES[process.argv[2]]()
const config = engine.defaultConfig()
const now = new Date('2025-06-01T00:00:00Z')
const score = (path, text) =>
  engine.scoreChanges({ files: [{ path, status: 'added', baseText: null, headText: text }], config, now, governAll: true })

// Warm-up on an ordinary template, so the timed runs measure the input, not the JIT.
score(
  'prompts/warm.prompt.yml',
  'model: openai/gpt-4o\nmessages:\n  - role: user\n    content: Hello {{name}}, call 555-0100 or mail a@b.co.\n',
)
try {
  const times = []
  let report
  for (let i = 0; i < hostile.runs; i++) {
    const start = performance.now()
    report = score(hostile.path, hostile.text)
    times.push(performance.now() - start)
  }
  console.log(
    JSON.stringify({ times, findings: report.findings.length, level: report.level, bytes: Buffer.byteLength(hostile.text) }),
  )
} catch (error) {
  console.log(JSON.stringify({ error: String(error?.message ?? error).slice(0, 200), bytes: Buffer.byteLength(hostile.text) }))
}

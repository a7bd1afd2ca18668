// Hostile input: scoreChanges on 10 MB templates and on 1 MB strings aimed at regex
// backtracking. Each case runs in its own process with a timeout, so a pathological
// case is reported (and bounded) instead of hanging the whole bench.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { HOSTILE_CASES } from './lib/hostile-cases.mjs'

export const id = 'hostile'
export const title = 'Hostile input (in-process scoreChanges, one added file)'
export const method =
  'Each case is one added file scored with the default config in a fresh process (engine bundled from `src/`), after a warm-up on an ordinary template. The figure is the *first* run on the hostile input: later runs on the same text are not representative, because gpt-tokenizer caches BPE results per pre-token (a 100 KB run of `a` costs seconds the first time, milliseconds after). All runs are listed in the notes. A case that throws is reported as an error; one that runs past the timeout is killed and reported as such. Inputs: `scripts/bench/lib/hostile-cases.mjs`.'

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'lib', 'hostile-child.mjs')
const TIMEOUT_MS = 30_000

export async function run(ctx) {
  const engineFile = await ctx.enginePath()
  const rows = []
  const runNotes = []
  for (const [name, make] of Object.entries(HOSTILE_CASES)) {
    const { label } = make()
    const result = runCase(name, engineFile)
    const command = 'npm run bench -- hostile'
    if (result.error) {
      ctx.note(`${label}: ${result.error}`)
      rows.push({
        name: `${label} [${name}]`,
        value: result.timeout ? `> ${TIMEOUT_MS.toLocaleString('en-US')}` : 'throws',
        unit: result.timeout ? 'ms (killed)' : '',
        target: 'completes',
        met: false,
        command,
      })
    } else {
      const runs = result.times.map((t) => t.toFixed(0)).join(', ')
      ctx.log(`${label}: ${runs} ms, ${result.findings} findings (${result.level})`)
      if (result.times.length > 1) runNotes.push(`${name} ${runs}`)
      rows.push({
        name: `${label} [${name}]: ${result.findings} findings, ${result.level}`,
        value: result.times[0],
        unit: 'ms',
        command,
      })
    }
  }
  ctx.note(`All timed runs (ms), first one reported: ${runNotes.join('; ')}.`)
  return rows
}

function runCase(name, engineFile) {
  const run = spawnSync(process.execPath, [CHILD, name], {
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 2 ** 20,
    env: { ...process.env, PROMPTOPS_BENCH_ENGINE: engineFile },
  })
  if (run.error?.code === 'ETIMEDOUT' || run.signal === 'SIGKILL')
    return { error: `killed after ${TIMEOUT_MS / 1000} s (timeout)`, timeout: true }
  const line = run.stdout.trim().split('\n').pop()
  if (run.status !== 0 || !line)
    return { error: `child exited ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' / ').slice(0, 300)}` }
  return JSON.parse(line)
}

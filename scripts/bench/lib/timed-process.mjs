// Wall time of a child process (spawn to exit), as a user would see it.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const PROBE = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'usage-probe.mjs')).href

export function runTimed(command, args, options = {}) {
  const start = performance.now()
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 2 ** 20, ...options })
  const ms = performance.now() - start
  if (result.error) throw result.error
  return { ms, status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A Node script as runTimed runs it, plus its own CPU time and peak RSS (usage-probe.mjs). */
export function runNodeMeasured(node, script, args, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'promptops-usage-'))
  const file = join(dir, 'usage.json')
  try {
    const run = runTimed(node, ['--import', PROBE, script, ...args], {
      ...options,
      env: { ...(options.env ?? process.env), PROMPTOPS_BENCH_USAGE: file },
    })
    let usage = { cpuMs: NaN, maxRssKiB: NaN }
    try {
      usage = JSON.parse(readFileSync(file, 'utf8'))
    } catch {
      // A process killed before exit leaves no usage.
    }
    return { ...run, ...usage }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Throws unless the exit status is one of `ok` (a scanner exits 1 when it finds something). */
export function expectStatus(run, ok, what) {
  if (!ok.includes(run.status)) throw new Error(`${what} exited ${run.status}: ${run.stderr.slice(0, 500)}`)
  return run
}

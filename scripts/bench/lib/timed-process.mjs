// Wall time of a child process (spawn to exit), as a user would see it.
import { spawnSync } from 'node:child_process'

export function runTimed(command, args, options = {}) {
  const start = performance.now()
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 2 ** 20, ...options })
  const ms = performance.now() - start
  if (result.error) throw result.error
  return { ms, status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Throws unless the exit status is one of `ok` (a scanner exits 1 when it finds something). */
export function expectStatus(run, ok, what) {
  if (!ok.includes(run.status)) throw new Error(`${what} exited ${run.status}: ${run.stderr.slice(0, 500)}`)
  return run
}

// The machine a run happened on, printed with every result table.
import { execFileSync } from 'node:child_process'
import os from 'node:os'

export function machineInfo() {
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.platform()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString().slice(0, 10),
    commit: gitCommit(),
    /** 1-minute load average at start: other work on the machine skews every figure. */
    load: Math.round(os.loadavg()[0] * 100) / 100,
  }
}

function gitCommit() {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
    const dirty =
      execFileSync('git', ['status', '--porcelain', '--', 'src'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() !== ''
    return dirty ? `${sha} (src/ modified)` : sha
  } catch {
    return 'unknown'
  }
}

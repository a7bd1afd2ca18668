// Semantic checks the schema cannot express. Returns path-keyed issues (no line: the
// parser adds it from the YAML document).
import picomatch from 'picomatch'
import type { Issue } from '../errors.js'
import { LEVELS } from '../types.js'
import type { Config } from './config.schema.js'
import { validateDataClasses } from '../data-classes/validate.js'

export function validateConfig(config: Config): Issue[] {
  const issues: Issue[] = []
  const globs: Array<[string, string]> = [
    ...config.templates.map((g, i): [string, string] => [`templates.${i}`, g]),
    ...config.exclude.map((g, i): [string, string] => [`exclude.${i}`, g]),
    ...config.owners.map((o, i): [string, string] => [`owners.${i}.pattern`, o.pattern]),
    ...config.suppressions.flatMap((s, i): Array<[string, string]> => (s.path ? [[`suppressions.${i}.path`, s.path]] : [])),
  ]
  for (const [at, glob] of globs) {
    try {
      picomatch.makeRe(glob)
    } catch {
      issues.push({ at, message: `invalid glob: ${glob}` })
    }
  }
  const { medium, high, critical } = config.thresholds
  if (!(medium <= high && high <= critical)) {
    issues.push({ at: 'thresholds', message: 'thresholds must rise: medium ≤ high ≤ critical' })
  }
  let previous = -1
  for (const level of LEVELS) {
    const approvals = config.routing[level].approvals
    if (approvals < previous) {
      issues.push({
        at: `routing.${level}.approvals`,
        message: `a higher tier cannot need fewer approvals than a lower one (${approvals} < ${previous})`,
      })
    }
    previous = approvals
  }
  if (config.routing.critical.approvals === 0) {
    issues.push({
      at: 'routing.critical.approvals',
      message: 'the critical tier (policy changes) must need at least one human approval',
    })
  }
  issues.push(...validateDataClasses(config))
  return issues
}

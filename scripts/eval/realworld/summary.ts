// Figures over evaluated cases: per split and per source repository.
import { levelRank, LEVELS, type Level } from '../../../src/core/types.js'
import type { CaseResult } from './run.js'

export interface Figures {
  templates: number
  benignTemplates: number
  /** Benign templates rated high or critical. */
  benignHighOrCritical: number
  benignHighShare: number
  /** Counted high/critical findings labelled false, over templates and commits. */
  falseAlarms: number
  realFindings: number
  unlabelled: number
  commits: number
  commitLevels: Record<Level, number>
  unjustifiedCriticalCommits: number
}

export function figures(cases: readonly CaseResult[]): Figures {
  const templates = cases.filter((c) => c.kind === 'template')
  const commits = cases.filter((c) => c.kind === 'commit')
  const benign = templates.filter((c) => c.benign)
  const high = benign.filter((c) => levelRank(c.level) >= levelRank('high')).length
  const all = cases.flatMap((c) => c.findings)
  const commitLevels = Object.fromEntries(LEVELS.map((l) => [l, commits.filter((c) => c.level === l).length])) as Record<
    Level,
    number
  >
  return {
    templates: templates.length,
    benignTemplates: benign.length,
    benignHighOrCritical: high,
    benignHighShare: benign.length === 0 ? 0 : high / benign.length,
    falseAlarms: all.filter((f) => f.verdict === 'false-alarm').length,
    realFindings: all.filter((f) => f.verdict === 'real').length,
    unlabelled: all.filter((f) => f.verdict === 'unlabelled').length,
    commits: commits.length,
    commitLevels,
    unjustifiedCriticalCommits: commits.filter((c) => c.unjustifiedCritical).length,
  }
}

export function groupBy(cases: readonly CaseResult[], key: (c: CaseResult) => string): Array<[string, Figures]> {
  const groups = new Map<string, CaseResult[]>()
  for (const c of cases) groups.set(key(c), [...(groups.get(key(c)) ?? []), c])
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, list]) => [k, figures(list)])
}

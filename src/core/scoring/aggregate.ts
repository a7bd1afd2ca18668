// The PR's level is the highest level of any changed template or governance file: templates
// are judged one by one, never by adding up the findings of many. One decision repeated across
// templates (the same model swap, the same parameter) is shown as one finding group.
import type { Config } from '../config/config.schema.js'
import { levelRank, maxLevel, type Category, type Finding, type Level } from '../types.js'
import { counts, scoreFindings, type Score } from './score.js'

export interface ScoredUnit {
  path: string
  level: Level
  score: number
}

export interface FindingGroup {
  rule: string
  category: Category
  /** Highest severity in the group. */
  severity: Level
  /** Counted findings in the group. */
  count: number
  /** Files the group spans, in report order. */
  paths: string[]
  message: string
  evidence?: string
}

/** Counted findings grouped by rule and evidence (or message): the same change in many files is one group. */
export function findingGroups(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>()
  for (const f of findings) {
    if (!counts(f)) continue
    const key = `${f.rule}\u0000${f.evidence ?? f.message}`
    const group = groups.get(key)
    if (group === undefined) {
      groups.set(key, {
        rule: f.rule,
        category: f.category,
        severity: f.severity,
        count: 1,
        paths: [f.path],
        message: f.message,
        ...(f.evidence ? { evidence: f.evidence } : {}),
      })
      continue
    }
    group.count++
    if (levelRank(f.severity) > levelRank(group.severity)) group.severity = f.severity
    if (!group.paths.includes(f.path)) group.paths.push(f.path)
  }
  return [...groups.values()]
}

/**
 * Level and score of a whole change: templates are scored on their own (`units`); findings
 * that belong to no template (governance files, memory schemas) are scored per file.
 */
export function aggregateScore(units: readonly ScoredUnit[], otherFindings: readonly Finding[], config: Config): Score {
  const byPath = new Map<string, Finding[]>()
  for (const f of otherFindings) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f])
  const all: ScoredUnit[] = [...units, ...[...byPath].map(([path, list]) => ({ path, ...scoreFindings(list, config) }))]
  const level = maxLevel(all.map((u) => u.level))
  const score = all.reduce((best, u) => Math.max(best, u.score), 0)
  const top = all.filter((u) => u.level === level).sort((a, b) => b.score - a.score)[0]
  const explanation: string[] = []
  if (top === undefined || (level === 'low' && score === 0)) explanation.push('no counted findings')
  else {
    // A file outside the templates has no explanation of its own: name its worst finding.
    const worst = units.some((u) => u.path === top.path) ? undefined : worstFinding(byPath.get(top.path) ?? [])
    explanation.push(
      `level ${level}: the highest of ${all.length} file${all.length === 1 ? '' : 's'} is ${top.path} (${top.level}, score ${top.score})${worst ? `: ${worst.message}` : ''}`,
    )
  }
  return { level, score, explanation }
}

function worstFinding(findings: readonly Finding[]): Finding | undefined {
  return findings.reduce<Finding | undefined>(
    (worst, f) => (worst === undefined || levelRank(f.severity) > levelRank(worst.severity) ? f : worst),
    undefined,
  )
}

// A template's 0–100 score combines its counted findings like independent risks, one
// *group* per rule: the same rule firing on several lines or variables is one weakness
// repeated, not several independent ones. Each group "fails" with a probability set by
// its highest severity; the score is the chance at least one does. So one critical
// outweighs many lows, and several different mediums add up.
import type { Config } from '../config/config.schema.js'
import { LEVELS, levelRank, maxLevel, type Finding, type Level } from '../types.js'

export const SEVERITY_WEIGHT: Readonly<Record<Level, number>> = { low: 0.05, medium: 0.2, high: 0.45, critical: 0.75 }

export interface Score {
  level: Level
  score: number
  /** Why this level and score, one reason per line. */
  explanation: string[]
}

export const counts = (f: Finding): boolean => !f.suppressed && !f.informational

/** The highest-severity counted finding of each rule, in first-seen order. */
export function ruleGroups(findings: readonly Finding[]): Finding[] {
  const best = new Map<string, Finding>()
  for (const f of findings) {
    if (!counts(f)) continue
    const seen = best.get(f.rule)
    if (seen === undefined || levelRank(f.severity) > levelRank(seen.severity)) best.set(f.rule, f)
  }
  return [...best.values()]
}

export function combinedScore(groups: readonly Finding[]): number {
  return Math.round(100 * (1 - groups.reduce((p, f) => p * (1 - SEVERITY_WEIGHT[f.severity]), 1)))
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

export function scoreFindings(findings: Finding[], config: Config): Score {
  const counted = findings.filter(counts)
  const groups = ruleGroups(counted)
  const score = combinedScore(groups)
  const bySeverity = maxLevel(counted.map((f) => f.severity))
  const byScore = thresholdLevel(score, config)
  const level = maxLevel([bySeverity, byScore])
  const explanation: string[] = []
  if (counted.length === 0) explanation.push('no counted findings')
  else {
    const tally = LEVELS.map((l) => [l, groups.filter((f) => f.severity === l).length] as const).filter(([, n]) => n > 0)
    const repeated =
      counted.length > groups.length
        ? ` (${plural(counted.length, 'finding')}; a rule that fires more than once counts once)`
        : ''
    explanation.push(
      `score ${score}/100 from ${tally.map(([l, n]) => `${n} ${l}`).join(', ')} rule${groups.length === 1 ? '' : 's'}${repeated}`,
    )
    const top = counted.find((f) => f.severity === bySeverity)
    if (top) explanation.push(`level ${bySeverity}: highest finding ${top.rule} (${top.path}:${top.line})`)
    if (levelRank(byScore) > levelRank(bySeverity))
      explanation.push(`raised to ${byScore}: score ${score} ≥ threshold ${config.thresholds[byScore as Exclude<Level, 'low'>]}`)
  }
  const skipped = findings.length - counted.length
  if (skipped > 0)
    explanation.push(`${plural(skipped, 'finding')} suppressed, informational or already in the base version (not counted)`)
  return { level, score, explanation }
}

export function thresholdLevel(score: number, config: Config): Level {
  const t = config.thresholds
  if (score >= t.critical) return 'critical'
  if (score >= t.high) return 'high'
  if (score >= t.medium) return 'medium'
  return 'low'
}

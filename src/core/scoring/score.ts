// The 0–100 score combines findings like independent risks: each counted finding
// "fails" with a probability set by its severity, and the score is the chance at least
// one does. So one critical outweighs many lows, and several mediums add up.
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

export function scoreFindings(findings: Finding[], config: Config): Score {
  const counted = findings.filter(counts)
  const score = Math.round(100 * (1 - counted.reduce((p, f) => p * (1 - SEVERITY_WEIGHT[f.severity]), 1)))
  const bySeverity = maxLevel(counted.map((f) => f.severity))
  const byScore = thresholdLevel(score, config)
  const level = maxLevel([bySeverity, byScore])
  const explanation: string[] = []
  if (counted.length === 0) explanation.push('no counted findings')
  else {
    const tally = LEVELS.map((l) => [l, counted.filter((f) => f.severity === l).length] as const).filter(([, n]) => n > 0)
    explanation.push(`score ${score}/100 from ${tally.map(([l, n]) => `${n} ${l}`).join(', ')} finding${counted.length === 1 ? '' : 's'}`)
    const top = counted.find((f) => f.severity === bySeverity)
    if (top) explanation.push(`level ${bySeverity}: highest finding ${top.rule} (${top.path}:${top.line})`)
    if (levelRank(byScore) > levelRank(bySeverity)) explanation.push(`raised to ${byScore}: score ${score} ≥ threshold ${config.thresholds[byScore as Exclude<Level, 'low'>]}`)
  }
  const skipped = findings.length - counted.length
  if (skipped > 0) explanation.push(`${skipped} finding${skipped === 1 ? '' : 's'} suppressed or informational (not counted)`)
  return { level, score, explanation }
}

export function thresholdLevel(score: number, config: Config): Level {
  const t = config.thresholds
  if (score >= t.critical) return 'critical'
  if (score >= t.high) return 'high'
  if (score >= t.medium) return 'medium'
  return 'low'
}

// Folds accuracy findings into an engine report the way the engine would have: into their
// template's findings, then every level, score and count recomputed. Pure; a new report.
import type { Config } from '../config/config.schema.js'
import type { Report } from '../report/types.js'
import { scoreFindings } from '../scoring/score.js'
import { CATEGORIES, LEVELS, levelRank, type Finding } from '../types.js'

export function withFindings(report: Report, extra: readonly Finding[], config: Config): Report {
  if (extra.length === 0) return report
  const templates = report.templates.map((t) => {
    const mine = extra.filter((f) => f.path === t.path)
    if (mine.length === 0) return t
    const findings = [...t.findings, ...mine].sort(bySeverityThenPath)
    return { ...t, findings, ...scoreFindings(findings, config) }
  })
  const findings = [...report.findings, ...extra].sort(bySeverityThenPath)
  const overall = scoreFindings(findings, config)
  return {
    ...report,
    level: overall.level,
    score: overall.score,
    explanation: overall.explanation,
    counts: {
      templates: templates.length,
      findings: findings.length,
      byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, findings.filter((f) => f.category === c).length]).filter(([, n]) => n !== 0)),
      byLevel: Object.fromEntries(LEVELS.map((l) => [l, findings.filter((f) => f.severity === l).length])) as Report['counts']['byLevel'],
    },
    templates,
    findings,
  }
}

function bySeverityThenPath(a: Finding, b: Finding): number {
  return levelRank(b.severity) - levelRank(a.severity) || a.path.localeCompare(b.path) || a.line - b.line || a.rule.localeCompare(b.rule)
}

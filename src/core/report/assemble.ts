// Builds a report from scored templates and findings: overall level, score, explanation and
// counts. Shared by the engine and by anything that folds in findings later (accuracy).
import type { Config } from '../config/config.schema.js'
import { scoreFindings } from '../scoring/score.js'
import { CATEGORIES, LEVELS, levelRank, type Finding } from '../types.js'
import { REPORT_VERSION, type Report, type TemplateReport } from './types.js'

export function bySeverityThenPath(a: Finding, b: Finding): number {
  return levelRank(b.severity) - levelRank(a.severity) || a.path.localeCompare(b.path) || a.line - b.line || a.rule.localeCompare(b.rule)
}

export function assembleReport(parts: { templates: TemplateReport[]; findings: Finding[]; policyFiles: string[]; ignored: Report['ignored'] }, config: Config): Report {
  const findings = [...parts.findings].sort(bySeverityThenPath)
  const overall = scoreFindings(findings, config)
  return {
    version: REPORT_VERSION,
    level: overall.level,
    score: overall.score,
    explanation: overall.explanation,
    counts: {
      templates: parts.templates.length,
      findings: findings.length,
      byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, findings.filter((f) => f.category === c).length]).filter(([, n]) => n !== 0)),
      byLevel: Object.fromEntries(LEVELS.map((l) => [l, findings.filter((f) => f.severity === l).length])) as Report['counts']['byLevel'],
    },
    templates: parts.templates,
    findings,
    policyFiles: parts.policyFiles,
    ignored: parts.ignored,
  }
}

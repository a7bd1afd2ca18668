// Builds a report from scored templates and findings: overall level, score, explanation,
// finding groups and counts. Shared by the engine and by anything that folds in findings
// later (accuracy).
import type { Config } from '../config/config.schema.js'
import { aggregateScore, findingGroups } from '../scoring/aggregate.js'
import { counts } from '../scoring/score.js'
import { CATEGORIES, LEVELS, levelRank, type Finding } from '../types.js'
import { REPORT_VERSION, type Report, type TemplateReport } from './types.js'

export function bySeverityThenPath(a: Finding, b: Finding): number {
  return (
    levelRank(b.severity) - levelRank(a.severity) ||
    a.path.localeCompare(b.path) ||
    a.line - b.line ||
    a.rule.localeCompare(b.rule)
  )
}

export function assembleReport(
  parts: {
    templates: TemplateReport[]
    findings: Finding[]
    policyFiles: string[]
    ignored: Report['ignored']
    suppressions?: Report['suppressions']
  },
  config: Config,
): Report {
  const findings = [...parts.findings].sort(bySeverityThenPath)
  const templatePaths = new Set(parts.templates.map((t) => t.path))
  const overall = aggregateScore(
    parts.templates,
    findings.filter((f) => !templatePaths.has(f.path)),
    config,
  )
  const groups = findingGroups(findings)
  const repeated = groups.filter((g) => g.paths.length > 1)
  const explanation = [
    ...overall.explanation,
    ...repeated
      .slice(0, 5)
      .map((g) => `one change in ${g.paths.length} files counts as one finding group: ${g.rule} (${g.evidence ?? g.message})`),
  ]
  const counted = findings.filter(counts)
  return {
    version: REPORT_VERSION,
    level: overall.level,
    score: overall.score,
    explanation,
    counts: {
      templates: parts.templates.length,
      findings: counted.length,
      informational: findings.length - counted.length,
      byCategory: Object.fromEntries(
        CATEGORIES.map((c): [string, number] => [c, counted.filter((f) => f.category === c).length]).filter(([, n]) => n !== 0),
      ),
      byLevel: Object.fromEntries(
        LEVELS.map((l) => [l, counted.filter((f) => f.severity === l).length]),
      ) as Report['counts']['byLevel'],
    },
    templates: parts.templates,
    findings,
    groups,
    policyFiles: parts.policyFiles,
    ignored: parts.ignored,
    ...(parts.suppressions === undefined ? {} : { suppressions: parts.suppressions }),
  }
}

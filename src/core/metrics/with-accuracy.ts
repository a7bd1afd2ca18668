// Folds accuracy findings into an engine report the way the engine would have: into their
// template's findings, then every level, score and count recomputed. Pure; a new report.
import type { Config } from '../config/config.schema.js'
import { assembleReport, bySeverityThenPath } from '../report/assemble.js'
import type { Report } from '../report/types.js'
import { scoreFindings } from '../scoring/score.js'
import type { Finding } from '../types.js'

export function withFindings(report: Report, extra: readonly Finding[], config: Config): Report {
  if (extra.length === 0) return report
  const templates = report.templates.map((t) => {
    const mine = extra.filter((f) => f.path === t.path)
    if (mine.length === 0) return t
    const findings = [...t.findings, ...mine].sort(bySeverityThenPath)
    return { ...t, findings, ...scoreFindings(findings, config) }
  })
  return assembleReport(
    { templates, findings: [...report.findings, ...extra], policyFiles: report.policyFiles, ignored: report.ignored },
    config,
  )
}

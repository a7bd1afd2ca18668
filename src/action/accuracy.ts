// Accuracy from the repository's own eval step: parse the results files named by
// `accuracy.results`, compare with the last merged value in the audit log, and fold
// regressions into the report. No model is ever called here.
import type { Config } from '../core/config/config.schema.js'
import { attachAccuracy, previousForTemplates, renderAccuracyMarkdown, withFindings } from '../core/metrics/index.js'
import type { Report } from '../core/report/types.js'
import { readRecords } from '../flows/audit/append.js'
import type { AuditStore } from '../adapters/audit/store.js'
import { readEvalResults } from '../adapters/fs/eval-results.js'

export interface AccuracyOutcome {
  report: Report
  markdown: string
  warnings: string[]
  metrics: Record<string, { accuracy: number; samples: number }>
}

export async function applyAccuracy(
  report: Report,
  config: Config,
  workspace: string,
  audit: AuditStore,
  now: Date,
): Promise<AccuracyOutcome> {
  const { files, summaries } = await readEvalResults(workspace, config.accuracy.results)
  if (files.length === 0)
    return {
      report,
      markdown: '',
      warnings: config.accuracy.results.length > 0 ? [`no eval results matched ${config.accuracy.results.join(', ')}`] : [],
      metrics: {},
    }
  const snapshot = await audit.load()
  const previous = previousForTemplates(snapshot.tip ? readRecords(snapshot.files) : [], report.templates)
  const templates = report.templates.map((t) => ({ path: t.path, ...(t.name ? { name: t.name } : {}) }))
  const attached = attachAccuracy(report, summaries, previous, config, { now, templates })
  const metrics = Object.fromEntries(
    Object.entries(attached.metricsByPath).map(([path, m]) => [path, { accuracy: m.accuracy, samples: m.samples }]),
  )
  return {
    report: withFindings(report, attached.findings, config),
    markdown: renderAccuracyMarkdown(attached.metricsByPath, config.accuracy.tolerance),
    warnings: attached.warnings,
    metrics,
  }
}

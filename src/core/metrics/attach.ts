// The one call a shell makes with eval results: map them to templates, compare with the
// last merged values, and return findings (config overrides and suppressions applied) plus
// the per-template numbers for the PR comment and the audit record.
import type { Config } from '../config/config.schema.js'
import type { Report } from '../report/types.js'
import { applyConfig } from '../scoring/apply-config.js'
import type { Finding } from '../types.js'
import type { EvalSource, EvalSummary } from './eval-summary.js'
import { accuracyFindings, METRICS_RULES } from './findings.js'
import { mapToTemplates } from './mapping.js'

export interface TemplateAccuracy {
  accuracy: number
  /** The last merged value on the audit branch, or null for a first measurement. */
  previous: number | null
  samples: number
  source: EvalSource
  file: string
}

export interface AccuracyAttachment {
  /** Regressions on the changed templates of `report`. */
  findings: Finding[]
  /** Every template the results map to (changed or not). */
  metricsByPath: Record<string, TemplateAccuracy>
  /** Results that map to no template, or pooled results: show them, don't drop them. */
  warnings: string[]
}

export interface AttachOptions {
  /** For suppression expiry. */
  now: Date
  /** Every governed template with its `name:`, so results for unchanged templates, or
   * named only by `name:` (gh models), map. Defaults to the report's templates. */
  templates?: ReadonlyArray<{ path: string; name?: string }>
}

const RULES = new Map(METRICS_RULES.map((r) => [r.id, r]))

export function attachAccuracy(
  report: Pick<Report, 'templates'>,
  summaries: readonly EvalSummary[],
  previous: ReadonlyMap<string, number>,
  config: Config,
  options: AttachOptions,
): AccuracyAttachment {
  const known: ReadonlyArray<{ path: string; name?: string }> =
    options.templates ?? report.templates.map((t) => ({ path: t.path }))
  const paths = [...new Set([...known.map((t) => t.path), ...report.templates.map((t) => t.path)])]
  const names: Record<string, string> = {}
  for (const t of known) if (t.name) names[t.path] = t.name
  const mapping = mapToTemplates(summaries, paths, names)
  const changed = new Set(report.templates.filter((t) => t.digest.head !== null).map((t) => t.path))
  const ctx = { config, rules: RULES, today: options.now.toISOString().slice(0, 10) }
  const regressions = accuracyFindings(new Map([...mapping.byPath].filter(([path]) => changed.has(path))), previous, config)
  const findings = regressions.flatMap((f) => applyConfig(f.path, f.category, [f], ctx))
  const metricsByPath: Record<string, TemplateAccuracy> = {}
  for (const [path, s] of [...mapping.byPath].sort(([a], [b]) => a.localeCompare(b))) {
    metricsByPath[path] = {
      accuracy: s.accuracy,
      previous: previous.get(path) ?? null,
      samples: s.samples,
      source: s.source,
      file: s.file,
    }
  }
  return { findings, metricsByPath, warnings: mapping.warnings }
}

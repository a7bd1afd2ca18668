// Accuracy regressions: the eval accuracy of a template fell, since the last merged value
// on the audit branch, by more than `accuracy.tolerance`. The contract has no `accuracy`
// category; a quality drop is a model-behaviour change, so the rule lives under `model`.
import type { AuditRecord } from '../audit/record.schema.js'
import type { Config } from '../config/config.schema.js'
import type { RuleMeta } from '../detect/detector.js'
import type { Finding } from '../types.js'
import type { EvalSummary } from './eval-summary.js'
import { mapToTemplates } from './mapping.js'

export const ACCURACY_RULE: RuleMeta = {
  id: 'model.accuracy-regression',
  category: 'model',
  severity: 'high',
  title: 'Eval accuracy dropped beyond the tolerance',
  help: "The repo's own eval results show lower accuracy than the last merged value on the audit branch. Check the failing eval cases, fix the prompt, or raise `accuracy.tolerance` in `.github/promptops.yml` if the drop is noise.",
}

export const METRICS_RULES: readonly RuleMeta[] = [ACCURACY_RULE]

/** Audit record metric keys written for accuracy (the lead's Action writes them). */
export const ACCURACY_METRIC = 'accuracy'
export const ACCURACY_SAMPLES_METRIC = 'accuracySamples'

/** Float noise (0.93 − 0.91 = 0.0200…02) must not turn "exactly the tolerance" into a finding. */
const EPSILON = 1e-9

export function accuracyFindings(
  current: ReadonlyMap<string, EvalSummary>,
  previous: ReadonlyMap<string, number>,
  config: Pick<Config, 'accuracy'>,
): Finding[] {
  const { tolerance, severity } = config.accuracy
  const findings: Finding[] = []
  for (const [path, summary] of current) {
    const before = previous.get(path)
    if (before === undefined || summary.samples === 0) continue
    const drop = before - summary.accuracy
    if (drop - tolerance <= EPSILON) continue
    findings.push({
      category: ACCURACY_RULE.category,
      rule: ACCURACY_RULE.id,
      severity,
      message: `accuracy ${num(before)} → ${num(summary.accuracy)} (${signed(summary.accuracy - before)}, tolerance ${num(tolerance)}) on ${summary.samples} samples`,
      path,
      line: 1,
      evidence: `${summary.source}: ${summary.file}`,
    })
  }
  return findings
}

/** "−0.05", "+0.02", "±0.00". */
export function signed(delta: number): string {
  const sign = delta < -EPSILON ? '−' : delta > EPSILON ? '+' : '±'
  return `${sign}${num(Math.abs(delta))}`
}

/** At least two decimals, at most three: 0.9 → "0.90", 0.905 → "0.905". */
export function num(n: number): string {
  const fixed = n.toFixed(3)
  return fixed.endsWith('0') ? n.toFixed(2) : fixed
}

/** The latest merged accuracy per path (records in seq order, renames followed back). */
export function previousAccuracy(records: readonly AuditRecord[], paths: Iterable<string>): Map<string, number> {
  const result = new Map<string, number>()
  for (const path of paths) {
    const names = new Set([path])
    for (let i = records.length - 1; i >= 0 && !result.has(path); i--) {
      for (const t of records[i]?.predicate.templates ?? []) {
        if (!names.has(t.path)) continue
        const value = t.metrics[ACCURACY_METRIC]
        if (value !== undefined) result.set(path, value)
        if (t.oldPath) names.add(t.oldPath)
      }
    }
  }
  return result
}

/** `previousAccuracy` keyed by each report template's head path; a template this PR renames
 * keeps the value merged under its old path. */
export function previousForTemplates(
  records: readonly AuditRecord[],
  templates: ReadonlyArray<{ path: string; oldPath?: string }>,
): Map<string, number> {
  const found = previousAccuracy(
    records,
    templates.map((t) => t.oldPath ?? t.path),
  )
  const result = new Map<string, number>()
  for (const t of templates) {
    const value = found.get(t.oldPath ?? t.path)
    if (value !== undefined) result.set(t.path, value)
  }
  return result
}

/** Accuracy per changed template from eval results, as audit-record metrics. */
export function accuracyMetrics(
  summaries: readonly EvalSummary[],
  templates: ReadonlyArray<{ path: string; name?: string }>,
): Record<string, Record<string, number>> {
  const names = Object.fromEntries(templates.flatMap((t) => (t.name ? [[t.path, t.name]] : [])))
  const { byPath } = mapToTemplates(
    summaries,
    templates.map((t) => t.path),
    names,
  )
  return Object.fromEntries(
    [...byPath].map(([path, s]) => [path, { [ACCURACY_METRIC]: s.accuracy, [ACCURACY_SAMPLES_METRIC]: s.samples }]),
  )
}

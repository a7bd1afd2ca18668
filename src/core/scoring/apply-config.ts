// Turn detector drafts into findings: category from the rule registry, severity
// overrides, suppressions (only with a written reason, and always shown), informational.
import picomatch from 'picomatch'
import type { Config, Suppression } from '../config/config.schema.js'
import type { RuleMeta } from '../detect/detector.js'
import type { Category, Finding, FindingDraft } from '../types.js'

export interface ApplyContext {
  config: Config
  rules: ReadonlyMap<string, RuleMeta>
  /** ISO date (YYYY-MM-DD) used for suppression expiry. */
  today: string
}

export function applyConfig(path: string, category: Category, drafts: FindingDraft[], ctx: ApplyContext): Finding[] {
  const findings: Finding[] = []
  for (const draft of drafts) {
    const meta = ctx.rules.get(draft.rule)
    const finding: Finding = { ...draft, path: draft.path ?? path, category: draft.category ?? meta?.category ?? category }
    const override = severityOverride(ctx.config, finding)
    if (override === 'off') continue
    if (override) finding.severity = override
    if (ctx.config.informational.includes(finding.category)) finding.informational = true
    const suppression = ctx.config.suppressions.find((s) => suppresses(s, finding, ctx.today))
    if (suppression) finding.suppressed = { reason: suppression.reason }
    findings.push(finding)
  }
  return findings
}

function severityOverride(config: Config, finding: Finding): Finding['severity'] | 'off' | undefined {
  const entry = config.rules[finding.rule] ?? config.rules[finding.category]
  if (entry === undefined) return undefined
  return typeof entry === 'string' ? entry : entry.severity
}

function suppresses(s: Suppression, f: Finding, today: string): boolean {
  if (s.rule !== f.rule && s.rule !== f.category) return false
  if (s.path && !picomatch.isMatch(f.path, s.path, { dot: true })) return false
  if (s.line !== undefined && s.line !== f.line) return false
  if (s.until !== undefined && s.until < today) return false
  // Policy findings guard the governance itself: they cannot be suppressed away.
  return f.category !== 'policy'
}

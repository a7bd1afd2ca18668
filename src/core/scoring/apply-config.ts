// Turn detector drafts into findings: category from the rule registry, severity
// overrides, suppressions (only with a written reason, and always shown), informational.
// A suppression is bound to content by the finding's fingerprint (canonical/fingerprint.ts);
// a line number alone binds to nothing (see scoring/suppressions.ts for what is reported).
import picomatch from 'picomatch'
import { evidenceFingerprint } from '../canonical/fingerprint.js'
import type { Config, Suppression } from '../config/config.schema.js'
import type { RuleMeta } from '../detect/detector.js'
import type { Category, Finding, FindingDraft } from '../types.js'
import type { SuppressionLedger } from './suppressions.js'

export interface ApplyContext {
  config: Config
  rules: ReadonlyMap<string, RuleMeta>
  /** ISO date (YYYY-MM-DD) used for suppression expiry. */
  today: string
  /** Records which suppressions matched, for the report's suppression list. */
  ledger?: SuppressionLedger
}

export function applyConfig(path: string, category: Category, drafts: FindingDraft[], ctx: ApplyContext): Finding[] {
  const findings: Finding[] = []
  for (const draft of drafts) {
    const meta = ctx.rules.get(draft.rule)
    const finding: Finding = { ...draft, path: draft.path ?? path, category: draft.category ?? meta?.category ?? category }
    finding.fingerprint ??= evidenceFingerprint(finding.rule, finding.evidence, finding.message)
    const override = severityOverride(ctx.config, finding)
    if (override === 'off') continue
    if (override) finding.severity = override
    if (ctx.config.informational.includes(finding.category)) finding.informational = true
    const index = ctx.config.suppressions.findIndex((s) => suppresses(s, finding, ctx.today))
    const suppression = ctx.config.suppressions[index]
    if (suppression) {
      finding.suppressed = { reason: suppression.reason }
      ctx.ledger?.used.add(index)
    }
    findings.push(finding)
  }
  return findings
}

function severityOverride(config: Config, finding: Finding): Finding['severity'] | 'off' | undefined {
  const entry = config.rules[finding.rule] ?? config.rules[finding.category]
  if (entry === undefined) return undefined
  return typeof entry === 'string' ? entry : entry.severity
}

/** Whether `s` names `f` (rule or category, path glob, fingerprint), ignoring expiry. */
export function names(s: Suppression, f: Finding): boolean {
  if (s.rule !== f.rule && s.rule !== f.category) return false
  return s.path === undefined || picomatch.isMatch(f.path, s.path, { dot: true })
}

function suppresses(s: Suppression, f: Finding, today: string): boolean {
  if (!names(s, f)) return false
  if (s.fingerprint !== undefined ? s.fingerprint !== f.fingerprint : s.line !== undefined) return false
  if (s.until !== undefined && s.until < today) return false
  // Policy findings guard the governance itself: they cannot be suppressed away.
  return f.category !== 'policy'
}

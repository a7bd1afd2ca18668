// What one merged PR contributes to the audit log: the engine's report, the routing
// decision and the PR's facts, reduced to digests, findings and approvals. buildRecord
// redacts and validates every value (record-values.ts); here only whole fields are left out.
import { overallVerdict } from '../data-classes/judge.js'
import type { Report } from '../report/types.js'
import type { Review, RoutingDecision } from '../routing/types.js'
import type { AuditRecordInput } from './record.js'
import type { AuditApproval, AuditDataHandling, AuditSla } from './record.schema.js'

export interface MergedPull {
  repository: string
  number: number
  title: string
  author: string
  url: string
  base: string
  head: string
  mergeCommit: string
  mergedAt: string
}

/** Categories whose evidence can quote prompt text: records keep only their rule and line. */
const QUOTES_PROMPT = new Set(['guardrails', 'injection', 'toxicity'])
const REVIEW_STATES = new Set(['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED'])

export interface AuditExtras {
  sla?: AuditSla
  /** Per-template metrics measured outside the engine (e.g. accuracy from eval results). */
  metrics?: Readonly<Record<string, Record<string, number>>>
}

export function auditInput(
  pull: MergedPull,
  report: Report,
  decision: RoutingDecision | null,
  reviews: ReadonlyArray<Review & { user: { login: string; id?: number } | null }>,
  configDigest: string,
  extras: AuditExtras = {},
): AuditRecordInput {
  const { sla } = extras
  const approvals: AuditApproval[] = reviews.flatMap((r) =>
    r.user && r.commit_id && REVIEW_STATES.has(r.state) && r.state !== 'COMMENTED'
      ? [
          {
            reviewer: r.user.login,
            reviewerId: r.user.id ?? 0,
            state: r.state as AuditApproval['state'],
            commit: r.commit_id,
            at: r.submitted_at ?? pull.mergedAt,
          },
        ]
      : [],
  )
  return {
    repository: pull.repository,
    pr: { number: pull.number, title: pull.title, author: pull.author, url: pull.url },
    base: pull.base,
    head: pull.head,
    mergeCommit: pull.mergeCommit,
    mergedAt: pull.mergedAt,
    level: report.level,
    score: report.score,
    findings: report.findings.map((f) => ({
      category: f.category,
      rule: f.rule,
      severity: f.severity,
      path: f.path,
      line: f.line,
      evidence: f.evidence && !QUOTES_PROMPT.has(f.category) ? f.evidence : null,
    })),
    configDigest,
    approvals,
    overrides: (decision?.overrides ?? []).map((o) => ({ by: o.login, reason: o.reason })),
    templates: report.templates.map((t) => ({
      path: t.path,
      oldPath: t.oldPath ?? null,
      digest: t.digest.head,
      provenance: t.provenance,
      metrics: { ...metricsOf(t), ...extras.metrics?.[t.path] },
      owners: t.owners,
      ...(t.dataClasses ? { dataHandling: dataHandlingOf(t.dataClasses) } : {}),
    })),
    ...(sla ? { sla } : {}),
  }
}

function dataHandlingOf(d: NonNullable<Report['templates'][number]['dataClasses']>): AuditDataHandling {
  const { host } = d
  return {
    classes: d.classes,
    provider: host.provider,
    host: host.host,
    region: host.region,
    model: host.model,
    verdict: overallVerdict(d.verdicts),
    redactTelemetry: d.redactTelemetry,
  }
}

function metricsOf(t: Report['templates'][number]): Record<string, number> {
  const m: Record<string, number> = {}
  if (t.cost.after) m.inputTokens = t.cost.after.inputTokens
  if (t.cost.after?.usdPerCall !== null && t.cost.after?.usdPerCall !== undefined) m.usdPerCall = t.cost.after.usdPerCall
  m.score = t.score
  return m
}

// The SLA outcome a merged PR records in the audit log.
import type { AuditSla } from '../audit/record.schema.js'
import type { Config } from '../config/config.schema.js'
import type { Report } from '../report/types.js'
import { firstReviewAt, slaPolicy, slaStatus } from './sla.js'

export function slaOutcome(
  report: Report,
  config: Config,
  pull: { author: string; openedAt: string | null; mergedAt: string },
  reviews: Parameters<typeof firstReviewAt>[0],
): AuditSla | undefined {
  const policy = slaPolicy(report, config)
  if (!policy || !pull.openedAt) return undefined
  const status = slaStatus(policy, pull.openedAt, firstReviewAt(reviews, pull.author), new Date(pull.mergedAt))
  const owners = [...new Set(report.templates.flatMap((t) => t.owners))].slice(0, 50)
  return {
    target: status.target,
    startedAt: status.startedAt,
    dueAt: status.dueAt,
    firstReviewAt: status.firstReviewAt,
    breached: status.breached,
    owners,
  }
}

// Review SLAs: how long a prompt change may wait for its reviewers. Targets come from
// `owners[].sla` globs in promptops.yml and from a template's own metadata; when several
// templates change, the strictest target applies. The clock starts when the PR is opened.
import picomatch from 'picomatch'
import type { Config } from '../config/config.schema.js'
import type { Report } from '../report/types.js'

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const

export function parseDuration(text: string): number | null {
  const m = /^(\d{1,6})([mhdw])$/.exec(text.trim())
  return m ? Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS] : null
}

export interface SlaPolicy {
  target: string
  ms: number
  escalate: string | null
  /** Which template set it. */
  template: string
}

export function slaPolicy(report: Report, config: Config): SlaPolicy | null {
  let best: SlaPolicy | null = null
  const consider = (target: string | undefined, escalate: string | null, template: string): void => {
    const ms = target ? parseDuration(target) : null
    if (target && ms !== null && (best === null || ms < best.ms)) best = { target, ms, escalate, template }
  }
  for (const t of report.templates) {
    if (t.status === 'unchanged') continue
    consider(t.sla, null, t.path)
    for (const rule of config.owners)
      if (picomatch.isMatch(t.path, rule.pattern, { dot: true })) consider(rule.sla, rule.escalate ?? null, t.path)
  }
  return best
}

export interface SlaStatus {
  target: string
  startedAt: string
  dueAt: string
  firstReviewAt: string | null
  /** Reviewed after the due time, or not reviewed and past it. */
  breached: boolean
  /** Not reviewed yet and past due: time to remind and escalate. */
  overdue: boolean
  escalate: string | null
}

export function slaStatus(policy: SlaPolicy, startedAt: string, firstReviewAt: string | null, now: Date): SlaStatus {
  const due = Date.parse(startedAt) + policy.ms
  const reviewed = firstReviewAt === null ? null : Date.parse(firstReviewAt)
  const overdue = reviewed === null && now.getTime() > due
  return {
    target: policy.target,
    startedAt,
    dueAt: new Date(due).toISOString(),
    firstReviewAt,
    breached: reviewed === null ? overdue : reviewed > due,
    overdue,
    escalate: policy.escalate,
  }
}

/** First review by someone other than the author (any state but PENDING). */
export function firstReviewAt(
  reviews: ReadonlyArray<{ user: { login: string } | null; state: string; submitted_at?: string }>,
  author: string,
): string | null {
  const times = reviews
    .flatMap((r) =>
      r.user && r.user.login.toLowerCase() !== author.toLowerCase() && r.state !== 'PENDING' && r.submitted_at
        ? [r.submitted_at]
        : [],
    )
    .sort()
  return times[0] ?? null
}

export function describeSla(s: SlaStatus): string {
  if (s.firstReviewAt)
    return `Review SLA ${s.target}: first review ${s.firstReviewAt}${s.breached ? ` — breached (due ${s.dueAt})` : ' — met'}`
  return `Review SLA ${s.target}: due ${s.dueAt}${s.overdue ? ` — OVERDUE${s.escalate ? `, escalated to ${s.escalate}` : ''}` : ''}`
}

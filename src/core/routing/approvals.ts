// Which approvals are valid at all: not by the author or a co-author, not cancelled by a
// later review, and given on the head or on a commit whose governed templates are identical.
import { approvalFreshness } from './freshness.js'
import { loginKey } from './principals.js'
import { decidingReviews, type UserReview } from './reviews.js'
import type { CountedApproval, RoutingInput } from './types.js'

export interface ApprovalSet {
  valid: CountedApproval[]
  discounted: Array<{ login: string; reason: string }>
}

export function collectApprovals(ordered: readonly UserReview[], input: RoutingInput): ApprovalSet {
  const excluded = excludedLogins(input)
  const result: ApprovalSet = { valid: [], discounted: [] }
  for (const { login, latest, approvedBefore } of decidingReviews(ordered)) {
    if (latest.state === 'CHANGES_REQUESTED') {
      if (approvedBefore) result.discounted.push({ login, reason: 'approval cancelled by a later CHANGES_REQUESTED review' })
      continue
    }
    if (latest.state === 'DISMISSED') {
      result.discounted.push({ login, reason: 'review was dismissed' })
      continue
    }
    const why = excluded.get(loginKey(login))
    if (why !== undefined) {
      result.discounted.push({ login, reason: why })
      continue
    }
    const freshness = approvalFreshness(latest.commit_id, input)
    if (!freshness.fresh) result.discounted.push({ login, reason: freshness.reason })
    else result.valid.push({ login, commit: latest.commit_id ?? '', via: freshness.via })
  }
  return result
}

/** Logins that may not approve, with the reason shown to users. */
export function excludedLogins(input: Pick<RoutingInput, 'author' | 'coAuthors'>): Map<string, string> {
  const excluded = new Map<string, string>()
  for (const login of input.coAuthors) excluded.set(loginKey(login), 'co-author or committer of governed changes cannot approve')
  excluded.set(loginKey(input.author), 'the pull request author cannot approve their own change')
  return excluded
}

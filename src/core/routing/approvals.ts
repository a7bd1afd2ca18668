// Which approvals are valid at all: given by a human with write access who did not author,
// co-author, commit or push the change, not cancelled by a later review, and bound to the
// diff under review (see freshness.ts).
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
    const why = excluded.get(loginKey(login)) ?? reviewerProblem(latest, input)
    if (why !== undefined) {
      result.discounted.push({ login, reason: why })
      continue
    }
    const freshness = approvalFreshness(latest, input)
    if (!freshness.fresh) result.discounted.push({ login, reason: freshness.reason })
    else result.valid.push({ login, commit: latest.commit_id ?? '', via: freshness.via })
  }
  return result
}

/** Logins that may not approve, with the reason shown to users. */
export function excludedLogins(input: Pick<RoutingInput, 'author' | 'coAuthors' | 'pushers'>): Map<string, string> {
  const excluded = new Map<string, string>()
  if (input.pushers !== undefined && 'known' in input.pushers) {
    for (const login of input.pushers.known)
      excluded.set(loginKey(login), 'pushed commits to this pull request, so cannot approve it')
  }
  for (const login of input.coAuthors)
    excluded.set(loginKey(login), 'author, co-author or committer of a commit in this pull request cannot approve')
  excluded.set(loginKey(input.author), 'the pull request author cannot approve their own change')
  return excluded
}

/** Why this reviewer's approval cannot count whoever they are, or undefined. */
export function reviewerProblem(
  review: Pick<UserReview, 'user' | 'author_can_push'>,
  input: Pick<RoutingInput, 'writeAccessKnown'>,
): string | undefined {
  if (isBot(review.user)) return 'bots and apps cannot approve; approvers are humans'
  if (!input.writeAccessKnown) return undefined
  if (review.author_can_push === undefined) return 'write access to the repository could not be verified'
  return review.author_can_push ? undefined : 'has no write access to the repository'
}

export function isBot(user: { login: string; type?: string }): boolean {
  return user.type === 'Bot' || /\[bot\]$/i.test(user.login)
}

// Break-glass overrides: a review by a member of `routing.overriders` with a body line
// `promptops-override: <reason>`. Overrides are held to the same freshness and
// self-approval rules as approvals, and need a written reason. The body must be the
// reviewer's own words: anyone with write access can edit another user's review body.
import { excludedLogins, reviewerProblem } from './approvals.js'
import { approvalFreshness } from './freshness.js'
import { isMember, loginKey, type TeamIndex } from './principals.js'
import { withdrawnLater, type UserReview } from './reviews.js'
import type { RoutingInput } from './types.js'

const MARKER = 'promptops-override:'
export const MIN_OVERRIDE_REASON = 10

/** The reason after the first `promptops-override:` line, or null when there is none. */
export function overrideReason(body: string | null | undefined): string | null {
  if (typeof body !== 'string') return null
  for (const line of body.split('\n')) {
    const trimmed = line.trim()
    if (trimmed.toLowerCase().startsWith(MARKER)) return trimmed.slice(MARKER.length).trim()
  }
  return null
}

export interface OverrideSet {
  overrides: Array<{ login: string; reason: string }>
  discounted: Array<{ login: string; reason: string }>
}

export function collectOverrides(ordered: readonly UserReview[], input: RoutingInput, teams: TeamIndex): OverrideSet {
  const result: OverrideSet = { overrides: [], discounted: [] }
  ordered.forEach((review, index) => {
    const reason = overrideReason(review.body)
    if (reason === null) return
    const login = review.user.login
    const problem =
      overrideProblem(review, reason, input, teams) ??
      (withdrawnLater(ordered, index) ? 'override withdrawn by a later CHANGES_REQUESTED or dismissal' : null)
    if (problem !== null) result.discounted.push({ login, reason: problem })
    else if (!result.overrides.some((o) => loginKey(o.login) === loginKey(login))) result.overrides.push({ login, reason })
  })
  return result
}

function overrideProblem(review: UserReview, reason: string, input: RoutingInput, teams: TeamIndex): string | null {
  if (review.state === 'DISMISSED') return 'override review was dismissed'
  if (review.state === 'CHANGES_REQUESTED') return 'an override cannot be given with a CHANGES_REQUESTED review'
  const login = review.user.login
  const writer = review.body_written_by
  if (writer === null) return 'override refused: who last edited the review body could not be read'
  if (writer !== undefined && loginKey(writer) !== loginKey(login))
    return `override refused: the review body was last edited by ${writer}, not by the reviewer`
  const excluded = excludedLogins(input).get(loginKey(login)) ?? reviewerProblem(review, input)
  if (excluded !== undefined) return `override refused: ${excluded}`
  if (input.pushers !== undefined && 'unknown' in input.pushers)
    return `override refused: who pushed the commits is unknown (${input.pushers.unknown})`
  const membership = overriderMembership(login, input.tierPolicy.overriders, teams)
  if (membership === 'no') return 'override refused: not a member of routing.overriders'
  if (membership === 'unknown') return 'override refused: overrider team membership is unknown'
  if (reason.length < MIN_OVERRIDE_REASON)
    return `override needs a written reason (${MIN_OVERRIDE_REASON} characters or more) after "${MARKER}"`
  const freshness = approvalFreshness(review, input)
  return freshness.fresh ? null : `override ${freshness.reason}`
}

function overriderMembership(login: string, overriders: readonly string[], teams: TeamIndex): 'yes' | 'no' | 'unknown' {
  const results = overriders.map((principal) => isMember(login, principal, teams))
  if (results.includes('yes')) return 'yes'
  return results.includes('unknown') ? 'unknown' : 'no'
}

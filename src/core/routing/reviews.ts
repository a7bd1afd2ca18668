// Review history helpers: chronological order and each reviewer's deciding review.
import { loginKey } from './principals.js'
import type { Review } from './types.js'

export type UserReview = Review & { user: { login: string } }

/** Chronological order: by `submitted_at` when every review has one, else as given (the API's order). */
export function orderReviews(reviews: readonly Review[]): UserReview[] {
  const withUser = reviews.filter(
    (r): r is UserReview => r.user !== null && typeof r.user?.login === 'string' && r.state !== 'PENDING',
  )
  if (!withUser.every((r) => typeof r.submitted_at === 'string')) return withUser
  return withUser
    .map((review, index) => ({ review, index }))
    .sort((a, b) => compare(a.review.submitted_at ?? '', b.review.submitted_at ?? '') || a.index - b.index)
    .map(({ review }) => review)
}

function compare(a: string, b: string): number {
  const ta = Date.parse(a)
  const tb = Date.parse(b)
  if (Number.isNaN(ta) || Number.isNaN(tb)) return 0
  return ta - tb
}

export interface ReviewerState {
  login: string
  /** The reviewer's latest review that is not a comment. */
  latest: UserReview
  /** True when an earlier review by the same person approved. */
  approvedBefore: boolean
}

/** Per reviewer, the latest APPROVED / CHANGES_REQUESTED / DISMISSED review decides. */
export function decidingReviews(ordered: readonly UserReview[]): ReviewerState[] {
  const byLogin = new Map<string, ReviewerState>()
  for (const review of ordered) {
    if (review.state === 'COMMENTED') continue
    const key = loginKey(review.user.login)
    const previous = byLogin.get(key)
    const approvedBefore = previous !== undefined && (previous.approvedBefore || previous.latest.state === 'APPROVED')
    byLogin.set(key, { login: review.user.login, latest: review, approvedBefore })
  }
  return [...byLogin.values()]
}

/** True when a later review by the same person requests changes or was dismissed. */
export function withdrawnLater(ordered: readonly UserReview[], index: number): boolean {
  const review = ordered[index]
  if (review === undefined) return false
  const key = loginKey(review.user.login)
  return ordered
    .slice(index + 1)
    .some((r) => loginKey(r.user.login) === key && (r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED'))
}

// An approval approves one diff: the governed files (every byte and file mode) of the commit it
// was given on, against the base branch the PR had then. It stays valid across commits that
// change nothing governed (rebases, unrelated files) and is void once anything governed
// differs from the head, or the base branch was switched or force-pushed after it.
import type { FreshVia, Review, RoutingInput } from './types.js'

export type Freshness = { fresh: true; via: FreshVia } | { fresh: false; reason: string }

type FreshnessInput = Pick<RoutingInput, 'headSha' | 'changedSince' | 'baseChangedAt'>

export function approvalFreshness(review: Pick<Review, 'commit_id' | 'submitted_at'>, input: FreshnessInput): Freshness {
  const commit = review.commit_id
  if (input.baseChangedAt && !(review.submitted_at && Date.parse(review.submitted_at) > Date.parse(input.baseChangedAt))) {
    return {
      fresh: false,
      reason: `given before the base branch was changed (${input.baseChangedAt}): the diff under review is not the one approved`,
    }
  }
  if (commit !== null && commit === input.headSha) return { fresh: true, via: 'head' }
  const since = commit === null ? undefined : input.changedSince[commit]
  if (since === undefined) {
    return {
      fresh: false,
      reason: `approved commit ${short(commit)} could not be compared with the head, so unchanged governed files cannot be proven; re-approve at ${short(input.headSha)}`,
    }
  }
  if (since !== null) return { fresh: false, reason: `stale: ${since} since approval at ${short(commit)}` }
  return { fresh: true, via: 'unchanged-since' }
}

export function short(sha: string | null): string {
  return sha === null || sha === '' ? '(none)' : sha.slice(0, 7)
}

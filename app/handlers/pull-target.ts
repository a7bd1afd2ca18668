// Which pull request an event is about, with the fields routing needs. Check-run and
// check-suite payloads carry only a stub, so the PR is fetched then.
import type { GitHubClient } from '../../src/adapters/github/octokit.js'
import type { RepoRef } from '../../src/adapters/github/repo-ref.js'

export interface PullTarget {
  number: number
  author: string
  headSha: string
  baseSha: string
  baseRef: string
  state: string
  merged: boolean
  draft: boolean
  title: string
  htmlUrl: string
  requestedUsers: string[]
  requestedTeams: string[]
  mergeCommitSha: string | null
  mergedAt: string | null
  /** When the PR was opened: the review-SLA clock starts here. */
  createdAt: string | null
}

interface PullLike {
  number: number
  user: { login: string } | null
  head: { sha: string }
  base: { sha: string; ref: string }
  state: string
  merged?: boolean | null
  merged_at?: string | null
  draft?: boolean
  title: string
  html_url: string
  requested_reviewers?: Array<{ login: string } | { slug?: string; name?: string }> | null
  requested_teams?: Array<{ slug: string }> | null
  merge_commit_sha?: string | null
  created_at?: string | null
}

export function toTarget(p: PullLike): PullTarget {
  return {
    number: p.number,
    author: p.user?.login ?? '',
    headSha: p.head.sha,
    baseSha: p.base.sha,
    baseRef: p.base.ref,
    state: p.state,
    merged: Boolean(p.merged ?? p.merged_at),
    draft: Boolean(p.draft),
    title: p.title,
    htmlUrl: p.html_url,
    requestedUsers: (p.requested_reviewers ?? []).flatMap((r) => ('login' in r ? [r.login] : [])),
    requestedTeams: (p.requested_teams ?? []).map((t) => t.slug),
    mergeCommitSha: p.merge_commit_sha ?? null,
    mergedAt: p.merged_at ?? null,
    createdAt: p.created_at ?? null,
  }
}

export async function fetchTarget(client: GitHubClient, repo: RepoRef, number: number): Promise<PullTarget> {
  const { data } = await client.rest.pulls.get({ ...repo, pull_number: number })
  return toTarget(data as PullLike)
}

/** PR numbers an event refers to. */
export function pullNumbers(payload: Record<string, unknown>): number[] {
  const p = payload as { pull_request?: { number: number }; check_run?: { pull_requests?: Array<{ number: number }> }; check_suite?: { pull_requests?: Array<{ number: number }> } }
  if (p.pull_request) return [p.pull_request.number]
  return (p.check_run?.pull_requests ?? p.check_suite?.pull_requests ?? []).map((x) => x.number)
}

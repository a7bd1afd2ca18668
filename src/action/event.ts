// What the workflow run is about, from the event payload the runner wrote to disk.
import type { MergedPullRequest } from '../flows/record-merged.js'
export type RunTarget =
  | { kind: 'pull_request'; number: number; base: string; head: string; baseRef: string; fork: boolean; url: string }
  | { kind: 'merge_group'; base: string; head: string }
  | { kind: 'merged'; pull: MergedPullRequest }
  | { kind: 'unsupported'; event: string }

interface PullPayload {
  action?: string
  pull_request?: {
    number: number
    html_url: string
    title: string
    user: { login: string } | null
    merged?: boolean
    merge_commit_sha?: string | null
    merged_at?: string | null
    created_at?: string
    base: { sha: string; ref: string; repo: { full_name: string } }
    head: { sha: string; repo: { full_name: string } | null }
  }
  merge_group?: { base_sha: string; head_sha: string }
}

export function readTarget(eventName: string, payload: unknown): RunTarget {
  const p = payload as PullPayload
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && p.pull_request) {
    const pr = p.pull_request
    if (p.action === 'closed') {
      if (!pr.merged || !pr.merge_commit_sha || !pr.merged_at)
        return { kind: 'unsupported', event: `${eventName}.closed without merge` }
      const pull = {
        number: pr.number,
        title: pr.title,
        author: pr.user?.login ?? '',
        htmlUrl: pr.html_url,
        headSha: pr.head.sha,
        baseSha: pr.base.sha,
        mergeCommitSha: pr.merge_commit_sha,
        mergedAt: pr.merged_at,
        createdAt: pr.created_at ?? null,
      }
      return { kind: 'merged', pull }
    }
    return {
      kind: 'pull_request',
      number: pr.number,
      base: pr.base.sha,
      head: pr.head.sha,
      baseRef: pr.base.ref,
      fork: pr.head.repo?.full_name !== pr.base.repo.full_name,
      url: pr.html_url,
    }
  }
  if (eventName === 'merge_group' && p.merge_group)
    return { kind: 'merge_group', base: p.merge_group.base_sha, head: p.merge_group.head_sha }
  return { kind: 'unsupported', event: eventName }
}

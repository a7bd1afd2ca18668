// What the workflow run is about, from the event payload the runner wrote to disk.
export type RunTarget =
  | { kind: 'pull_request'; number: number; base: string; head: string; baseRef: string; fork: boolean; url: string }
  | { kind: 'merge_group'; base: string; head: string }
  | { kind: 'unsupported'; event: string }

interface PullPayload {
  pull_request?: { number: number; html_url: string; base: { sha: string; ref: string; repo: { full_name: string } }; head: { sha: string; repo: { full_name: string } | null } }
  merge_group?: { base_sha: string; head_sha: string }
}

export function readTarget(eventName: string, payload: unknown): RunTarget {
  const p = payload as PullPayload
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && p.pull_request) {
    const pr = p.pull_request
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
  if (eventName === 'merge_group' && p.merge_group) return { kind: 'merge_group', base: p.merge_group.base_sha, head: p.merge_group.head_sha }
  return { kind: 'unsupported', event: eventName }
}

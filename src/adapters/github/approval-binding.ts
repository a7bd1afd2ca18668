// For approvals given on an earlier commit: did anything governed change since? Compares the
// pull request's change as of the approved commit (its merge base with the base branch → that
// commit) with its change now, path by path, by git mode and object id (see
// core/routing/binding.ts). One compare per approved commit and one query for all states.
import { changedSinceApproval } from '../../core/routing/binding.js'
import type { GitHubCache } from './cache.js'
import { compareCommits, type Comparison } from './compare.js'
import { readFileStates } from './file-states.js'
import type { FileRef } from './graphql/request.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

export interface BindingInput {
  base: string
  head: string
  current: Comparison
  /** Commits approvals were given on, other than the head. */
  approved: readonly string[]
  isGoverned: (path: string) => boolean
}

/** Per approved commit: null when nothing governed changed since; a reason otherwise. A
 * commit missing from the answer could not be compared (its approvals are then stale). */
export async function changedSinceApprovals(
  client: GitHubClient,
  repo: RepoRef,
  cache: GitHubCache,
  input: BindingInput,
): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {}
  if (input.approved.length === 0) return out
  const paths = (c: Comparison): string[] => c.entries.flatMap((e) => [e.path, ...(e.oldPath ? [e.oldPath] : [])])
  const currentPaths = paths(input.current)
  const compared: Array<{ commit: string; cmp: Comparison; governed: string[] }> = []
  for (const commit of input.approved) {
    const cmp = await compareCommits(client, repo, cache, input.base, commit, null).catch((error: { status?: number }) => {
      // A commit GitHub no longer has (force-pushed away and collected) cannot be compared.
      if (error.status === 404 || error.status === 422) return null
      throw error
    })
    if (cmp === null || cmp.incomplete !== null || input.current.incomplete !== null) continue
    compared.push({ commit, cmp, governed: [...new Set([...paths(cmp), ...currentPaths])].filter(input.isGoverned) })
  }
  const refs: FileRef[] = compared.flatMap(({ commit, cmp, governed }) =>
    governed.flatMap((path) =>
      [cmp.mergeBase, commit, input.current.mergeBase, input.head].map((at) => ({ commit: at, path, stateOnly: true })),
    ),
  )
  const { lookup } = await readFileStates(client, repo, cache, refs)
  for (const { commit, cmp } of compared) {
    const at = { approvedBase: cmp.mergeBase, approved: commit, currentBase: input.current.mergeBase, head: input.head }
    out[commit] = changedSinceApproval({
      approvedPaths: paths(cmp),
      currentPaths,
      isGoverned: input.isGoverned,
      state: (which, path) => {
        const s = lookup(at[which], path)
        return s ? `${s.mode}:${s.oid}` : null
      },
    })
  }
  return out
}

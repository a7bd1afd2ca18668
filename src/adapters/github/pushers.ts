// Who pushed the commits of a pull request, from the repository activity API (pushes, force
// pushes, branch creations and pull request merges on the head branch, with the account that
// made them). Git's author and committer fields are whatever the pusher wrote; the push is
// what GitHub saw.
import type { Pushers } from '../../core/routing/types.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

/** Pages of 100 activities read before the history counts as too long to check. */
const MAX_PAGES = 10
/** Every way an account moves a branch: a pull request merged into the PR's own branch (a
 * rebase merge keeps the commits' authors, so only the activity names the merger) counts. */
const PUSHES = new Set(['push', 'force_push', 'branch_creation', 'pr_merge', 'merge_queue_merge'])

/** The workflow token's account: any account with write access can make a workflow push
 * anything (a workflow on a branch of its own runs on push), so who is behind it is unknown. */
const WORKFLOW_TOKEN = 'github-actions[bot]'

/** Actors of pushes to `ref` in `headRepo` whose result is one of `commits` (the PR's commits:
 * a push whose commits were later force-pushed away left nothing under review). */
export async function pushersOf(
  client: GitHubClient,
  headRepo: RepoRef | null,
  ref: string,
  commits: ReadonlySet<string>,
): Promise<Pushers> {
  if (headRepo === null) return { unknown: 'the head repository was deleted' }
  const pushers = new Set<string>()
  try {
    // The activity API pages by cursor (Link rel="next"), which the iterator follows.
    let pages = 0
    for await (const { data } of client.paginate.iterator('GET /repos/{owner}/{repo}/activity', {
      ...headRepo,
      ref: `refs/heads/${ref}`,
      per_page: 100,
      direction: 'desc',
    })) {
      if (++pages > MAX_PAGES) return { unknown: `${ref} has more than ${MAX_PAGES * 100} recorded pushes` }
      for (const a of data) {
        if (!PUSHES.has(a.activity_type) || !commits.has(a.after)) continue
        if (!a.actor) return { unknown: `a push to ${ref} has no recorded actor` }
        if (a.actor.login.toLowerCase() === WORKFLOW_TOKEN)
          return {
            unknown: `a GitHub Actions workflow pushed ${a.after.slice(0, 7)} to ${ref}, and any account with write access can make one push; push the commits as a person`,
          }
        pushers.add(a.actor.login)
      }
    }
    return { known: [...pushers] }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404)
      return { unknown: `the push history of ${headRepo.owner}/${headRepo.repo} is not readable (HTTP ${status})` }
    throw error
  }
}

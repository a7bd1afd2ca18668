// The changed files of a pull request or merge group through the REST API, and whether the
// list is whole. GitHub's compare lists at most 300 files and a pull request's file list at
// most 3,000, without saying so: a file past the limit would simply be missing. So the count
// is checked (the pull request's `changed_files`), and anything that cannot be shown to be
// whole is reported as incomplete with the reason.
import { listPullFiles, toEntry, type ChangeEntry } from '../adapters/github/contents.js'
import type { GitHubClient } from '../adapters/github/octokit.js'
import type { RepoRef } from '../adapters/github/repo-ref.js'
import type { ScoredTarget } from './collect.js'

export const COMPARE_FILE_LIMIT = 300
export const PULL_FILE_LIMIT = 3000

export interface ListedFiles {
  entries: ChangeEntry[]
  /** The commit the head is compared with (the merge base, as a pull request's diff). */
  mergeBase: string
  /** Why `entries` may miss files, or null when the list is known to be whole. */
  incomplete: string | null
}

const count = (n: number): string => n.toLocaleString('en-US')
const ADVICE =
  'Check out the repository before the PromptOps step (actions/checkout; the Action fetches the commits it needs) so it reads the whole diff from git, or split the change.'

export async function listChangedFiles(client: GitHubClient, repo: RepoRef, target: ScoredTarget): Promise<ListedFiles> {
  // One compare gives the merge base and, on its first page, up to 300 files (per_page pages commits).
  const { data } = await client.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${target.base}...${target.head}`,
    per_page: 1,
  })
  const mergeBase = data.merge_base_commit.sha
  const compared = (data.files ?? []).map(toEntry)
  if (compared.length < COMPARE_FILE_LIMIT) return { entries: compared, mergeBase, incomplete: null }
  const limited = `GitHub's compare API lists at most ${count(COMPARE_FILE_LIMIT)} files and this change has at least that many, so PromptOps could not see every file. ${ADVICE}`
  if (target.kind !== 'pull_request') return { entries: compared, mergeBase, incomplete: limited }
  // The pull request's own list goes further, but it describes the pull request's current
  // head, and its length can only be trusted against `changed_files` for that same head.
  const { data: pull } = await client.rest.pulls.get({ ...repo, pull_number: target.number })
  if (pull.head.sha !== target.head) {
    const moved = `The pull request moved on to ${pull.head.sha.slice(0, 7)} since this event, so its longer file list does not describe ${target.head.slice(0, 7)}.`
    return { entries: compared, mergeBase, incomplete: `${limited} (${moved})` }
  }
  const listed = await listPullFiles(client, repo, target.number)
  if (listed.length >= pull.changed_files) return { entries: listed, mergeBase, incomplete: null }
  const limit = `GitHub's API lists at most ${count(PULL_FILE_LIMIT)} files of a pull request and this one changes ${count(pull.changed_files)}`
  const reason = `${limit}: PromptOps read ${count(listed.length)} and could not check the other ${count(pull.changed_files - listed.length)}. ${ADVICE}`
  return { entries: listed, mergeBase, incomplete: reason }
}

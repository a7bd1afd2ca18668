// REST compare `base...head`: the merge base and the changed files. GitHub lists at most 300
// files in a comparison; a pull request with more is listed through pulls/files, which stops at
// 3,000. A list that may be cut short is marked incomplete, so the decision fails closed.
import { listPullFiles, toEntry, type ChangeEntry } from './contents.js'
import { repoKey, type GitHubCache } from './cache.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'
import { isCommitSha } from './sha-cache.js'

export interface Comparison {
  mergeBase: string
  entries: ChangeEntry[]
  /** Why the list may be incomplete (null: it is complete). */
  incomplete: string | null
  /** Commits from the merge base to the head, as compare counts them (pull request commit
   * lists stop at 250; this does not). */
  totalCommits: number
}

/** GitHub's documented limits. */
export const COMPARE_FILE_LIMIT = 300
export const PULL_FILES_LIMIT = 3000

/** `pull`: list through pulls/files when the comparison is cut at 300 files (null: no PR).
 * Cached when both sides are commit SHAs: such a comparison never changes. */
export async function compareCommits(
  client: GitHubClient,
  repo: RepoRef,
  cache: GitHubCache,
  base: string,
  head: string,
  pull: number | null,
): Promise<Comparison> {
  const key = `${repoKey(client, repo)} ${base}...${head}#${pull ?? ''}`
  if (cache.comparisons.has(key)) return cache.comparisons.get(key)
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}`, per_page: 1 })
  const files = data.files ?? []
  let comparison: Comparison = {
    mergeBase: data.merge_base_commit.sha,
    entries: files.map(toEntry),
    incomplete: null,
    totalCommits: data.total_commits,
  }
  if (files.length >= COMPARE_FILE_LIMIT) {
    if (pull === null) comparison = { ...comparison, incomplete: `GitHub compares at most ${COMPARE_FILE_LIMIT} files` }
    else {
      const listed = await listPullFiles(client, repo, pull)
      // pulls/files describes the PR's head when it answers: a push meanwhile makes it the list
      // of another commit, which must not be judged (or remembered) as this one's.
      const { data: now } = await client.rest.pulls.get({ ...repo, pull_number: pull })
      if (now.head.sha !== head)
        return {
          ...comparison,
          incomplete: `the pull request moved to ${now.head.sha.slice(0, 7)} while its files were listed for ${head.slice(0, 7)}`,
        }
      const cut = listed.length >= PULL_FILES_LIMIT ? `GitHub lists at most ${PULL_FILES_LIMIT} files of a pull request` : null
      comparison = { ...comparison, entries: listed, incomplete: cut }
    }
  }
  if (isCommitSha(base) && isCommitSha(head)) cache.comparisons.set(key, comparison)
  return comparison
}

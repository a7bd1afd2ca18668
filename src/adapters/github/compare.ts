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
}

/** GitHub's documented limits. */
export const COMPARE_FILE_LIMIT = 300
export const PULL_FILES_LIMIT = 3000

/** `pull`: list through pulls/files when the comparison is cut at 300 files (null: no PR).
 * Cached when both sides are commit SHAs: such a comparison never changes. */
export async function compareCommits(client: GitHubClient, repo: RepoRef, cache: GitHubCache, base: string, head: string, pull: number | null): Promise<Comparison> {
  const key = `${repoKey(client, repo)} ${base}...${head}#${pull ?? ''}`
  if (cache.comparisons.has(key)) return cache.comparisons.get(key)
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}`, per_page: 1 })
  const files = data.files ?? []
  let comparison: Comparison = { mergeBase: data.merge_base_commit.sha, entries: files.map(toEntry), incomplete: null }
  if (files.length >= COMPARE_FILE_LIMIT) {
    if (pull === null) comparison = { ...comparison, incomplete: `GitHub compares at most ${COMPARE_FILE_LIMIT} files` }
    else {
      const listed = await listPullFiles(client, repo, pull)
      const cut = listed.length >= PULL_FILES_LIMIT ? `GitHub lists at most ${PULL_FILES_LIMIT} files of a pull request` : null
      comparison = { ...comparison, entries: listed, incomplete: cut }
    }
  }
  if (isCommitSha(base) && isCommitSha(head)) cache.comparisons.set(key, comparison)
  return comparison
}

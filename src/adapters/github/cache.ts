// What the GitHub adapters remember between calls: answers addressed by commit SHA or object
// id, which never change. The shell owns it: the App creates one at startup and shares it
// across events, the Action and each CLI command create one per run, and tests make their
// own (or a fresh one to count requests from cold). Keys name the server and repository, so
// one cache may serve several.
import type { BasePolicy } from './base-policy.js'
import type { Comparison } from './compare.js'
import type { FileText } from './contents.js'
import type { FileState } from './file-states.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'
import { ShaCache } from './sha-cache.js'

const MB = 1024 * 1024

export interface GitHubCache {
  /** File texts read through REST, by commit and path. */
  texts: ShaCache<FileText | null>
  /** Paths at commits (mode, object id, text) read through GraphQL. */
  states: ShaCache<FileState | null>
  /** Compare answers for a pair of commits. */
  comparisons: ShaCache<Comparison>
  /** Blob texts by object id (templates walked for includes). */
  blobTexts: ShaCache<string | null>
  /** Policy (config and CODEOWNERS) per base commit. */
  policies: ShaCache<BasePolicy>
}

/** Texts are weighed as UTF-16 bytes: 64 MB each for texts and states, 32 MB for blobs. */
export function createGitHubCache(): GitHubCache {
  return {
    texts: new ShaCache<FileText | null>(5000, 64 * MB, (t) => (t?.text?.length ?? 0) * 2),
    states: new ShaCache<FileState | null>(20_000, 64 * MB, (s) => (s?.text?.text?.length ?? 0) * 2),
    comparisons: new ShaCache<Comparison>(500),
    blobTexts: new ShaCache<string | null>(20_000, 32 * MB, (t) => (t?.length ?? 0) * 2),
    policies: new ShaCache<BasePolicy>(200),
  }
}

/** The key prefix for one repository on one server. */
export const repoKey = (client: GitHubClient, repo: RepoRef): string =>
  `${client.request.endpoint.DEFAULTS.baseUrl} ${repo.owner}/${repo.repo}`

// Gathers the snapshot the engine needs: changed files with contents, config and
// CODEOWNERS as of the base commit. From the local checkout when it has (or can fetch)
// both commits, which sees every file; else from the REST API, whose file lists stop at a
// limit: then `incomplete` says what was missed, and the run fails closed.
import type { Config } from '../core/config/config.schema.js'
import { classifier, type FileClassifier } from '../core/config/governed.js'
import { parseConfig } from '../core/config/parse-config.js'
import { CODEOWNERS_PATHS, pickCodeowners } from '../core/owners/index.js'
import { unwrap } from '../core/result.js'
import type { FileChange } from '../core/types.js'
import { loadChangeSet } from '../adapters/git/change-set.js'
import { ensureCommits } from '../adapters/git/ensure-commits.js'
import { fileReader } from '../adapters/git/git.js'
import { loadContents, readContent } from '../adapters/github/contents.js'
import type { GitHubCache } from '../adapters/github/cache.js'
import type { GitHubClient } from '../adapters/github/octokit.js'
import type { RepoRef } from '../adapters/github/repo-ref.js'
import { listChangedFiles } from './api-files.js'
import type { RunTarget } from './event.js'

export interface Snapshot {
  source: 'checkout' | 'api'
  config: Config
  codeowners: string | null
  /** CODEOWNERS paths that exist at the base. */
  codeownersAtBase: string[]
  files: FileChange[]
  /** Why the file list is not the whole change (an API limit), or null when it is. */
  incomplete: string | null
}

export type ScoredTarget = Extract<RunTarget, { kind: 'pull_request' | 'merge_group' }>
type Target = ScoredTarget

interface Source {
  read(commit: string, path: string): Promise<string | null>
  changes(classify: FileClassifier): Promise<{ files: FileChange[]; incomplete: string | null }>
}

export async function collectSnapshot(
  target: Target,
  configPath: string,
  workspace: string,
  client: GitHubClient,
  repo: RepoRef,
  cache: GitHubCache,
  log: (m: string) => void,
): Promise<Snapshot> {
  const local = await ensureCommits(workspace, [target.base, target.head], log)
  const source: Source = local ? checkoutSource(workspace, target) : apiSource(client, repo, cache, target)
  // Asked for together: from a checkout, one git process reads all four.
  const [configText, ...ownerTexts] = await Promise.all([configPath, ...CODEOWNERS_PATHS].map((p) => source.read(target.base, p)))
  const config = unwrap(parseConfig(configText ?? null, configPath))
  const owners = CODEOWNERS_PATHS.map((p, i) => [p, ownerTexts[i] ?? undefined] as const)
  const { files, incomplete } = await source.changes(classifier(config))
  return {
    source: local ? 'checkout' : 'api',
    config,
    codeowners: pickCodeowners(Object.fromEntries(owners))?.text ?? null,
    codeownersAtBase: owners.flatMap(([p, text]) => (text === undefined ? [] : [p])),
    files,
    incomplete,
  }
}

function checkoutSource(workspace: string, target: Target): Source {
  return {
    read: fileReader(workspace),
    changes: async (classify) => ({
      files: await loadChangeSet(workspace, target.base, target.head, classify),
      incomplete: null,
    }),
  }
}

function apiSource(client: GitHubClient, repo: RepoRef, cache: GitHubCache, target: Target): Source {
  return {
    read: async (commit, path) => {
      const bytes = await readContent(client, repo, path, commit)
      return bytes ? new TextDecoder().decode(bytes) : null
    },
    changes: async (classify) => {
      const listed = await listChangedFiles(client, repo, target)
      return {
        files: await loadContents(client, repo, cache, listed.entries, listed.mergeBase, target.head, classify),
        incomplete: listed.incomplete,
      }
    },
  }
}

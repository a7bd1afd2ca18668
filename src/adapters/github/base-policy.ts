// Policy as of the PR's base branch, through the API. Never the head: the author controls it.
import { CONFIG_PATH, parseConfig } from '../../core/config/parse-config.js'
import { CODEOWNERS_PATHS } from '../../core/owners/index.js'
import type { Config } from '../../core/config/config.schema.js'
import type { ConfigError } from '../../core/errors.js'
import type { Result } from '../../core/result.js'
import { readContent } from './contents.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

export interface BasePolicy {
  /** False when the base branch has no config: the App fails closed on that. */
  configFound: boolean
  /** The raw config text (its digest goes into audit records). */
  configText: string | null
  config: Result<Config, ConfigError>
  codeowners: { path: string; text: string } | null
}

const text = (bytes: Uint8Array | null): string | null => (bytes ? new TextDecoder().decode(bytes) : null)

export async function loadBasePolicy(client: GitHubClient, repo: RepoRef, baseRef: string): Promise<BasePolicy> {
  const configText = text(await readContent(client, repo, CONFIG_PATH, baseRef))
  const config = parseConfig(configText, CONFIG_PATH)
  const configFound = configText !== null
  // GitHub uses the first CODEOWNERS it finds, so stop at the first hit.
  for (const path of CODEOWNERS_PATHS) {
    const found = text(await readContent(client, repo, path, baseRef))
    if (found !== null) return { configFound, configText, config, codeowners: { path, text: found } }
  }
  return { configFound, configText, config, codeowners: null }
}

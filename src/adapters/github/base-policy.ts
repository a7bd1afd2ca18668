// Policy as of the PR's base branch, through the API. Never the head: the author controls it.
import { CONFIG_PATH, parseConfig } from '../../core/config/parse-config.js'
import { CODEOWNERS_PATHS } from '../../core/owners/index.js'
import type { Config } from '../../core/config/config.schema.js'
import { ConfigError } from '../../core/errors.js'
import { err, type Result } from '../../core/result.js'
import { readText, type FileText } from './contents.js'
import type { GitHubCache } from './cache.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

export interface BasePolicy {
  /** False when the base branch has no config: the App fails closed on that. */
  configFound: boolean
  /** The raw config text (its digest goes into audit records). */
  configText: string | null
  config: Result<Config, ConfigError>
  codeowners: { path: string; text: string } | null
  /** Every CODEOWNERS path that exists at the base, in GitHub's lookup order. */
  codeownersPaths: string[]
}

/** The config's two names, `.yml` first (as the CLI reads them). */
const CONFIG_PATHS: readonly string[] = [CONFIG_PATH, '.github/promptops.yaml']

/** Every file policy is read from, config first, then CODEOWNERS in GitHub's lookup order. */
export const POLICY_PATHS: readonly string[] = [...CONFIG_PATHS, ...CODEOWNERS_PATHS]

/** Policy from the texts of POLICY_PATHS (null: absent). Pure. */
export function policyFrom(texts: ReadonlyMap<string, FileText | null>): BasePolicy {
  const configPath = CONFIG_PATHS.find((p) => texts.get(p)) ?? CONFIG_PATH
  const found = texts.get(configPath) ?? null
  const configText = found?.text ?? null
  const config = found?.binary
    ? err(new ConfigError(configPath, [{ at: '', line: 1, message: 'the file is not UTF-8 text' }]))
    : parseConfig(configText, configPath)
  // GitHub uses the first CODEOWNERS it finds (a binary one owns nothing).
  const present = CODEOWNERS_PATHS.flatMap((path) => {
    const file = texts.get(path)
    return file ? [{ path, text: file.text ?? '' }] : []
  })
  return {
    configFound: found !== null,
    configText,
    config,
    codeowners: present[0] ?? null,
    codeownersPaths: present.map((c) => c.path),
  }
}

/** The config alone, through REST (for callers that need no owners). */
export async function loadBaseConfig(
  client: GitHubClient,
  repo: RepoRef,
  cache: GitHubCache,
  baseRef: string,
): Promise<BasePolicy['config']> {
  const texts = new Map<string, FileText | null>()
  for (const path of CONFIG_PATHS) texts.set(path, await readText(client, repo, cache, path, baseRef))
  return policyFrom(texts).config
}

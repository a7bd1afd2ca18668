// Policy (promptops.yml + CODEOWNERS) as of one commit of a local clone.
import type { Config } from '../../core/config/config.schema.js'
import { CONFIG_PATH, parseConfig } from '../../core/config/parse-config.js'
import type { ConfigError } from '../../core/errors.js'
import { CODEOWNERS_PATHS, pickCodeowners } from '../../core/owners/index.js'
import type { Result } from '../../core/result.js'
import { readBlobs } from './git.js'

export interface RepoPolicy {
  commit: string
  configText: string | null
  config: Result<Config, ConfigError>
  codeowners: { path: string; text: string } | null
  /** Every CODEOWNERS path that exists at the commit, in GitHub's lookup order. */
  codeownersPaths: string[]
}

export async function loadPolicyAt(
  repo: string,
  commit: string,
  configOverride?: { path: string; text: string },
): Promise<RepoPolicy> {
  const paths = [CONFIG_PATH, '.github/promptops.yaml', ...CODEOWNERS_PATHS]
  const blobs = await readBlobs(
    repo,
    paths.map((p) => `${commit}:${p}`),
  )
  const text = (p: string): string | undefined => blobs.get(`${commit}:${p}`)?.toString('utf8')
  const configPath = text(CONFIG_PATH) !== undefined ? CONFIG_PATH : '.github/promptops.yaml'
  const configText = configOverride?.text ?? text(configPath) ?? null
  return {
    commit,
    configText,
    config: parseConfig(configText, configOverride?.path ?? configPath),
    codeowners: pickCodeowners(Object.fromEntries(CODEOWNERS_PATHS.map((p) => [p, text(p)]))),
    codeownersPaths: CODEOWNERS_PATHS.filter((p) => text(p) !== undefined),
  }
}

// For teams that do not run the App: on a merged pull request, the Action appends the
// decision to the audit branch itself, with the same code the App uses. Needs
// `contents: write` and the `audit-signing-key` input (an Ed25519 PKCS#8 PEM, from a secret).
import * as core from '@actions/core'
import { signerFromEnv } from '../adapters/audit/signer.js'
import type { GitHubCache } from '../adapters/github/cache.js'
import type { GitHubClient } from '../adapters/github/octokit.js'
import { recordMergedPull, type MergedPullRequest } from '../flows/record-merged.js'
import type { RepoRef } from '../adapters/github/repo-ref.js'
import { readEvalResults } from '../adapters/fs/eval-results.js'
import type { Config } from '../core/config/config.schema.js'

export async function recordMerge(
  client: GitHubClient,
  repo: RepoRef,
  cache: GitHubCache,
  pull: MergedPullRequest,
  key: string,
  serverUrl: string,
  workspace: string,
): Promise<void> {
  if (!key)
    return core.notice(
      'Merged pull request: set the audit-signing-key input to record it on the audit branch (or run the PromptOps App).',
    )
  const signer = signerFromEnv(
    {
      PROMPTOPS_SIGNING_KEY: key,
      PROMPTOPS_SIGNING_KEY_NAME: `${new URL(serverUrl).host}/${repo.owner}/${repo.repo}/promptops-audit`,
    },
    'promptops-audit',
  )
  if (!signer) throw new Error('audit-signing-key is not a usable key')
  // Accuracy measured by the repository's eval step on the merged code goes into the record.
  const evalSummaries = async (config: Config) => (await readEvalResults(workspace, config.accuracy.results)).summaries
  const outcome = await recordMergedPull(client, repo, pull, { signer, serverUrl, now: new Date(), cache, evalSummaries })
  if (outcome.status === 'no-policy') throw new Error(`not recorded: ${outcome.message}`)
  core.info(`audit: ${JSON.stringify(outcome)}`)
  core.setOutput('audit-record', 'path' in outcome ? outcome.path : '')
}

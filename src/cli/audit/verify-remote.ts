// `audit verify --github-repo`: what GitHub holds about the audit branch (its tip, and the
// App's witness checkpoints), read with GITHUB_TOKEN. Loaded only when asked for, so plain
// `audit verify` starts without the GitHub client.
import type { Anchor } from '../../core/audit/index.js'
import { UsageError } from '../../core/errors.js'
import { witnessesOn } from '../../adapters/github/audit-witness.js'
import { scanWitnesses } from '../../adapters/github/audit-witness-scan.js'
import { clientFromEnv, type GitHubClient } from '../../adapters/github/octokit.js'
import { parseRepo, type RepoRef } from '../../adapters/github/repo-ref.js'
import { VERSION } from '../../version.js'
import type { CliIo } from '../io.js'

export interface RemoteView {
  /** GitHub's tip of the branch; null when it does not exist there. */
  tip: string | null
  /** Distinct witnessed checkpoints for the branch. */
  anchors: Anchor[]
  /** Where witnesses were looked for. */
  searched: string
  /** Apps whose check runs held witnesses. */
  apps: string[]
}

export interface RemoteOptions {
  repo: string
  branch: string
  /** Merge commit of the newest record in the local copy (its witnesses are read directly). */
  lastMerge: string | null
  appId?: number
  depth: number
}

export async function readRemote(io: CliIo, options: RemoteOptions): Promise<RemoteView> {
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN
  if (!token) throw new UsageError('--github-repo needs GITHUB_TOKEN (read access to the repository and its checks)')
  const repo = parseRepoArg(options.repo)
  const client = clientFromEnv(io.env, {
    token,
    userAgent: `promptops-cli/${VERSION}`,
    log: { warn: (m) => io.stderr(`${m}\n`) },
  })
  const tip = await remoteTip(client, repo, options.branch)
  const appId = options.appId !== undefined ? { appId: options.appId } : {}
  const direct = options.lastMerge ? await witnessesOn(client, repo, options.lastMerge, options.branch, options.appId) : []
  const scan = await scanWitnesses(client, repo, options.branch, { ...appId, maxCommits: options.depth, stopAtFirst: false })
  const anchors = distinct([...direct, ...scan.anchors])
  const searched = `${options.lastMerge ? `merge commit ${options.lastMerge.slice(0, 12)} and ` : ''}${scan.commits} commits of ${scan.ref ?? 'the default branch'}`
  return { tip, anchors, searched, apps: scan.apps }
}

function parseRepoArg(text: string): RepoRef {
  try {
    return parseRepo(text)
  } catch (error) {
    throw new UsageError(`--github-repo: ${(error as Error).message}`)
  }
}

async function remoteTip(client: GitHubClient, repo: RepoRef, branch: string): Promise<string | null> {
  try {
    return (await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` })).data.object.sha
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'status' in error && error.status === 404) return null
    throw error
  }
}

/** One anchor per checkpoint: the same one sits on the newest merge commit and the one before. */
function distinct(anchors: readonly Anchor[]): Anchor[] {
  const seen = new Map<string, Anchor>()
  for (const a of anchors) if (!seen.has(a.checkpoint)) seen.set(a.checkpoint, a)
  return [...seen.values()]
}

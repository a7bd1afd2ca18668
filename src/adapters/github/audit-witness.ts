// The audit log's witness on GitHub: a completed check run named `promptops/audit`, created by
// the App on each merge commit it records (and on the previous newest one), whose text carries
// the signed checkpoint. Only the App that created a check run can update it and GitHub has no
// API to delete one, so people with push or admin rights to the repository cannot take it back.
// Reading costs one REST call (the runs on the newest record's merge commit); only when that
// commit has none does it search the default branch's history with GraphQL, 100 commits a query.
import { formatWitness, parseWitness, WITNESS_CHECK_NAME, type Anchor } from '../../core/audit/index.js'
import { PromptOpsError } from '../../core/errors.js'
import type { AuditWitness, WitnessReading, WitnessTarget } from '../audit/witness.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'
import { scanWitnesses, type ScanOptions } from './audit-witness-scan.js'

export interface GitHubWitnessOptions {
  /** The App's id: only its check runs count. Without it, every run counts and verification
   * weeds out any whose checkpoint is not signed with the log's key. */
  appId?: number
  /** Commits of the default branch searched when the newest record's merge commit has no witness. */
  scanCommits?: number
  warn?: (message: string) => void
}

/** Witness runs on one commit, newest first, at most this many pages of 100. */
const MAX_RUN_PAGES = 5
const DEFAULT_SCAN_COMMITS = 300

export function githubAuditWitness(client: GitHubClient, repo: RepoRef, options: GitHubWitnessOptions = {}): AuditWitness {
  const scan: ScanOptions = {
    ...(options.appId !== undefined ? { appId: options.appId } : {}),
    maxCommits: options.scanCommits ?? DEFAULT_SCAN_COMMITS,
    stopAtFirst: true,
  }
  return {
    async read(branch, lastMerge): Promise<WitnessReading> {
      if (lastMerge !== null) {
        const anchors = await witnessesOn(client, repo, lastMerge, branch, options.appId)
        if (anchors.length > 0) return { anchors, searched: `merge commit ${lastMerge.slice(0, 12)}` }
      }
      const found = await scanWitnesses(client, repo, branch, scan)
      return { anchors: found.anchors, searched: `${found.commits} commits of ${found.ref ?? 'the default branch'}` }
    },
    async write(branch, auditCommit, checkpoint, targets): Promise<string[]> {
      const text = formatWitness({ branch, commit: auditCommit, checkpoint })
      const failed: string[] = []
      for (const target of targets) {
        try {
          await createRun(client, repo, target, 'success', text)
        } catch (error) {
          failed.push(`${target.commit.slice(0, 12)}: ${messageOf(error)}`)
        }
      }
      if (failed.length > 0) options.warn?.(`audit: witness not written on ${failed.join('; ')}`)
      return failed
    },
    async refuse(commit, reason): Promise<void> {
      const target = { commit, title: 'Not recorded: the audit log failed its integrity check', summary: reason }
      await createRun(client, repo, target, 'failure', null).catch((error: unknown) =>
        options.warn?.(`audit: could not report the refusal on ${commit.slice(0, 12)}: ${messageOf(error)}`),
      )
    },
  }
}

async function createRun(
  client: GitHubClient,
  repo: RepoRef,
  target: WitnessTarget,
  conclusion: 'success' | 'failure',
  text: string | null,
): Promise<void> {
  const output = { title: target.title, summary: target.summary, ...(text ? { text } : {}) }
  await client.rest.checks.create({
    ...repo,
    name: WITNESS_CHECK_NAME,
    head_sha: target.commit,
    status: 'completed',
    conclusion,
    output,
  })
}

/** Every witness of `branch` on `commit`, as anchors. A commit GitHub does not know has none. */
export async function witnessesOn(
  client: GitHubClient,
  repo: RepoRef,
  commit: string,
  branch: string,
  appId?: number,
): Promise<Anchor[]> {
  const anchors: Anchor[] = []
  for (let page = 1; page <= MAX_RUN_PAGES; page++) {
    let data
    try {
      const query = {
        ...repo,
        ref: commit,
        check_name: WITNESS_CHECK_NAME,
        filter: 'all' as const,
        per_page: 100,
        page,
        ...(appId !== undefined ? { app_id: appId } : {}),
      }
      data = (await client.rest.checks.listForRef(query)).data
    } catch (error) {
      if (statusOf(error) === 404 || statusOf(error) === 422) return anchors
      throw new PromptOpsError('audit-witness', `cannot read the audit witness on ${commit.slice(0, 12)}: ${messageOf(error)}`)
    }
    for (const run of data.check_runs) {
      const witness = parseWitness(run.output.text)
      if (witness?.branch === branch)
        anchors.push({
          checkpoint: witness.checkpoint,
          source: `witness on ${commit.slice(0, 12)} (check run ${run.id} by ${run.app?.slug ?? 'an unknown app'})`,
        })
    }
    if (page * 100 >= data.total_count) return anchors
  }
  throw new PromptOpsError(
    'audit-witness',
    `more than ${MAX_RUN_PAGES * 100} ${WITNESS_CHECK_NAME} runs on ${commit.slice(0, 12)}: cannot read the witness completely`,
  )
}

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

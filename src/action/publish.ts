// Writes the results where a workflow and its reviewers see them: files, outputs, job
// summary, and on pull requests the labels, sticky comment and `promptops/risk` check.
// A token that may not write (fork PRs) degrades to annotations with one notice.
import * as core from '@actions/core'
import { planCheckRun, toAnnotation } from '../core/plan/check-run.js'
import { labelPrefixes } from '../core/plan/labels.js'
import { approvalSummary } from '../core/report/approval-summary.js'
import { renderJson, renderMarkdown, renderSarif, type Config, type Report } from '../core/index.js'
import { applyCheckRun, applyComment, applyLabels, isForbidden, tokenAccount } from '../adapters/github/pull-outputs.js'
import type { GitHubClient } from '../adapters/github/octokit.js'
import type { RepoRef } from '../adapters/github/repo-ref.js'
import { VERSION } from '../version.js'
import type { ScoredTarget } from './collect.js'
import type { Inputs } from './inputs.js'
import { writeInWorkspace } from './output-files.js'

export interface PublishContext {
  inputs: Inputs
  workspace: string
  client: GitHubClient
  repo: RepoRef
  target: ScoredTarget
  serverUrl: string
  runUrl?: string
  /** The policy in force (promptops.yml at the base commit). */
  config: Config
  /** Owners of a changed path at the base commit (CODEOWNERS + config). */
  ownersOf: (path: string) => string[]
}

/** The JSON report and SARIF files, written only inside the workspace and never through a link. */
export async function writeFiles(report: Report, ctx: PublishContext): Promise<{ reportPath: string; sarifPath: string }> {
  const reportPath = await writeInWorkspace(ctx.workspace, 'report-path', ctx.inputs.reportPath, `${renderJson(report)}\n`)
  const sarifPath = await writeInWorkspace(
    ctx.workspace,
    'sarif-path',
    ctx.inputs.sarifPath,
    `${renderSarif(report, { toolVersion: VERSION })}\n`,
  )
  return { reportPath, sarifPath }
}

export function markdownFor(report: Report, ctx: PublishContext): string {
  const repoUrl = `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}`
  const checksUrl = ctx.target.kind === 'pull_request' ? { checksUrl: `${repoUrl}/pull/${ctx.target.number}/checks` } : {}
  const approval = approvalSummary(report, ctx.config, ctx.ownersOf)
  return renderMarkdown(report, {
    blobUrl: `${repoUrl}/blob/${ctx.target.head}/`,
    baseBlobUrl: `${repoUrl}/blob/${ctx.target.base}/`,
    approval,
    ...checksUrl,
  })
}

/**
 * Labels, comment and check run. Returns what was skipped for lack of permission.
 * The three touch different resources, so they go out at once: a run waits for the
 * longest of them rather than their sum (each is a few round trips). Only reads overlap:
 * the client sends writes one at a time, as GitHub asks (octokit.ts).
 */
export async function publishToPull(report: Report, markdown: string, ctx: PublishContext): Promise<string[]> {
  const { inputs, client, repo, target } = ctx
  const failOn = inputs.failOn === 'none' ? undefined : inputs.failOn
  const writes: Array<[what: string, write: () => Promise<unknown>]> = []
  if (inputs.checkRun)
    writes.push(['check run', () => applyCheckRun(client, repo, target.head, planCheckRun(report, failOn, markdown), ctx.runUrl)])
  if (target.kind === 'pull_request') {
    if (inputs.labelPrefix)
      core.warning('The label-prefix input is deprecated: set labels.prefix in .github/promptops.yml instead.')
    if (inputs.labels)
      writes.push([
        'labels',
        () => applyLabels(client, repo, target.number, report, labelPrefixes(ctx.config.labels, inputs.labelPrefix)),
      ])
    if (inputs.comment !== 'never') writes.push(['comment', () => postComment(report, markdown, ctx, target.number)])
  }
  // Every write runs to its end before an error is raised, so none is left half done.
  const outcomes = await Promise.allSettled(
    writes.map(async ([what, write]) => {
      try {
        await write()
        return null
      } catch (error) {
        if (!isForbidden(error)) throw error
        return what
      }
    }),
  )
  const skipped: string[] = []
  for (const outcome of outcomes) {
    if (outcome.status === 'rejected') throw outcome.reason
    if (outcome.value !== null) skipped.push(outcome.value)
  }
  return skipped
}

async function postComment(report: Report, markdown: string, ctx: PublishContext, pull: number): Promise<string> {
  const self = await tokenAccount(ctx.client).catch((error: unknown) => {
    core.warning(
      `Could not tell which account the token posts as (${error instanceof Error ? error.message : String(error)}): posting a new comment rather than updating one that may not be ours.`,
    )
    return null
  })
  return applyComment(ctx.client, ctx.repo, pull, report, markdown, ctx.inputs.comment, self)
}

/** Workflow-command annotations: visible even when the token cannot create check runs. */
export function annotate(report: Report): void {
  for (const finding of report.findings.filter((f) => !f.baseLine).slice(0, 50)) {
    const a = toAnnotation(finding)
    const props = { title: a.title, file: a.path, startLine: a.start_line }
    if (a.annotation_level === 'failure') core.error(a.message, props)
    else if (a.annotation_level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
}

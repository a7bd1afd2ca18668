// The Action, step by step: inputs → event → snapshot → engine → publish → outputs.
import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { withFindings } from '../core/metrics/index.js'
import { incompleteChangeFinding } from '../core/setup/incomplete-change.js'
import { scoreWithModeration } from '../flows/moderated-score.js'
import { ownersForPaths } from '../core/owners/index.js'
import { levelRank } from '../core/types.js'
import { createGitHubCache } from '../adapters/github/cache.js'
import { clientFromEnv } from '../adapters/github/octokit.js'
import { parseRepo } from '../adapters/github/repo-ref.js'
import { VERSION } from '../version.js'
import { githubAuditStore } from '../adapters/github/audit-store.js'
import { applyAccuracy } from './accuracy.js'
import { collectSnapshot } from './collect.js'
import { recordMerge } from './record.js'
import { readTarget } from './event.js'
import { readInputs } from './inputs.js'
import { UnsafeOutputPath } from './output-files.js'
import { annotate, markdownFor, publishToPull, writeFiles } from './publish.js'

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    // 1. Inputs and event.
    const inputs = readInputs((name) => core.getInput(name))
    const eventName = env.GITHUB_EVENT_NAME ?? ''
    const target = readTarget(eventName, JSON.parse(await readFile(env.GITHUB_EVENT_PATH ?? '', 'utf8')))
    if (target.kind === 'unsupported')
      return core.notice(
        `PromptOps scores pull_request, pull_request_target and merge_group events; nothing to do for "${eventName}".`,
      )
    const repo = parseRepo(env.GITHUB_REPOSITORY ?? '')
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
    const client = clientFromEnv(env, {
      token: inputs.githubToken,
      userAgent: `promptops-action/${VERSION}`,
      log: { warn: (m) => core.warning(m) },
    })
    const cache = createGitHubCache()
    if (target.kind === 'merged')
      return await recordMerge(
        client,
        repo,
        cache,
        target.pull,
        inputs.auditSigningKey,
        env.GITHUB_SERVER_URL ?? 'https://github.com',
        workspace,
      )
    // 2. Snapshot: files, config and CODEOWNERS from the base commit.
    const snapshot = await collectSnapshot(target, inputs.config, workspace, client, repo, cache, (m) => core.info(m))
    core.info(`read ${snapshot.files.length} changed file(s) from the ${snapshot.source}`)
    // 3. Score.
    const owners = ownersForPaths(
      snapshot.files.map((f) => f.path),
      snapshot.codeowners,
      snapshot.config.owners,
    )
    const scored = await scoreWithModeration(
      {
        files: snapshot.files,
        config: snapshot.config,
        ownersOf: (p) => owners[p] ?? [],
        now: new Date(),
        codeownersAtBase: snapshot.codeownersAtBase,
      },
      { env },
    )
    // A partial file list must not pass as a low risk: it is a critical finding, and the job fails.
    const whole = snapshot.incomplete
      ? withFindings(scored, [incompleteChangeFinding(snapshot.incomplete, inputs.config)], snapshot.config)
      : scored
    const accuracy = await applyAccuracy(
      whole,
      snapshot.config,
      workspace,
      githubAuditStore(client, repo, snapshot.config.audit.branch),
      new Date(),
    )
    for (const warning of accuracy.warnings) core.warning(warning)
    const report = accuracy.report
    // 4. Publish.
    // An incomplete change fails the check run as well as the job, whatever fail-on says.
    const publishInputs = snapshot.incomplete ? { ...inputs, failOn: 'critical' as const } : inputs
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com'
    const runUrl = env.GITHUB_RUN_ID ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined
    const ownersOf = (p: string): string[] => owners[p] ?? []
    const ctx = {
      inputs: publishInputs,
      workspace,
      client,
      repo,
      target,
      serverUrl,
      config: snapshot.config,
      ownersOf,
      ...(runUrl ? { runUrl } : {}),
    }
    const markdown = [markdownFor(report, ctx), accuracy.markdown].filter(Boolean).join('\n\n')
    await core.summary.addRaw(markdown, true).write()
    const skipped = await publishToPull(report, markdown, ctx)
    if (skipped.length > 0 || !inputs.checkRun) annotate(report)
    if (skipped.length > 0)
      core.notice(
        `The token cannot write to this repository (fork pull request?): skipped ${skipped.join(', ')}. The job summary, annotations, outputs and SARIF file have the full report.`,
      )
    // Files last: a path the checkout sabotages (a committed link) fails the job, but only
    // after the pull request has its report, so it cannot hide one.
    const paths = await writeFiles(report, ctx).catch((error: unknown) => {
      if (!(error instanceof UnsafeOutputPath)) throw error
      core.setFailed(error.message)
      return { reportPath: '', sarifPath: '' }
    })
    // 5. Outputs and verdict.
    core.setOutput('risk-level', report.level)
    core.setOutput('risk-score', String(report.score))
    core.setOutput('report-path', paths.reportPath)
    core.setOutput('sarif-path', paths.sarifPath)
    core.setOutput('finding-count', String(report.counts.findings))
    if (snapshot.incomplete) core.setFailed(`PromptOps could not read the whole change: ${snapshot.incomplete}`)
    else if (inputs.failOn !== 'none' && levelRank(report.level) >= levelRank(inputs.failOn))
      core.setFailed(`Prompt risk ${report.level} meets fail-on: ${inputs.failOn}`)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

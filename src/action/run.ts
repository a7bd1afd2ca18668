// The Action, step by step: inputs → event → snapshot → engine → publish → outputs.
import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { scoreWithModeration } from '../flows/moderated-score.js'
import { ownersForPaths } from '../core/owners/index.js'
import { levelRank } from '../core/types.js'
import { createClient } from '../adapters/github/octokit.js'
import { parseRepo } from '../adapters/github/repo-ref.js'
import { VERSION } from '../version.js'
import { githubAuditStore } from '../adapters/github/audit-store.js'
import { applyAccuracy } from './accuracy.js'
import { collectSnapshot } from './collect.js'
import { recordMerge } from './record.js'
import { readTarget } from './event.js'
import { readInputs } from './inputs.js'
import { annotate, markdownFor, publishToPull, writeFiles } from './publish.js'

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    // 1. Inputs and event.
    const inputs = readInputs((name) => core.getInput(name))
    const eventName = env.GITHUB_EVENT_NAME ?? ''
    const target = readTarget(eventName, JSON.parse(await readFile(env.GITHUB_EVENT_PATH ?? '', 'utf8')))
    if (target.kind === 'unsupported') return core.notice(`PromptOps scores pull_request, pull_request_target and merge_group events; nothing to do for "${eventName}".`)
    const repo = parseRepo(env.GITHUB_REPOSITORY ?? '')
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
    const client = createClient({ token: inputs.githubToken, baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com', userAgent: `promptops-action/${VERSION}`, log: { warn: (m) => core.warning(m) } })
    if (target.kind === 'merged') return await recordMerge(client, repo, target.pull, inputs.auditSigningKey, env.GITHUB_SERVER_URL ?? 'https://github.com', workspace)
    // 2. Snapshot: files, config and CODEOWNERS from the base commit.
    const snapshot = await collectSnapshot(target, inputs.config, workspace, client, repo, (m) => core.info(m))
    core.info(`read ${snapshot.files.length} changed file(s) from the ${snapshot.source}`)
    // 3. Score.
    const owners = ownersForPaths(snapshot.files.map((f) => f.path), snapshot.codeowners, snapshot.config.owners)
    const scored = await scoreWithModeration({ files: snapshot.files, config: snapshot.config, ownersOf: (p) => owners[p] ?? [], now: new Date() }, { env })
    const accuracy = await applyAccuracy(scored, snapshot.config, workspace, githubAuditStore(client, repo, snapshot.config.audit.branch), new Date())
    for (const warning of accuracy.warnings) core.warning(warning)
    const report = accuracy.report
    // 4. Publish.
    const ctx = { inputs, workspace, client, repo, target, serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com', facetPrefix: snapshot.config.labels.facetPrefix, ...(env.GITHUB_RUN_ID ? { runUrl: `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` } : {}) }
    const paths = await writeFiles(report, ctx)
    const markdown = [markdownFor(report, ctx), accuracy.markdown].filter(Boolean).join('\n\n')
    await core.summary.addRaw(markdown, true).write()
    const skipped = await publishToPull(report, markdown, ctx)
    if (skipped.length > 0 || !inputs.checkRun) annotate(report)
    if (skipped.length > 0) core.notice(`The token cannot write to this repository (fork pull request?): skipped ${skipped.join(', ')}. The job summary, annotations, outputs and SARIF file have the full report.`)
    // 5. Outputs and verdict.
    core.setOutput('risk-level', report.level)
    core.setOutput('risk-score', String(report.score))
    core.setOutput('report-path', paths.reportPath)
    core.setOutput('sarif-path', paths.sarifPath)
    core.setOutput('finding-count', String(report.counts.findings))
    if (inputs.failOn !== 'none' && levelRank(report.level) >= levelRank(inputs.failOn)) core.setFailed(`Prompt risk ${report.level} meets fail-on: ${inputs.failOn}`)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

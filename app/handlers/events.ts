// Adapts Probot contexts to the handlers. Probot's Octokit carries the same plugins as
// ours (rest methods, paginate, retry, throttling); the cast bridges their version types.
import type { Context } from 'probot'
import type { GitHubClient } from '../../src/adapters/github/octokit.js'
import { evaluatePull } from './approval.js'
import { fetchTarget, pullNumbers, toTarget } from './pull-target.js'

type AnyContext = Context<'pull_request' | 'pull_request_review' | 'check_run' | 'check_suite'>

export async function onRoutingEvent(context: AnyContext): Promise<void> {
  const client = context.octokit as unknown as GitHubClient
  const repo = context.repo()
  const payload = context.payload as unknown as Record<string, unknown>
  // pull_request.edited matters only when the base branch changed.
  if (context.name === 'pull_request' && (payload.action === 'edited') && !(payload.changes as { base?: unknown } | undefined)?.base) return
  for (const number of pullNumbers(payload)) {
    const fromPayload = payload.pull_request as Parameters<typeof toTarget>[0] | undefined
    const pull = fromPayload && context.name === 'pull_request' ? toTarget(fromPayload) : await fetchTarget(client, repo, number)
    if (pull.state !== 'open') continue
    const result = await evaluatePull(client, repo, pull, new Date(), { setupNote: context.name === 'pull_request' && payload.action === 'opened' })
    context.log.info({ pull: number, ...result }, 'promptops/approval evaluated')
  }
}

/** Merge queue: the group's head commit needs `promptops/approval` too. GitHub names the
 * queue branch `gh-readonly-queue/<base>/pr-<number>-<sha>`; the decision is the queued
 * PR's, re-evaluated now (never copied from an earlier check). */
export async function onMergeGroup(context: Context<'merge_group.checks_requested'>): Promise<void> {
  const client = context.octokit as unknown as GitHubClient
  const repo = context.repo()
  const group = context.payload.merge_group
  const number = Number(/\/pr-(\d{1,10})-[0-9a-f]{7,40}$/.exec(group.head_ref)?.[1])
  if (!Number.isInteger(number) || number < 1) {
    context.log.warn({ ref: group.head_ref }, 'merge group ref names no pull request')
    return
  }
  const pull = await fetchTarget(client, repo, number)
  const result = await evaluatePull(client, repo, pull, new Date(), { checkSha: group.head_sha })
  context.log.info({ pull: number, group: group.head_sha, ...result }, 'promptops/approval evaluated for merge group')
}

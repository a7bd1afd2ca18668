// Adapts Probot contexts to the handlers. Probot's Octokit carries the same plugins as
// ours (rest methods, paginate, retry, throttling); the cast bridges their version types.
import type { Context } from 'probot'
import type { GitHubClient } from '../../src/adapters/github/octokit.js'
import { evaluatePull } from './approval.js'
import { Coalescer } from './coalesce.js'
import { pullLockFromEnv } from './pull-lock.js'
import { fetchTarget, pullNumbers, toTarget, type PullTarget } from './pull-target.js'

/** Probot's standard env names the app; its id scopes check-run lookups to our own runs. */
const APP_ID = Number(process.env.APP_ID) || null

type AnyContext = Context<'pull_request' | 'pull_request_review' | 'check_run' | 'check_suite'>

/** One evaluation per PR at a time in this process (and across replicas with REDIS_URL); a
 * burst shares one trailing run. */
const perPull = new Coalescer<PullTarget | null>(pullLockFromEnv(process.env))

export async function onRoutingEvent(context: AnyContext): Promise<void> {
  const client = context.octokit as unknown as GitHubClient
  const repo = context.repo()
  const payload = context.payload as unknown as Record<string, unknown>
  // pull_request.edited matters only when the base branch changed.
  if (context.name === 'pull_request' && (payload.action === 'edited') && !(payload.changes as { base?: unknown } | undefined)?.base) return
  const installation = (payload.installation as { id?: number } | undefined)?.id ?? 0
  for (const number of pullNumbers(payload)) {
    // A pull_request payload names the head it is about; other events are re-read when run.
    const fromPayload = payload.pull_request as Parameters<typeof toTarget>[0] | undefined
    const target = fromPayload && context.name === 'pull_request' ? toTarget(fromPayload) : null
    await perPull.submit(`${installation}:${repo.owner}/${repo.repo}#${number}`, target ? `${target.headSha}:${target.baseSha}` : 'current', target, async (inputs) => {
      const targets = new Map(inputs.filter((t): t is PullTarget => t !== null).map((t) => [`${t.headSha}:${t.baseSha}`, t]))
      if (inputs.includes(null)) {
        const current = await fetchTarget(client, repo, number)
        targets.set(`${current.headSha}:${current.baseSha}`, current)
      }
      for (const pull of targets.values()) {
        if (pull.state !== 'open') continue
        const result = await evaluatePull(client, repo, pull, new Date(), { appId: APP_ID })
        context.log.info({ pull: number, head: pull.headSha, coalesced: inputs.length, ...result }, 'promptops/approval evaluated')
      }
    })
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
  const result = await evaluatePull(client, repo, pull, new Date(), { checkSha: group.head_sha, appId: APP_ID })
  context.log.info({ pull: number, group: group.head_sha, ...result }, 'promptops/approval evaluated for merge group')
}

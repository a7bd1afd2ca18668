// Adapts Probot contexts to the approval use-case: which pull request an event is about, and
// what its payload hints (used only while still true). Probot's Octokit carries the same
// plugins as ours (rest methods, paginate, retry, throttling); the cast bridges their types.
import type { Context } from 'probot'
import type { GitHubClient } from '../../src/adapters/github/octokit.js'
import { evaluateMergeGroup, evaluateTrigger, type Trigger } from '../../src/flows/approval-check.js'
import { Coalescer } from './coalesce.js'
import { pullLockFromEnv } from './pull-lock.js'
import { triggersOf } from './triggers.js'

/** Probot's standard env names the app; its id scopes check-run lookups to our own runs. */
const APP_ID = Number(process.env.APP_ID) || null
const options = { appId: APP_ID, now: () => new Date() }

type AnyContext = Context<'pull_request' | 'pull_request_review' | 'check_run' | 'check_suite'>

/** One evaluation per PR at a time in this process (and across replicas with REDIS_URL); a
 * burst shares one trailing run. */
const perPull = new Coalescer<Trigger>(pullLockFromEnv(process.env))

export async function onRoutingEvent(context: AnyContext): Promise<void> {
  const client = context.octokit as unknown as GitHubClient
  const repo = context.repo()
  const installation = (context.payload as { installation?: { id?: number } }).installation?.id ?? 0
  for (const trigger of triggersOf(context.name, context.payload as unknown as Record<string, unknown>)) {
    await perPull.submit(`${installation}:${repo.owner}/${repo.repo}#${trigger.pull}`, trigger, async (gathered) => {
      const results = await evaluateTrigger(client, repo, gathered, options)
      context.log.info({ pull: trigger.pull, results }, 'promptops/approval evaluated')
    })
  }
}

/** Merge queue: the group's head commit needs `promptops/approval` too, decided for every
 * pull request the group contains (never copied from an earlier check). */
export async function onMergeGroup(context: Context<'merge_group.checks_requested'>): Promise<void> {
  const client = context.octokit as unknown as GitHubClient
  const group = context.payload.merge_group
  const baseRef = group.base_ref.replace(/^refs\/heads\//, '')
  const result = await evaluateMergeGroup(client, context.repo(), { headSha: group.head_sha, baseRef }, options)
  context.log.info({ group: group.head_sha, ...result }, 'promptops/approval evaluated for merge group')
}

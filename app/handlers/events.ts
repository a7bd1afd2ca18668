// Adapts Probot contexts to the approval use-case: which pull request an event is about, and
// what its payload hints (used only while still true). Probot's Octokit satisfies the
// adapters' structural GitHubClient, so it is passed as it is.
import type { Context } from 'probot'
import type { GitHubCache } from '../../src/adapters/github/cache.js'
import { evaluateMergeGroup, evaluateTrigger, type CheckOptions, type Trigger } from '../../src/flows/approval-check.js'
import type { Coalescer } from './coalesce.js'
import { triggersOf } from './triggers.js'

type AnyContext = Context<'pull_request' | 'pull_request_review' | 'check_run' | 'check_suite'>

export interface RoutingDeps {
  /** The App's id (Probot's APP_ID): it scopes check-run lookups to our own runs. */
  appId: number | null
  cache: GitHubCache
  /** One evaluation per PR at a time in this process (and across replicas with REDIS_URL); a
   * burst shares one trailing run. */
  perPull: Coalescer<Trigger>
}

const checkOptions = (deps: RoutingDeps): CheckOptions => ({ appId: deps.appId, now: () => new Date(), cache: deps.cache })

export function onRoutingEvent(deps: RoutingDeps): (context: AnyContext) => Promise<void> {
  return async (context) => {
    const repo = context.repo()
    const installation = 'installation' in context.payload ? (context.payload.installation?.id ?? 0) : 0
    for (const trigger of triggersOf(context.name, context.payload)) {
      await deps.perPull.submit(`${installation}:${repo.owner}/${repo.repo}#${trigger.pull}`, trigger, async (gathered) => {
        const results = await evaluateTrigger(context.octokit, repo, gathered, checkOptions(deps))
        context.log.info({ pull: trigger.pull, results }, 'promptops/approval evaluated')
      })
    }
  }
}

/** Merge queue: the group's head commit needs `promptops/approval` too, decided for every
 * pull request the group contains (never copied from an earlier check). */
export function onMergeGroup(deps: RoutingDeps): (context: Context<'merge_group.checks_requested'>) => Promise<void> {
  return async (context) => {
    const group = context.payload.merge_group
    const baseRef = group.base_ref.replace(/^refs\/heads\//, '')
    const result = await evaluateMergeGroup(
      context.octokit,
      context.repo(),
      { headSha: group.head_sha, baseRef },
      checkOptions(deps),
    )
    context.log.info({ group: group.head_sha, ...result }, 'promptops/approval evaluated for merge group')
  }
}

// The Probot app: creates the state one process keeps (the SHA cache, the per-PR coalescer,
// the audit group commit) and wires webhook events to handlers. No business logic here.
import type { Probot } from 'probot'
import { createGitHubCache } from '../src/adapters/github/cache.js'
import type { Trigger } from '../src/flows/approval-check.js'
import { Coalescer } from './handlers/coalesce.js'
import { onMergeGroup, onRoutingEvent } from './handlers/events.js'
import { GroupCommit } from './handlers/group-commit.js'
import { onMerged } from './handlers/merged.js'
import { pullLockFromEnv } from './handlers/pull-lock.js'

/** Probot's standard APP_ID; null when unset or not a positive id. */
function appIdFrom(env: Readonly<Record<string, string | undefined>>): number | null {
  const id = Number(env.APP_ID)
  return Number.isSafeInteger(id) && id > 0 ? id : null
}

export default (app: Probot): void => {
  const appId = appIdFrom(process.env)
  const cache = createGitHubCache()
  const routing = { appId, cache, perPull: new Coalescer<Trigger>(pullLockFromEnv(process.env)) }
  app.on(
    [
      'pull_request.opened',
      'pull_request.synchronize',
      'pull_request.reopened',
      'pull_request.ready_for_review',
      'pull_request.edited',
      'pull_request_review.submitted',
      'pull_request_review.dismissed',
      'pull_request_review.edited',
      'check_run.rerequested',
      'check_suite.rerequested',
    ],
    onRoutingEvent(routing),
  )
  app.on('pull_request.closed', onMerged({ appId, cache, audit: new GroupCommit() }))
  app.on('merge_group.checks_requested', onMergeGroup(routing))
}

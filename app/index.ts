// The Probot app: wires webhook events to handlers. No business logic here.
import type { Probot } from 'probot'
import { onMergeGroup, onRoutingEvent } from './handlers/events.js'
import { onMerged } from './handlers/merged.js'

export default (app: Probot): void => {
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
    onRoutingEvent,
  )
  app.on('pull_request.closed', onMerged)
  app.on('merge_group.checks_requested', onMergeGroup)
}

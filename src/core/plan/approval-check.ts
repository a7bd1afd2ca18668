// The `promptops/approval` check run and the review requests, from a routing decision
// (or from a configuration/evaluation error, which always fails closed).
import { renderDecisionMarkdown } from '../routing/render-markdown.js'
import type { RoutingDecision } from '../routing/types.js'
import { safe } from '../report/sanitize.js'

export const APPROVAL_CHECK_NAME = 'promptops/approval'

export interface ApprovalCheckPlan {
  name: string
  conclusion: 'success' | 'action_required' | 'failure'
  title: string
  summary: string
}

export interface ReviewRequestPlan {
  users: string[]
  /** Team slugs (GitHub's request-reviewers API takes slugs, not org/slug). */
  teams: string[]
}

export function planApprovalCheck(decision: RoutingDecision, extra: string[] = []): ApprovalCheckPlan {
  return {
    name: APPROVAL_CHECK_NAME,
    conclusion: decision.status,
    title: decision.summary.slice(0, 1000),
    summary: [renderDecisionMarkdown(decision), ...extra].join('\n').slice(0, 65_000),
  }
}

/** Fail closed: the check never passes when policy cannot be read or evaluated. */
export function planApprovalFailure(title: string, details: string): ApprovalCheckPlan {
  return { name: APPROVAL_CHECK_NAME, conclusion: 'failure', title: title.slice(0, 1000), summary: safe(details).slice(0, 65_000) }
}

/** Ask only for reviewers not already requested and not already reviewing, and never the author. */
export function planReviewRequests(decision: RoutingDecision, pull: { author: string; requestedUsers: string[]; requestedTeams: string[]; reviewers: string[]; org: string }): ReviewRequestPlan {
  if (decision.satisfied || decision.status === 'failure') return { users: [], teams: [] }
  const lower = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()))
  const skipUsers = lower([pull.author, ...pull.requestedUsers, ...pull.reviewers])
  const skipTeams = lower(pull.requestedTeams)
  const users = decision.missingReviewers.users.filter((u) => !skipUsers.has(u.toLowerCase()))
  const teams = decision.missingReviewers.teams
    .map((t) => t.replace(/^@/, '').split('/'))
    .filter(([org, slug]) => org?.toLowerCase() === pull.org.toLowerCase() && slug !== undefined && !skipTeams.has(slug.toLowerCase()))
    .map(([, slug]) => slug!)
  return { users, teams }
}

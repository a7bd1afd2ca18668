// The `promptops/approval` check run and the review requests. GitHub keeps check runs per
// commit, not per pull request, so one run speaks for every open pull request whose head is
// that commit: it passes only when each of them is approved under its own base branch's policy.
// Anything that is not a decision (config or evaluation errors, a change PromptOps cannot see
// completely, a commit no open pull request has as its head) fails closed.
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

/** What one pull request contributes to the check on its head commit. */
export type PullOutcome =
  | { pull: number; base: string; kind: 'decided'; decision: RoutingDecision; notes: string[] }
  | { pull: number; base: string; kind: 'failed'; title: string; details: string }

const SUMMARY_LIMIT = 65_000

export function planApprovalCheck(decision: RoutingDecision, extra: string[] = []): ApprovalCheckPlan {
  return {
    name: APPROVAL_CHECK_NAME,
    conclusion: decision.status,
    title: decision.summary.slice(0, 1000),
    summary: [renderDecisionMarkdown(decision), ...extra].join('\n').slice(0, SUMMARY_LIMIT),
  }
}

/** Fail closed: the check never passes when policy cannot be read or evaluated. */
export function planApprovalFailure(title: string, details: string): ApprovalCheckPlan {
  return {
    name: APPROVAL_CHECK_NAME,
    conclusion: 'failure',
    title: title.slice(0, 1000),
    summary: safe(details).slice(0, SUMMARY_LIMIT),
  }
}

/** The check on a head commit, from the outcome of every open pull request with that head. */
export function planHeadCheck(outcomes: readonly PullOutcome[], extra: string[] = []): ApprovalCheckPlan {
  if (outcomes.length === 0) {
    return planApprovalFailure(
      'Superseded: no open pull request has this commit as its head',
      'This commit was the head of a pull request that has moved on (a push, a force-push or a closed pull request). An earlier decision on it no longer applies; it is re-evaluated if a pull request points here again.',
    )
  }
  const [only] = outcomes
  if (outcomes.length === 1 && only !== undefined) return withExtra(single(only), extra)
  const conclusion = worst(outcomes.map(conclusionOf))
  const heads = outcomes.map((o) => `#${o.pull} → ${o.base}: ${o.kind === 'decided' ? o.decision.summary : o.title}`)
  const sections = outcomes.map((o) => `## #${o.pull} into \`${safe(o.base)}\`\n\n${single(o).summary}`)
  const intro = `${outcomes.length} open pull requests have this commit as their head. GitHub shows one \`${APPROVAL_CHECK_NAME}\` per commit, so it passes only when every one of them is approved under its own base branch's policy.`
  return {
    name: APPROVAL_CHECK_NAME,
    conclusion,
    title: heads.join('; ').slice(0, 1000),
    summary: [intro, ...sections, ...extra].join('\n\n').slice(0, SUMMARY_LIMIT),
  }
}

function single(o: PullOutcome): ApprovalCheckPlan {
  if (o.kind === 'failed') return planApprovalFailure(o.title, o.details)
  return planApprovalCheck(
    o.decision,
    o.notes.map((n) => `\n${n}`),
  )
}

function withExtra(plan: ApprovalCheckPlan, extra: string[]): ApprovalCheckPlan {
  return extra.length === 0
    ? plan
    : { ...plan, summary: [plan.summary, ...extra.map((x) => `\n${x}`)].join('\n').slice(0, SUMMARY_LIMIT) }
}

const conclusionOf = (o: PullOutcome): ApprovalCheckPlan['conclusion'] => (o.kind === 'failed' ? 'failure' : o.decision.status)

function worst(conclusions: ReadonlyArray<ApprovalCheckPlan['conclusion']>): ApprovalCheckPlan['conclusion'] {
  if (conclusions.includes('failure')) return 'failure'
  return conclusions.includes('action_required') ? 'action_required' : 'success'
}

/** Ask only for reviewers not already requested and not already reviewing, and never the author. */
export function planReviewRequests(
  decision: RoutingDecision,
  pull: { author: string; requestedUsers: string[]; requestedTeams: string[]; reviewers: string[]; org: string },
): ReviewRequestPlan {
  if (decision.satisfied || decision.status === 'failure') return { users: [], teams: [] }
  const lower = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()))
  const skipUsers = lower([pull.author, ...pull.requestedUsers, ...pull.reviewers])
  const skipTeams = lower(pull.requestedTeams)
  const users = decision.missingReviewers.users.filter((u) => !skipUsers.has(u.toLowerCase()))
  const teams = decision.missingReviewers.teams
    .map((t) => t.replace(/^@/, '').split('/'))
    .flatMap(([org, slug]) =>
      org?.toLowerCase() === pull.org.toLowerCase() && slug !== undefined && !skipTeams.has(slug.toLowerCase()) ? [slug] : [],
    )
  return { users, teams }
}

/** Shown on every evaluation while the repository is not set up to make this check binding and
 * the audit log safe (the summary is rewritten each time, so a note shown once would vanish).
 * `checks` are `checkSetup`'s verdicts; null when every one is ok. */
export function planSetupWarning(checks: ReadonlyArray<{ status: 'ok' | 'warn' | 'fail'; message: string }>): string | null {
  const problems = checks.filter((c) => c.status !== 'ok')
  if (problems.length === 0) return null
  const lines = problems.map((c) => `> - ${c.status === 'fail' ? '**' : ''}${c.message}${c.status === 'fail' ? '**' : ''}`)
  return [
    `> [!WARNING]`,
    `> The repository is not set up for this check to be binding (\`promptops doctor\` checks the setup; see the security model):`,
    ...lines,
  ].join('\n')
}

// Teams, classic branch protection (`state.protection`), rulesets (`state.rulesets`, separate,
// as on GitHub: classic protection never shows among the rules) and CODEOWNERS errors.
import { HttpError, notFound, repoApi, type EmulatorContext } from '../context.js'
import { simpleUser } from '../fixtures/users.js'
import { requiredCheck, type BranchProtectionInput, type RuleInput, type RulesetInput } from '../state.js'
import { paginate } from './paginate.js'
import type { RouteRequest, RouteTable } from './types.js'

const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']

function protectionJson(ctx: EmulatorContext, branch: string, p: BranchProtectionInput): Record<string, unknown> {
  const url = `${repoApi(ctx)}/branches/${encodeURIComponent(branch)}/protection`
  const checks = (p.requiredStatusChecks ?? []).map(requiredCheck)
  const enabled = (value: boolean) => ({ enabled: value })
  return {
    url,
    required_status_checks: {
      url: `${url}/required_status_checks`,
      strict: p.requireUpToDate ?? true,
      contexts: checks.map((c) => c.context),
      checks: checks.map((c) => ({ context: c.context, app_id: c.appId })),
      contexts_url: `${url}/required_status_checks/contexts`,
    },
    enforce_admins: { url: `${url}/enforce_admins`, enabled: p.enforceAdmins ?? false },
    ...(p.requirePullRequest === false
      ? {}
      : {
          required_pull_request_reviews: {
            url: `${url}/required_pull_request_reviews`,
            dismiss_stale_reviews: false,
            require_code_owner_reviews: p.requireCodeOwnerReviews ?? false,
            required_approving_review_count: p.requiredApprovingReviewCount ?? 1,
            require_last_push_approval: p.requireLastPushApproval ?? false,
          },
        }),
    required_linear_history: enabled(false),
    allow_force_pushes: enabled(p.allowForcePushes ?? false),
    allow_deletions: enabled(p.allowDeletions ?? false),
    block_creations: enabled(false),
    required_conversation_resolution: enabled(false),
    lock_branch: enabled(false),
    allow_fork_syncing: enabled(false),
  }
}

/** A merge queue rule as GitHub's settings page creates it by default. */
const MERGE_QUEUE_DEFAULTS = {
  check_response_timeout_minutes: 60,
  grouping_strategy: 'ALLGREEN',
  max_entries_to_build: 5,
  max_entries_to_merge: 5,
  merge_method: 'MERGE',
  min_entries_to_merge: 1,
  min_entries_to_merge_wait_minutes: 5,
}

/** The active rules of every ruleset that targets the branch, as REST lists them. */
export function rulesFor(rulesets: readonly RulesetInput[], branch: string): Array<Record<string, unknown>> {
  return rulesets.flatMap((set, index) => {
    if (!set.branches.includes(branch)) return []
    const source = { ruleset_source_type: 'Repository', ruleset_source: 'emulated', ruleset_id: index + 1 }
    return set.rules.map((rule) => ({ type: rule.type, ...ruleParameters(rule), ...source }))
  })
}

function ruleParameters(rule: RuleInput): Record<string, unknown> {
  if (rule.type === 'pull_request') {
    const parameters = {
      dismiss_stale_reviews_on_push: false,
      require_code_owner_review: rule.requireCodeOwnerReview ?? false,
      require_last_push_approval: rule.requireLastPushApproval ?? false,
      required_approving_review_count: rule.requiredApprovingReviewCount ?? 1,
      required_review_thread_resolution: false,
    }
    return { parameters }
  }
  if (rule.type === 'required_status_checks') {
    const checks = rule.checks
      .map(requiredCheck)
      .map((c) => ({ context: c.context, ...(c.appId === null ? {} : { integration_id: c.appId }) }))
    return { parameters: { required_status_checks: checks, strict_required_status_checks_policy: rule.upToDate ?? true } }
  }
  if (rule.type === 'merge_queue') return { parameters: MERGE_QUEUE_DEFAULTS }
  return {}
}

async function codeownersErrors(req: RouteRequest) {
  const { ctx } = req
  const ref = String(req.query['ref'] ?? ctx.repo.defaultBranch)
  const commit = await ctx.git.resolveCommit(ref)
  if (!commit) throw notFound()
  for (const path of CODEOWNERS_PATHS) {
    if ((await ctx.git.typeOf(`${commit}:${path}`)) === 'blob') {
      return { status: 200, body: { errors: ctx.state.codeownersErrors.filter((e) => e.path === path) } }
    }
  }
  throw notFound()
}

export const orgRoutes: RouteTable = {
  'GET /orgs/{org}/teams/{team_slug}/members': async (req) => {
    const members = req.ctx.state.teams.get(`${req.params['org']}/${req.params['team_slug']}`)
    if (!members) throw notFound()
    return paginate(req, members, (login) => simpleUser(req.ctx.urls, login))
  },
  'GET /repos/{owner}/{repo}/branches/{branch}/protection': async (req) => {
    const branch = req.params['branch'] ?? ''
    const p = req.ctx.state.protection.get(branch)
    if (!(await req.ctx.git.resolveCommit(`refs/heads/${branch}`))) throw new HttpError(404, 'Branch not found')
    if (!p) throw new HttpError(404, 'Branch not protected')
    return { status: 200, body: protectionJson(req.ctx, branch, p) }
  },
  'GET /repos/{owner}/{repo}/rules/branches/{branch}': async (req) => {
    const rules = rulesFor(req.ctx.state.rulesets, req.params['branch'] ?? '')
    return paginate(req, rules, (r) => r)
  },
  'GET /repos/{owner}/{repo}/codeowners/errors': codeownersErrors,
}

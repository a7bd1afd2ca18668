// Teams, branch protection, rulesets and CODEOWNERS errors.
import { HttpError, notFound, repoApi, type EmulatorContext } from '../context.js'
import { simpleUser } from '../fixtures/users.js'
import type { BranchProtectionInput } from '../state.js'
import { paginate } from './paginate.js'
import type { RouteRequest, RouteTable } from './types.js'

const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']

function protectionJson(ctx: EmulatorContext, branch: string, p: BranchProtectionInput): Record<string, unknown> {
  const url = `${repoApi(ctx)}/branches/${encodeURIComponent(branch)}/protection`
  const checks = p.requiredStatusChecks ?? []
  return {
    url,
    required_status_checks: {
      url: `${url}/required_status_checks`,
      strict: true,
      contexts: checks,
      checks: checks.map((context) => ({ context, app_id: null })),
      contexts_url: `${url}/required_status_checks/contexts`,
    },
    enforce_admins: { url: `${url}/enforce_admins`, enabled: p.enforceAdmins ?? false },
    required_pull_request_reviews: {
      url: `${url}/required_pull_request_reviews`,
      dismiss_stale_reviews: false,
      require_code_owner_reviews: p.requireCodeOwnerReviews ?? false,
      required_approving_review_count: p.requiredApprovingReviewCount ?? 1,
      require_last_push_approval: false,
    },
    required_linear_history: { enabled: false },
    allow_force_pushes: { enabled: false },
    allow_deletions: { enabled: false },
    block_creations: { enabled: false },
    required_conversation_resolution: { enabled: false },
    lock_branch: { enabled: false },
    allow_fork_syncing: { enabled: false },
  }
}

function rulesFor(p: BranchProtectionInput | undefined): Array<Record<string, unknown>> {
  if (!p) return []
  const source = { ruleset_source_type: 'Repository', ruleset_source: 'emulated', ruleset_id: 1 }
  const rules: Array<Record<string, unknown>> = [
    {
      type: 'pull_request',
      parameters: {
        dismiss_stale_reviews_on_push: false,
        require_code_owner_review: p.requireCodeOwnerReviews ?? false,
        require_last_push_approval: false,
        required_approving_review_count: p.requiredApprovingReviewCount ?? 1,
        required_review_thread_resolution: false,
      },
      ...source,
    },
  ]
  const checks = p.requiredStatusChecks ?? []
  if (checks.length > 0) {
    rules.push({
      type: 'required_status_checks',
      parameters: { required_status_checks: checks.map((context) => ({ context })), strict_required_status_checks_policy: true },
      ...source,
    })
  }
  return rules
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
    const rules = rulesFor(req.ctx.state.protection.get(req.params['branch'] ?? ''))
    return paginate(req, rules, (r) => r)
  },
  'GET /repos/{owner}/{repo}/codeowners/errors': codeownersErrors,
}

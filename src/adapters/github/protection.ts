// What GitHub enforces on a branch, read through REST for `checkSetup`: classic branch
// protection and the active rules of rulesets; which Apps post `promptops/approval`; and
// GitHub's own CODEOWNERS diagnostics. What cannot be read is listed, never guessed.
import { APPROVAL_CHECK_NAME } from '../../core/plan/approval-check.js'
import {
  enforcesNothing,
  type AppIdentity,
  type ApprovalPoster,
  type BranchSettings,
  type ProtectionSource,
} from '../../core/setup/protection.js'
import type { PaginatingEndpoints } from '@octokit/plugin-paginate-rest'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

const status = (e: unknown): number | undefined => (e as { status?: number }).status
const message = (e: unknown): string => (e as { message?: string }).message ?? ''

type ClassicProtection = Awaited<ReturnType<GitHubClient['rest']['repos']['getBranchProtection']>>['data']
type Rule = PaginatingEndpoints['GET /repos/{owner}/{repo}/rules/branches/{branch}']['response']['data'][number]

function fromClassic(p: ClassicProtection): ProtectionSource {
  const reviews = p.required_pull_request_reviews
  const requiredChecks = (p.required_status_checks?.checks ?? []).map((c) => ({ context: c.context, appId: c.app_id ?? null }))
  return {
    kind: 'branch protection',
    requiredChecks,
    blocksForcePushes: p.allow_force_pushes?.enabled === false,
    blocksDeletion: p.allow_deletions?.enabled === false,
    requiresPullRequest: reviews !== undefined,
    requiresReviews:
      reviews !== undefined &&
      ((reviews.required_approving_review_count ?? 0) > 0 || reviews.require_code_owner_reviews === true),
    requiresLastPushApproval: reviews?.require_last_push_approval === true,
    requiresUpToDate: requiredChecks.length > 0 && p.required_status_checks?.strict === true,
    // Classic protection cannot require a merge queue through the API; rulesets can.
    requiresMergeQueue: false,
  }
}

function fromRules(rules: Rule[]): ProtectionSource {
  const source = enforcesNothing('rulesets')
  for (const rule of rules) {
    if (rule.type === 'required_status_checks') {
      const checks = rule.parameters?.required_status_checks ?? []
      source.requiredChecks.push(...checks.map((c) => ({ context: c.context, appId: c.integration_id ?? null })))
      source.requiresUpToDate ||= checks.length > 0 && rule.parameters?.strict_required_status_checks_policy === true
    }
    if (rule.type === 'merge_queue') source.requiresMergeQueue = true
    if (rule.type === 'non_fast_forward') source.blocksForcePushes = true
    if (rule.type === 'deletion') source.blocksDeletion = true
    if (rule.type === 'pull_request') {
      const p = rule.parameters
      source.requiresPullRequest = true
      source.requiresReviews ||= (p?.required_approving_review_count ?? 0) > 0 || p?.require_code_owner_review === true
      source.requiresLastPushApproval ||= p?.require_last_push_approval === true
    }
  }
  return source
}

export async function readBranchSettings(client: GitHubClient, repo: RepoRef, branch: string): Promise<BranchSettings> {
  const settings: BranchSettings = { branch, exists: null, sources: [], unreadable: [] }
  try {
    settings.sources.push(fromClassic((await client.rest.repos.getBranchProtection({ ...repo, branch })).data))
    settings.exists = true
  } catch (e) {
    // GitHub answers 404 with "Branch not protected" or "Branch not found"; 403 without admin access.
    if (status(e) === 404 && /not protected/i.test(message(e))) settings.exists = true
    else if (status(e) === 404 && /branch not found/i.test(message(e))) settings.exists = false
    else if (status(e) === 403 || status(e) === 404) settings.unreadable.push('branch protection (reading it needs admin access)')
    else throw e
  }
  try {
    const rules = await client.paginate('GET /repos/{owner}/{repo}/rules/branches/{branch}', { ...repo, branch, per_page: 100 })
    if (rules.length > 0) settings.sources.push(fromRules(rules))
  } catch (e) {
    if (status(e) !== 403 && status(e) !== 404) throw e
    settings.unreadable.push('rulesets')
  }
  return settings
}

/** The App with this slug (GET /apps/{slug} is public). */
export async function appBySlug(client: GitHubClient, slug: string): Promise<AppIdentity> {
  try {
    const { data } = await client.rest.apps.getBySlug({ app_slug: slug })
    if (!data) throw new Error(`no GitHub App with the slug "${slug}"`)
    return { id: data.id, how: `App ${data.slug ?? slug}` }
  } catch (e) {
    if (status(e) === 404) throw new Error(`no GitHub App with the slug "${slug}"`, { cause: e })
    throw e
  }
}

/** Apps that posted `promptops/approval` on the heads of the most recently updated pull requests. */
export async function approvalPosters(client: GitHubClient, repo: RepoRef, pulls = 10): Promise<ApprovalPoster[]> {
  const { data: recent } = await client.rest.pulls.list({
    ...repo,
    state: 'all',
    sort: 'updated',
    direction: 'desc',
    per_page: pulls,
  })
  const posters: ApprovalPoster[] = []
  for (const pull of recent) {
    const { data } = await client.rest.checks.listForRef({
      ...repo,
      ref: pull.head.sha,
      check_name: APPROVAL_CHECK_NAME,
      filter: 'all',
      per_page: 100,
    })
    for (const run of data.check_runs)
      if (run.app) posters.push({ appId: run.app.id, slug: run.app.slug ?? String(run.app.id), where: `#${pull.number}` })
  }
  return posters
}

export async function githubCodeownersErrors(client: GitHubClient, repo: RepoRef, ref: string): Promise<string[] | null> {
  try {
    const { data } = await client.rest.repos.codeownersErrors({ ...repo, ref })
    return data.errors.map((e) => `${e.path}:${e.line}: ${e.kind}${e.message ? ` (${e.message.split('\n')[0]})` : ''}`)
  } catch (e) {
    if (status(e) === 404 || status(e) === 403) return null
    throw e
  }
}

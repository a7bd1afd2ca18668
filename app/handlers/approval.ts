// `promptops/approval`: recompute risk from the base and head revisions (never labels or
// Action results), read policy from the base branch, evaluate routing, write the check.
// Any failure writes a failing check before rethrowing: the check never passes unearned.
import { planApprovalCheck, planApprovalFailure, planReviewRequests } from '../../src/core/plan/approval-check.js'
import { requestReviewers, writeApprovalCheck } from '../../src/adapters/github/approval-outputs.js'
import { decidePull, type Observed } from '../../src/adapters/github/decide-pull.js'
import type { GitHubClient } from '../../src/adapters/github/octokit.js'
import type { RepoRef } from '../../src/adapters/github/repo-ref.js'
import { describeSla, firstReviewAt, slaPolicy, slaStatus } from '../../src/core/governance/sla.js'
import { APPROVAL_CHECK_NAME } from '../../src/core/plan/approval-check.js'
import type { PullTarget } from './pull-target.js'

export interface Evaluation {
  conclusion: 'success' | 'action_required' | 'failure'
  write: 'created' | 'updated' | 'unchanged'
  requested: boolean
}

/** `checkSha`: where to write the check (the PR head, or a merge group's head commit).
 * `appId`: this app's id, so only our own earlier run is looked at (null: any app's). */
export async function evaluatePull(client: GitHubClient, repo: RepoRef, pull: PullTarget, now: Date, options: { checkSha?: string; appId?: number | null } = {}): Promise<Evaluation> {
  const sha = options.checkSha ?? pull.headSha
  let observed: Observed | null = null
  const fail = async (title: string, details: string): Promise<Evaluation> => ({ conclusion: 'failure', write: await writeApprovalCheck(client, repo, sha, planApprovalFailure(title, details), pull.htmlUrl, observed?.checkRun), requested: false })
  try {
    // Policy at the base commit the PR is compared with: on the base branch, never the head,
    // and immutable (so config and CODEOWNERS are fetched once per base commit). The same
    // query observes our run on `sha` and the base branch's required checks.
    const decided = await decidePull(client, repo, pull, pull.baseSha, now, { check: { sha, name: APPROVAL_CHECK_NAME, appId: options.appId ?? null, branch: pull.baseRef } })
    observed = decided.observed
    if (decided.kind === 'no-config') return await fail('No PromptOps config on the base branch', `Add \`.github/promptops.yml\` to \`${pull.baseRef}\` (even an empty file uses the defaults). Until then prompt changes cannot be approved.`)
    if (decided.kind === 'invalid-config') return await fail('Invalid PromptOps config on the base branch', `Fix \`.github/promptops.yml\` on \`${pull.baseRef}\`:\n\n\`\`\`\n${decided.message}\n\`\`\``)
    if (decided.kind !== 'decided') throw new Error('unreachable: governed-only evaluation was not requested')
    const { decision, facts, report, config } = decided
    // Review SLA: shown while humans are needed, so reviewers see when it is due.
    const policy = decision.requirements.length > 0 ? slaPolicy(report, config) : null
    const sla = policy && pull.createdAt ? describeSla(slaStatus(policy, pull.createdAt, firstReviewAt(facts.reviews, pull.author), now)) : null
    const setup = setupWarning(observed.requiredChecks, pull.baseRef)
    const extra = [sla, setup].filter((x): x is string => x !== null).map((x) => `\n${x}`)
    const write = await writeApprovalCheck(client, repo, sha, planApprovalCheck(decision, extra), pull.htmlUrl, observed.checkRun)
    if (options.checkSha) return { conclusion: decision.status, write, requested: false }
    const reviewers = facts.reviews.flatMap((r) => (r.user ? [r.user.login] : []))
    const requested = await requestReviewers(client, repo, pull.number, planReviewRequests(decision, { ...pull, reviewers, org: repo.owner }), observed.requested)
    return { conclusion: decision.status, write, requested }
  } catch (error) {
    await fail('PromptOps could not evaluate this pull request', `The evaluation failed, so the check fails closed. Re-run the check once the cause is fixed.\n\n${(error as Error).message}`).catch(() => undefined)
    throw error
  }
}

/** Shown on every evaluation while the base branch does not require this check: the summary is
 * rewritten each time, so a note shown once would vanish on the next push (and cost a write). */
function setupWarning(required: string[] | null | undefined, branch: string): string | null {
  if (!required || required.includes(APPROVAL_CHECK_NAME)) return null
  return `> [!WARNING]\n> \`${branch}\` does not require the \`${APPROVAL_CHECK_NAME}\` check, so this decision is advisory. Mark it required in branch protection or a ruleset (\`promptops doctor\` checks the setup).`
}

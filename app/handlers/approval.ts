// `promptops/approval`: recompute risk from the base and head revisions (never labels or
// Action results), read policy from the base branch, evaluate routing, write the check.
// Any failure writes a failing check before rethrowing: the check never passes unearned.
import { classifier } from '../../src/core/config/governed.js'
import { scoreChanges } from '../../src/core/engine.js'
import { ownersForPaths } from '../../src/core/owners/index.js'
import { planApprovalCheck, planApprovalFailure, planReviewRequests } from '../../src/core/plan/approval-check.js'
import { evaluateRouting, routingInput } from '../../src/core/routing/index.js'
import { requestReviewers, writeApprovalCheck } from '../../src/adapters/github/approval-outputs.js'
import { loadBasePolicy } from '../../src/adapters/github/base-policy.js'
import { loadPullChangeSet } from '../../src/adapters/github/contents.js'
import type { GitHubClient } from '../../src/adapters/github/octokit.js'
import { loadPullFacts } from '../../src/adapters/github/pull-facts.js'
import type { RepoRef } from '../../src/adapters/github/repo-ref.js'
import type { PullTarget } from './pull-target.js'

export interface Evaluation {
  conclusion: 'success' | 'action_required' | 'failure'
  write: 'created' | 'updated' | 'unchanged'
  requested: boolean
}

export async function evaluatePull(client: GitHubClient, repo: RepoRef, pull: PullTarget, now: Date): Promise<Evaluation> {
  const fail = async (title: string, details: string): Promise<Evaluation> => ({ conclusion: 'failure', write: await writeApprovalCheck(client, repo, pull.headSha, planApprovalFailure(title, details), pull.htmlUrl), requested: false })
  try {
    const policy = await loadBasePolicy(client, repo, pull.baseRef)
    if (!policy.configFound) return await fail('No PromptOps config on the base branch', `Add \`.github/promptops.yml\` to \`${pull.baseRef}\` (even an empty file uses the defaults). Until then prompt changes cannot be approved.`)
    if (!policy.config.ok) return await fail('Invalid PromptOps config on the base branch', `Fix \`.github/promptops.yml\` on \`${pull.baseRef}\`:\n\n\`\`\`\n${policy.config.error.message}\n\`\`\``)
    const config = policy.config.value
    const { data: compare } = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${pull.baseSha}...${pull.headSha}`, per_page: 1 })
    const files = await loadPullChangeSet(client, repo, pull.number, compare.merge_base_commit.sha, pull.headSha, classifier(config))
    const owners = ownersForPaths(files.map((f) => f.path), policy.codeowners?.text, config.owners)
    const report = scoreChanges({ files, config, ownersOf: (p) => owners[p] ?? [], now })
    const facts = await loadPullFacts(client, repo, pull, report, config)
    const decision = evaluateRouting(routingInput(report, config, facts))
    const write = await writeApprovalCheck(client, repo, pull.headSha, planApprovalCheck(decision), pull.htmlUrl)
    const reviewers = facts.reviews.flatMap((r) => (r.user ? [r.user.login] : []))
    const requested = await requestReviewers(client, repo, pull.number, planReviewRequests(decision, { ...pull, reviewers, org: repo.owner }))
    return { conclusion: decision.status, write, requested }
  } catch (error) {
    await fail('PromptOps could not evaluate this pull request', `The evaluation failed, so the check fails closed. Re-run the check once the cause is fixed.\n\n${(error as Error).message}`).catch(() => undefined)
    throw error
  }
}

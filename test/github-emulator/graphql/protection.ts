// Branch protection and ruleset rules for a branch, derived from `state.protection`, the same
// state that REST `GET …/branches/{branch}/protection` and `GET …/rules/branches/{branch}`
// (routes/org.ts) serve, field for field, so the two APIs agree.
import type { EmulatorContext } from '../context.js'
import { nodeId, stableId } from '../fixtures/users.js'
import type { BranchProtectionInput } from '../state.js'

/** REST's ruleset_source / ruleset_id for every emulated rule. */
const RULESET = { __typename: 'RepositoryRuleset', databaseId: 1, id: nodeId('RRS', 1), name: 'emulated' }

export function branchProtectionRule(ctx: EmulatorContext, branch: string): Record<string, unknown> | null {
  const p = ctx.state.protection.get(branch)
  if (!p) return null
  const checks = p.requiredStatusChecks ?? []
  const id = stableId('protection', `${ctx.repo.owner}/${ctx.repo.repo}:${branch}`)
  return {
    id: nodeId('BPR', id),
    databaseId: id,
    pattern: branch,
    // REST always sends required_status_checks; "requires" means it lists at least one context.
    requiresStatusChecks: checks.length > 0,
    requiresStrictStatusChecks: true,
    requiredStatusCheckContexts: checks,
    requiredStatusChecks: checks.map((context) => ({ context, app: p.checkApps?.[context] !== undefined ? { __typename: 'App', databaseId: p.checkApps[context], id: nodeId('A', p.checkApps[context]!), slug: `app-${p.checkApps[context]}`, name: `App ${p.checkApps[context]}` } : null })),
    requiresApprovingReviews: true,
    requiredApprovingReviewCount: p.requiredApprovingReviewCount ?? 1,
    requiresCodeOwnerReviews: p.requireCodeOwnerReviews ?? false,
    isAdminEnforced: p.enforceAdmins ?? false,
    dismissesStaleReviews: false,
    requireLastPushApproval: false,
    requiresLinearHistory: false,
    allowsForcePushes: false,
    allowsDeletions: false,
    blocksCreations: false,
    requiresConversationResolution: false,
    lockBranch: false,
    lockAllowsFetchAndMerge: false,
    requiresCommitSignatures: false,
    requiresDeployments: false,
    restrictsPushes: false,
    restrictsReviewDismissals: false,
    requiredDeploymentEnvironments: [],
  }
}

function rule(type: string, index: number, parameters: Record<string, unknown>): Record<string, unknown> {
  return { id: nodeId('RR', stableId('rule', `${type}:${index}`)), type, parameters, repositoryRuleset: RULESET }
}

/** The rules REST lists for the branch, in the same order. */
export function branchRules(p: BranchProtectionInput | undefined): Array<Record<string, unknown>> {
  if (!p) return []
  const rules = [
    rule('PULL_REQUEST', 0, {
      __typename: 'PullRequestParameters',
      dismissStaleReviewsOnPush: false,
      requireCodeOwnerReview: p.requireCodeOwnerReviews ?? false,
      requireLastPushApproval: false,
      requiredApprovingReviewCount: p.requiredApprovingReviewCount ?? 1,
      requiredReviewThreadResolution: false,
      allowedMergeMethods: null,
    }),
  ]
  const checks = p.requiredStatusChecks ?? []
  if (checks.length > 0) {
    rules.push(
      rule('REQUIRED_STATUS_CHECKS', 1, {
        __typename: 'RequiredStatusChecksParameters',
        requiredStatusChecks: checks.map((context) => ({ context, integrationId: p.checkApps?.[context] ?? null })),
        strictRequiredStatusChecksPolicy: true,
        doNotEnforceOnCreate: false,
      }),
    )
  }
  return rules
}

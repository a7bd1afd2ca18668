// Branch protection and ruleset rules for a branch, from `state.protection` and `state.rulesets`,
// the same state that REST `GET …/branches/{branch}/protection` and `GET …/rules/branches/{branch}`
// (routes/org.ts) serve, field for field, so the two APIs agree.
import type { EmulatorContext } from '../context.js'
import { nodeId, stableId } from '../fixtures/users.js'
import { requiredCheck, type RuleInput, type RulesetInput } from '../state.js'

function rulesetSource(index: number, name: string): Record<string, unknown> {
  return { __typename: 'RepositoryRuleset', databaseId: index + 1, id: nodeId('RRS', index + 1), name }
}

/** The App a required check is pinned to; one the emulator does not know gets a plain record. */
function pinnedApp(ctx: EmulatorContext, appId: number | null): Record<string, unknown> | null {
  if (appId === null) return null
  const known = appId === ctx.app.id ? ctx.app : { id: appId, slug: `app-${appId}`, name: `App ${appId}` }
  return {
    databaseId: known.id,
    id: nodeId('A', known.id),
    slug: known.slug,
    name: known.name,
    url: `${ctx.urls.web}/apps/${known.slug}`,
  }
}

export function branchProtectionRule(ctx: EmulatorContext, branch: string): Record<string, unknown> | null {
  const p = ctx.state.protection.get(branch)
  if (!p) return null
  const checks = (p.requiredStatusChecks ?? []).map(requiredCheck)
  const reviews = p.requirePullRequest !== false
  const id = stableId('protection', `${ctx.repo.owner}/${ctx.repo.repo}:${branch}`)
  return {
    id: nodeId('BPR', id),
    databaseId: id,
    pattern: branch,
    // REST always sends required_status_checks; "requires" means it lists at least one context.
    requiresStatusChecks: checks.length > 0,
    requiresStrictStatusChecks: p.requireUpToDate ?? true,
    requiredStatusCheckContexts: checks.map((c) => c.context),
    requiredStatusChecks: checks.map((c) => ({ context: c.context, app: pinnedApp(ctx, c.appId) })),
    requiresApprovingReviews: reviews,
    requiredApprovingReviewCount: reviews ? (p.requiredApprovingReviewCount ?? 1) : null,
    requiresCodeOwnerReviews: reviews && (p.requireCodeOwnerReviews ?? false),
    isAdminEnforced: p.enforceAdmins ?? false,
    dismissesStaleReviews: false,
    requireLastPushApproval: reviews && (p.requireLastPushApproval ?? false),
    requiresLinearHistory: false,
    allowsForcePushes: p.allowForcePushes ?? false,
    allowsDeletions: p.allowDeletions ?? false,
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

function parameters(rule: RuleInput): Record<string, unknown> | null {
  if (rule.type === 'pull_request') {
    return {
      __typename: 'PullRequestParameters',
      dismissStaleReviewsOnPush: false,
      requireCodeOwnerReview: rule.requireCodeOwnerReview ?? false,
      requireLastPushApproval: rule.requireLastPushApproval ?? false,
      requiredApprovingReviewCount: rule.requiredApprovingReviewCount ?? 1,
      requiredReviewThreadResolution: false,
      allowedMergeMethods: null,
    }
  }
  if (rule.type === 'required_status_checks') {
    const checks = rule.checks.map(requiredCheck).map((c) => ({ context: c.context, integrationId: c.appId }))
    return {
      __typename: 'RequiredStatusChecksParameters',
      requiredStatusChecks: checks,
      strictRequiredStatusChecksPolicy: rule.upToDate ?? true,
      doNotEnforceOnCreate: false,
    }
  }
  if (rule.type === 'merge_queue') {
    // The same defaults REST serves (routes/org.ts), in GraphQL's names.
    return {
      __typename: 'MergeQueueParameters',
      checkResponseTimeoutMinutes: 60,
      groupingStrategy: 'ALLGREEN',
      maxEntriesToBuild: 5,
      maxEntriesToMerge: 5,
      mergeMethod: 'MERGE',
      minEntriesToMerge: 1,
      minEntriesToMergeWaitMinutes: 5,
    }
  }
  return null
}

/** The rules REST lists for the branch, in the same order. */
export function branchRules(rulesets: readonly RulesetInput[], branch: string): Array<Record<string, unknown>> {
  return rulesets.flatMap((set, index) =>
    set.branches.includes(branch)
      ? set.rules.map((rule, i) => ({
          id: nodeId('RR', stableId('rule', `${index}:${rule.type}:${i}`)),
          type: rule.type.toUpperCase(),
          parameters: parameters(rule),
          repositoryRuleset: rulesetSource(index, set.name),
        }))
      : [],
  )
}

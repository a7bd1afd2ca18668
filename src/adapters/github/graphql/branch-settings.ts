// What GitHub enforces on a branch, through GraphQL, in the shape `checkSetup` judges (the REST
// twin is adapters/github/protection.ts): classic branch protection and the active rules of
// rulesets. A part the token may not read is listed as unreadable, never guessed.
import { enforcesNothing, type BranchSettings, type ProtectionSource } from '../../../core/setup/protection.js'

type JsonObject = Record<string, unknown>
type Json = JsonObject | null | undefined

/** The selection for one branch (aliased per branch by the query builder). */
export const BRANCH_SETTINGS = `name
      branchProtectionRule {
        requiredStatusChecks { context app { databaseId } } requiresStrictStatusChecks
        allowsForcePushes allowsDeletions
        requiresApprovingReviews requiredApprovingReviewCount requiresCodeOwnerReviews requireLastPushApproval
      }
      rules(first: 100) { nodes { type parameters {
        ... on RequiredStatusChecksParameters { requiredStatusChecks { context integrationId } strictRequiredStatusChecksPolicy }
        ... on PullRequestParameters { requiredApprovingReviewCount requireCodeOwnerReview requireLastPushApproval }
      } } }`

const get = (o: Json, key: string): Json => (o && typeof o === 'object' ? (o[key] as Json) : undefined)
const list = (o: unknown): JsonObject[] =>
  Array.isArray(o) ? o.filter((v): v is JsonObject => typeof v === 'object' && v !== null) : []
const id = (v: unknown): number | null => (typeof v === 'number' ? v : null)

/** `classicFailed` / `rulesFailed`: the field answered with a permission error. */
export function branchSettings(branch: string, ref: Json, classicFailed: boolean, rulesFailed: boolean): BranchSettings {
  const settings: BranchSettings = {
    branch,
    exists: ref ? true : classicFailed && rulesFailed ? null : false,
    sources: [],
    unreadable: [],
  }
  if (classicFailed) settings.unreadable.push('branch protection (reading it needs administration: read)')
  if (rulesFailed) settings.unreadable.push('rulesets')
  const rule = get(ref, 'branchProtectionRule')
  if (rule) settings.sources.push(fromClassic(rule))
  const rules = list(get(get(ref, 'rules'), 'nodes'))
  if (rules.length > 0) settings.sources.push(fromRules(rules))
  return settings
}

function fromClassic(rule: JsonObject): ProtectionSource {
  const reviews = rule.requiresApprovingReviews === true
  const requiredChecks = list(get(rule, 'requiredStatusChecks')).map((c) => ({
    context: String(c.context),
    appId: id(get(get(c, 'app'), 'databaseId')),
  }))
  return {
    kind: 'branch protection',
    requiredChecks,
    blocksForcePushes: rule.allowsForcePushes === false,
    blocksDeletion: rule.allowsDeletions === false,
    requiresPullRequest: reviews,
    requiresReviews: reviews && (Number(rule.requiredApprovingReviewCount ?? 0) > 0 || rule.requiresCodeOwnerReviews === true),
    requiresLastPushApproval: reviews && rule.requireLastPushApproval === true,
    requiresUpToDate: requiredChecks.length > 0 && rule.requiresStrictStatusChecks === true,
    requiresMergeQueue: false,
  }
}

function fromRules(rules: JsonObject[]): ProtectionSource {
  const source = enforcesNothing('rulesets')
  for (const r of rules) {
    const p = get(r, 'parameters')
    if (r.type === 'REQUIRED_STATUS_CHECKS') {
      const checks = list(get(p, 'requiredStatusChecks'))
      source.requiredChecks.push(...checks.map((c) => ({ context: String(c.context), appId: id(c.integrationId) })))
      source.requiresUpToDate ||= checks.length > 0 && get(p, 'strictRequiredStatusChecksPolicy') === (true as unknown)
    }
    if (r.type === 'MERGE_QUEUE') source.requiresMergeQueue = true
    if (r.type === 'NON_FAST_FORWARD') source.blocksForcePushes = true
    if (r.type === 'DELETION') source.blocksDeletion = true
    if (r.type === 'PULL_REQUEST') {
      source.requiresPullRequest = true
      source.requiresReviews ||=
        Number(get(p, 'requiredApprovingReviewCount') ?? 0) > 0 || get(p, 'requireCodeOwnerReview') === (true as unknown)
      source.requiresLastPushApproval ||= get(p, 'requireLastPushApproval') === (true as unknown)
    }
  }
  return source
}

// The pure approval decision behind the `promptops/approval` check and `promptops route`.
import { maxLevel, type Level } from '../types.js'
import { collectApprovals, excludedLogins } from './approvals.js'
import { collectOverrides } from './overrides.js'
import { buildTeamIndex, principalKind } from './principals.js'
import { buildRequirements, policyOwnerRequirements, pushersKnown } from './requirements.js'
import { dataClassReasons, dataClassRequirements } from './data-class-requirements.js'
import { orderReviews } from './reviews.js'
import { summarize } from './summary.js'
import type { Requirement, RoutingDecision, RoutingInput } from './types.js'

export function evaluateRouting(input: RoutingInput): RoutingDecision {
  // A policy change is at least high whatever its findings say (they cannot be turned off).
  const tier: Level = input.policyFiles.length > 0 ? maxLevel([input.level, 'high']) : input.level
  const teams = buildTeamIndex(input.teams)
  const ordered = orderReviews(input.reviews)
  const approvals = collectApprovals(ordered, input)
  const overrides = collectOverrides(ordered, input, teams)
  const ctx = { approvals: approvals.valid, teams, excluded: excludedLogins(input) }
  const tierRequirements = buildRequirements(input.tierPolicy[tier], input.templates, input.requireOwner, ctx)
  const ownersOfPolicy = policyOwnerRequirements(input.policyFiles, input.tierPolicy.policyOwners, ctx)
  const ofDataClasses = dataClassRequirements(input.dataClasses ?? [], ctx)
  const needsHumans = tierRequirements.length > 0 || ownersOfPolicy.length > 0 || ofDataClasses.length > 0
  const requirements = [
    ...(needsHumans ? pushersKnown(input.pushers) : []),
    ...tierRequirements,
    ...ownersOfPolicy,
    ...ofDataClasses,
  ]

  const contributing = new Set(flatten(requirements).flatMap((r) => r.approvedBy))
  const useless = requirements.length > 0 ? approvals.valid.filter((a) => !contributing.has(a.login)) : []
  const satisfied = overrides.overrides.length > 0 || requirements.every((r) => r.satisfied)
  const missing = satisfied ? [] : missingPrincipals(requirements)
  return {
    satisfied,
    status: satisfied
      ? 'success'
      : requirements.some((r) => !r.satisfied && r.blocked !== undefined)
        ? 'failure'
        : 'action_required',
    tier,
    summary: summarize({ tier, requirements, overrides: overrides.overrides, missing }),
    reasons: tierReasons(input, tier),
    notChecked: notChecked(input),
    requirements,
    counted: approvals.valid.filter((a) => !useless.includes(a)),
    discounted: [
      ...approvals.discounted,
      ...overrides.discounted,
      ...useless.map((a) => ({
        login: a.login,
        reason: 'not an owner of a changed template nor a member of a required group or data-class approver group',
      })),
    ],
    overrides: overrides.overrides,
    missingReviewers: {
      users: missing.filter((m) => principalKind(`@${m}`) === 'user'),
      teams: missing.filter((m) => principalKind(m) === 'team'),
    },
  }
}

function flatten(requirements: readonly Requirement[]): Requirement[] {
  return requirements.flatMap((r) => [r, ...flatten(r.children ?? [])])
}

/** Who to ask, from the unsatisfied requirements, deduplicated case-insensitively. */
function missingPrincipals(requirements: readonly Requirement[]): string[] {
  const seen = new Map<string, string>()
  for (const r of requirements)
    if (!r.satisfied) for (const m of r.missing) if (!seen.has(m.toLowerCase())) seen.set(m.toLowerCase(), m)
  return [...seen.values()]
}

/** What the shell could not supply (the offline CLI), so the decision could not check it. */
function notChecked(input: RoutingInput): string[] {
  const out: string[] = []
  if (!input.writeAccessKnown) out.push("reviewers' write access to the repository")
  if (input.pushers === undefined) out.push('who pushed the commits (pushers may not approve)')
  return out
}

function tierReasons(input: RoutingInput, tier: Level): string[] {
  const reasons: string[] = []
  const paths = input.policyFiles.map((f) => f.path)
  if (paths.length > 0) reasons.push(`policy files changed (${paths.join(', ')}): at least high, and their owners must approve`)
  if (tier !== input.level) reasons.push(`risk level from findings: ${input.level}`)
  else reasons.push(`risk level: ${tier}`)
  return [...reasons, ...input.reasons, ...dataClassReasons(input.dataClasses ?? [])]
}

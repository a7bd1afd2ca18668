// The pure approval decision behind the `promptops/approval` check and `promptops route`.
import type { Level } from '../types.js'
import { collectApprovals, excludedLogins } from './approvals.js'
import { collectOverrides } from './overrides.js'
import { buildTeamIndex, principalKind } from './principals.js'
import { buildRequirements } from './requirements.js'
import { orderReviews } from './reviews.js'
import { summarize } from './summary.js'
import type { Requirement, RoutingDecision, RoutingInput } from './types.js'

export function evaluateRouting(input: RoutingInput): RoutingDecision {
  const tier: Level = input.policyFilesChanged.length > 0 ? 'critical' : input.level
  const teams = buildTeamIndex(input.teams)
  const ordered = orderReviews(input.reviews)
  const approvals = collectApprovals(ordered, input)
  const overrides = collectOverrides(ordered, input, teams)
  const ctx = { approvals: approvals.valid, teams, excluded: excludedLogins(input) }
  const requirements = buildRequirements(input.tierPolicy[tier], input.templates, input.requireOwner, ctx)

  const contributing = new Set(flatten(requirements).flatMap((r) => r.approvedBy))
  const useless = requirements.length > 0 ? approvals.valid.filter((a) => !contributing.has(a.login)) : []
  const satisfied = overrides.overrides.length > 0 || requirements.every((r) => r.satisfied)
  const missing = satisfied ? [] : missingPrincipals(requirements)
  return {
    satisfied,
    status: satisfied ? 'success' : requirements.some((r) => !r.satisfied && r.blocked !== undefined) ? 'failure' : 'action_required',
    tier,
    summary: summarize({ tier, requirements, overrides: overrides.overrides, missing }),
    reasons: tierReasons(input, tier),
    requirements,
    counted: approvals.valid.filter((a) => !useless.includes(a)),
    discounted: [
      ...approvals.discounted,
      ...overrides.discounted,
      ...useless.map((a) => ({ login: a.login, reason: 'not an owner of a changed template nor a member of a required group' })),
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
  for (const r of requirements) if (!r.satisfied) for (const m of r.missing) if (!seen.has(m.toLowerCase())) seen.set(m.toLowerCase(), m)
  return [...seen.values()]
}

function tierReasons(input: RoutingInput, tier: Level): string[] {
  const reasons: string[] = []
  if (input.policyFilesChanged.length > 0) reasons.push(`policy files changed (${input.policyFilesChanged.join(', ')}): routed to critical`)
  if (tier !== input.level) reasons.push(`risk level from findings: ${input.level}`)
  else reasons.push(`risk level: ${tier}`)
  return [...reasons, ...input.reasons]
}

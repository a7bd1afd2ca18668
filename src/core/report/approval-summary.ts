// Who must approve this change, from the routing policy and the owners of the changed
// templates: the same decision the App's `promptops/approval` check makes, taken before
// any review, so the PR comment can say up front what the check will wait for.
import type { Config } from '../config/config.schema.js'
import { evaluateRouting } from '../routing/evaluate.js'
import { routingInput } from '../routing/from-report.js'
import { at } from '../routing/summary.js'
import type { Requirement } from '../routing/types.js'
import type { Level } from '../types.js'
import type { Report } from './types.js'

export interface ApprovalRequirement {
  description: string
  /** Who can satisfy it: `@login` or `@org/team`. */
  approvers: string[]
  /** Set when no review can satisfy it: a template without an owner under `requireOwner`. */
  blocked?: string
  children: ApprovalRequirement[]
}

export interface ApprovalSummary {
  tier: Level
  requirements: ApprovalRequirement[]
}

/** `ownersOf`: owners of a changed path at the base revision (CODEOWNERS + config), for the
 * policy files whose owners must approve. */
export function approvalSummary(
  report: Report,
  config: Config,
  ownersOf: (path: string) => string[] = () => [],
  author = '',
): ApprovalSummary {
  const facts = { author, coAuthors: [], reviews: [], teams: {}, headSha: '', changedSince: {}, writeAccessKnown: false }
  const decision = evaluateRouting(routingInput(report, config, facts, ownersOf))
  return { tier: decision.tier, requirements: decision.requirements.map(toSummary) }
}

// Team membership is unknown before the App evaluates the PR, so only an unowned template
// (known from CODEOWNERS and promptops.yml alone) is reported as impossible here.
const knowablyBlocked = (r: Requirement): boolean =>
  r.blocked !== undefined &&
  (r.id === 'owners-known' || r.id.startsWith('owned:') || (r.id.startsWith('policy-owners:') && r.children === undefined))

function toSummary(r: Requirement): ApprovalRequirement {
  return {
    description: r.description,
    approvers: r.missing.map(at),
    ...(r.blocked !== undefined && knowablyBlocked(r) ? { blocked: r.blocked } : {}),
    children: (r.children ?? []).map(toSummary),
  }
}

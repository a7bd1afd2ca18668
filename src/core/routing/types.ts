// Plain data in and out of the approval-routing decision behind `promptops/approval`.
import type { Config } from '../config/config.schema.js'
import type { Level } from '../types.js'

export type RoutingPolicy = Config['routing']

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'

/** One entry of GitHub's list-reviews API response (extra fields are ignored). */
export interface Review {
  id?: number
  user: { login: string } | null
  state: ReviewState
  commit_id: string | null
  body?: string | null
  submitted_at?: string
}

export interface GovernedTemplate {
  path: string
  /** `@user`, `@org/team` or email owners, already resolved (CODEOWNERS + config). */
  owners: string[]
  /** Content digest at the head commit. */
  digest: string
}

export interface RoutingInput {
  /** PR risk level, computed by the engine. */
  level: Level
  /** Why that level (top findings). */
  reasons: string[]
  /** Config/CODEOWNERS/workflow files changed: forces `critical`. */
  policyFilesChanged: string[]
  templates: GovernedTemplate[]
  tierPolicy: RoutingPolicy
  author: string
  /** Co-authors and committers of governed commits: they cannot approve. */
  coAuthors: string[]
  reviews: Review[]
  /** `org/team` → member logins. A team absent here has unknown membership. */
  teams: Record<string, string[]>
  headSha: string
  /** Governed template digests at the commits approvals were given on. */
  digestsAt: Record<string, Record<string, string>>
  /** An unowned governed template fails closed. */
  requireOwner: boolean
}

export interface Requirement {
  id: string
  description: string
  satisfied: boolean
  /** Logins whose approvals satisfy (part of) this requirement. */
  approvedBy: string[]
  /** Who could still satisfy it: bare logins, or `@org/team`. */
  missing: string[]
  /** For counted requirements: how many distinct approvers are needed. */
  needed?: number
  /** Set when no review can satisfy it (config or evaluation problem): fails the check. */
  blocked?: string
  children?: Requirement[]
}

export type FreshVia = 'head' | 'unchanged-templates'

export interface CountedApproval {
  login: string
  /** The commit the approval was given on. */
  commit: string
  via: FreshVia
}

export interface RoutingDecision {
  satisfied: boolean
  status: 'success' | 'action_required' | 'failure'
  tier: Level
  summary: string
  reasons: string[]
  requirements: Requirement[]
  counted: CountedApproval[]
  discounted: Array<{ login: string; reason: string }>
  overrides: Array<{ login: string; reason: string }>
  /** Reviewers to request: bare logins, and teams as `@org/team`. */
  missingReviewers: { users: string[]; teams: string[] }
}

// Plain data in and out of the approval-routing decision behind `promptops/approval`.
import type { Config } from '../config/config.schema.js'
import type { Level } from '../types.js'

export type RoutingPolicy = Config['routing']

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'

/** One entry of GitHub's list-reviews API response (extra fields are ignored). */
export interface Review {
  id?: number
  /** `type` is GitHub's account type (`User`, `Bot`, `Organization`); bots never approve. */
  user: { login: string; type?: string } | null
  state: ReviewState
  commit_id: string | null
  body?: string | null
  submitted_at?: string
  /** Whether the reviewer can push to the repository (GraphQL `authorCanPushToRepository`);
   * absent when the shell could not tell (offline CLI). */
  author_can_push?: boolean
  /** Who last wrote the body: the reviewer, or whoever edited it since (anyone with write
   * access may edit another user's review); null when GitHub did not say (REST lists, a
   * deleted account). Absent when the shell did not read it (offline CLI). */
  body_written_by?: string | null
}

export interface GovernedTemplate {
  path: string
  /** `@user`, `@org/team` or email owners, already resolved from the base revision
   * (CODEOWNERS + config + the template's own metadata at base), never from the head. */
  owners: string[]
}

/** A changed file that decides who approves what, with its owners at the base revision. */
export interface PolicyFile {
  path: string
  owners: string[]
}

/** A data class this change touches in a way its approvers must sign off (docs/data-classes.md). */
export interface DataClassApproval {
  dataClass: string
  /** `dataClasses.classes.<class>.approvers` at the base revision: each must approve. */
  approvers: string[]
  /** What the change does, per template: `path (rule, sends to host)`. */
  changes: string[]
  /** The same with the whole explanation: `path: rule: message`. */
  details: string[]
}

/** Who pushed the commits under review: they may not approve. `unknown`: could not be read
 * completely (fails closed); undefined in RoutingInput: not checked (offline CLI). */
export type Pushers = { known: string[] } | { unknown: string }

export interface RoutingInput {
  /** PR risk level, computed by the engine. */
  level: Level
  /** Why that level (top findings). */
  reasons: string[]
  /** Changed policy files (config, CODEOWNERS, `policyFiles`): their owners must approve. */
  policyFiles: PolicyFile[]
  templates: GovernedTemplate[]
  tierPolicy: RoutingPolicy
  author: string
  /** Authors, co-authors and committers of the commits under review: they cannot approve. */
  coAuthors: string[]
  /** Who pushed the commits under review; undefined: not checked (noted in the decision). */
  pushers?: Pushers
  reviews: Review[]
  /** `org/team` → member logins. A team absent here has unknown membership. */
  teams: Record<string, string[]>
  headSha: string
  /** For approvals given on another commit: null when nothing governed (bytes or modes)
   * differs between that commit and the head, else why it is stale. A commit missing here
   * could not be compared, so its approvals are stale. */
  changedSince: Record<string, string | null>
  /** When the PR's base branch was last switched or force-pushed: approvals submitted
   * earlier were given against another diff and do not count. */
  baseChangedAt?: string | null
  /** True when the shell read reviewers' write access (`author_can_push`): a review without
   * it then does not count. False: not checked (offline CLI), noted in the decision. */
  writeAccessKnown: boolean
  /** An unowned governed template fails closed. */
  requireOwner: boolean
  /** Data classes whose approvers must approve, whatever the tier. */
  dataClasses?: DataClassApproval[]
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

export type FreshVia = 'head' | 'unchanged-since'

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
  /** Checks this decision could not make because the shell could not supply the facts. */
  notChecked: string[]
  requirements: Requirement[]
  counted: CountedApproval[]
  discounted: Array<{ login: string; reason: string }>
  overrides: Array<{ login: string; reason: string }>
  /** Reviewers to request: bare logins, and teams as `@org/team`. */
  missingReviewers: { users: string[]; teams: string[] }
}

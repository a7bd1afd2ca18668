// One owner or required group that needs an approval from one of its members.
import { isMember, loginKey, membersOf, missingLabel, principalKind, type TeamIndex } from './principals.js'
import type { CountedApproval, Requirement } from './types.js'

export interface RequirementContext {
  approvals: readonly CountedApproval[]
  teams: TeamIndex
  /** Logins (lowercased) that cannot approve: author and co-authors. */
  excluded: ReadonlyMap<string, string>
}

export function principalRequirement(id: string, principal: string, description: string, ctx: RequirementContext): Requirement {
  const approvedBy = ctx.approvals.filter((a) => isMember(a.login, principal, ctx.teams) === 'yes').map((a) => a.login)
  if (approvedBy.length > 0) return { id, description, satisfied: true, approvedBy, missing: [] }
  const blocked = principalBlocked(principal, ctx)
  const requirement: Requirement = { id, description, satisfied: false, approvedBy: [], missing: [missingLabel(principal)] }
  return blocked === undefined ? requirement : { ...requirement, blocked }
}

/** Why no review can ever satisfy this principal, or undefined when one can. */
export function principalBlocked(principal: string, ctx: RequirementContext): string | undefined {
  const kind = principalKind(principal)
  if (kind === 'email') return `${principal} is an email address and cannot be matched to a GitHub login; use @user or @org/team`
  if (kind === 'invalid') return `${principal} is not a valid @user or @org/team`
  const members = membersOf(principal, ctx.teams)
  if (members === null) return `membership of ${principal} is unknown (team not found or not visible to PromptOps)`
  if (members.some((m) => !ctx.excluded.has(loginKey(m)))) return undefined
  return kind === 'user'
    ? `${principal} is the author or a co-author and cannot approve their own change`
    : `no member of ${principal} other than the author or co-authors can approve`
}

/** Known eligible approvers across principals, plus the principals whose members are unknown. */
export function eligibleApprovers(
  principals: readonly string[],
  ctx: RequirementContext,
): { known: Set<string>; unknown: string[] } {
  const known = new Set<string>()
  const unknown: string[] = []
  for (const principal of principals) {
    const members = membersOf(principal, ctx.teams)
    if (members === null) unknown.push(principal)
    else for (const m of members) if (!ctx.excluded.has(loginKey(m))) known.add(loginKey(m))
  }
  return { known, unknown }
}

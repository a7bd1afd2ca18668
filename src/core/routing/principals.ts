// Who belongs to an owner or group: `@user`, `@org/team` (via the `teams` map) or an
// email (never resolvable to a login here). Logins and team slugs compare case-insensitively.
import { ownerKind } from '../owners/owner-syntax.js'

export type Membership = 'yes' | 'no' | 'unknown'

export type TeamIndex = ReadonlyMap<string, ReadonlySet<string>>

export function loginKey(login: string): string {
  return login.replace(/^@/, '').toLowerCase()
}

export function buildTeamIndex(teams: Record<string, string[]>): TeamIndex {
  const index = new Map<string, Set<string>>()
  for (const [team, members] of Object.entries(teams)) index.set(loginKey(team), new Set(members.map(loginKey)))
  return index
}

export function principalKind(principal: string): 'user' | 'team' | 'email' | 'invalid' {
  return ownerKind(principal) ?? 'invalid'
}

export function isMember(login: string, principal: string, teams: TeamIndex): Membership {
  const kind = principalKind(principal)
  if (kind === 'user') return loginKey(principal) === loginKey(login) ? 'yes' : 'no'
  if (kind !== 'team') return 'unknown'
  const members = teams.get(loginKey(principal))
  if (members === undefined) return 'unknown'
  return members.has(loginKey(login)) ? 'yes' : 'no'
}

/** Known members of a principal, or null when membership cannot be known. */
export function membersOf(principal: string, teams: TeamIndex): string[] | null {
  const kind = principalKind(principal)
  if (kind === 'user') return [loginKey(principal)]
  if (kind !== 'team') return null
  const members = teams.get(loginKey(principal))
  return members === undefined ? null : [...members]
}

/** How a principal is shown in `missing`: bare login for users, `@org/team` for teams. */
export function missingLabel(principal: string): string {
  return principalKind(principal) === 'user' ? principal.replace(/^@/, '') : principal
}

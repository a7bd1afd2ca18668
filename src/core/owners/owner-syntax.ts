// Owner syntax accepted by GitHub in CODEOWNERS: `@user`, `@org/team`, or an email.
// Bounded, unambiguous regexes only (linear on hostile input).

export type OwnerKind = 'user' | 'team' | 'email'

const USER = /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}$/
const TEAM = /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/
const EMAIL = /^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/

export function ownerKind(owner: string): OwnerKind | null {
  if (USER.test(owner)) return 'user'
  if (TEAM.test(owner)) return 'team'
  if (EMAIL.test(owner)) return 'email'
  return null
}

/** Owners compare case-insensitively on GitHub (logins, team slugs, email addresses). */
export function ownerKey(owner: string): string {
  return owner.toLowerCase()
}

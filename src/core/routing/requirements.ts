// The requirement tree for one tier: owners known (when required), N approvals,
// all owners (AND), and each required group.
import { ownerKey } from '../owners/owner-syntax.js'
import { eligibleApprovers, principalRequirement, type RequirementContext } from './principal-requirement.js'
import { isMember, loginKey, membersOf, missingLabel, principalKind } from './principals.js'
import type { GovernedTemplate, PolicyFile, Pushers, Requirement, RoutingPolicy } from './types.js'

type TierPolicy = RoutingPolicy['low']

export interface OwnerEntry {
  owner: string
  templates: string[]
}

/** Distinct owners (case-insensitive) across templates, each with the templates it owns. */
export function distinctOwners(templates: readonly GovernedTemplate[]): OwnerEntry[] {
  const byKey = new Map<string, OwnerEntry>()
  for (const template of templates) {
    for (const owner of template.owners) {
      const entry = byKey.get(ownerKey(owner)) ?? { owner, templates: [] }
      if (!entry.templates.includes(template.path)) entry.templates.push(template.path)
      byKey.set(ownerKey(owner), entry)
    }
  }
  return [...byKey.values()]
}

export function buildRequirements(
  policy: TierPolicy,
  templates: readonly GovernedTemplate[],
  requireOwner: boolean,
  ctx: RequirementContext,
): Requirement[] {
  const owners = distinctOwners(templates)
  const list: Requirement[] = []
  if (requireOwner) list.push(ownersKnown(templates))
  if (policy.approvals > 0)
    list.push(
      approvalCount(
        policy,
        owners.map((o) => o.owner),
        templates.length > 0,
        ctx,
      ),
    )
  if (policy.allOwners) list.push(allOwners(owners, ctx))
  for (const group of policy.require)
    list.push(principalRequirement(`require:${group}`, group, `approval from required group ${group}`, ctx))
  return list
}

function ownersKnown(templates: readonly GovernedTemplate[]): Requirement {
  const children: Requirement[] = templates
    .filter((t) => t.owners.length === 0)
    .map((t) => ({
      id: `owned:${t.path}`,
      description: `${t.path} has an owner`,
      satisfied: false,
      approvedBy: [],
      missing: [],
      blocked: `${t.path} has no owner in CODEOWNERS or promptops.yml (provenance.requireOwner is on)`,
    }))
  const base = {
    id: 'owners-known',
    description: 'every changed template has an owner',
    satisfied: children.length === 0,
    approvedBy: [],
    missing: [],
  }
  return children.length === 0 ? base : { ...base, blocked: children[0]?.blocked ?? '', children }
}

function approvalCount(policy: TierPolicy, pool: readonly string[], anyTemplates: boolean, ctx: RequirementContext): Requirement {
  const n = policy.approvals
  const restricted = policy.codeowners && pool.length > 0
  const approvedBy = ctx.approvals
    .filter((a) => !restricted || pool.some((o) => isMember(a.login, o, ctx.teams) === 'yes'))
    .map((a) => a.login)
  const satisfied = approvedBy.length >= n
  const description = countDescription(n, policy.codeowners, restricted, anyTemplates)
  const base: Requirement = { id: 'approvals', description, satisfied, approvedBy, missing: [], needed: n }
  if (satisfied || !restricted) return base
  const missing = pool.filter((o) => canStillApprove(o, approvedBy, ctx)).map(missingLabel)
  const { known, unknown } = eligibleApprovers(pool, ctx)
  if (known.size >= n) return { ...base, missing }
  const unknownNote = unknown.length > 0 ? `; cannot resolve members of ${unknown.join(', ')}` : ''
  return {
    ...base,
    missing,
    blocked: `only ${known.size} eligible owner(s) other than the author and co-authors can approve, ${n} required${unknownNote}`,
  }
}

/** True when some member of the principal who has not approved yet could still approve. */
function canStillApprove(principal: string, approvedBy: readonly string[], ctx: RequirementContext): boolean {
  if (principalKind(principal) === 'email' || principalKind(principal) === 'invalid') return false
  const members = membersOf(principal, ctx.teams)
  if (members === null) return true
  const done = new Set(approvedBy.map(loginKey))
  return members.some((m) => !ctx.excluded.has(loginKey(m)) && !done.has(loginKey(m)))
}

function countDescription(n: number, codeowners: boolean, restricted: boolean, anyTemplates: boolean): string {
  const what = `${n} approval${n === 1 ? '' : 's'}`
  if (restricted) return `${what} from code owners of the changed templates`
  if (codeowners)
    return `${what} from anyone other than the author (${anyTemplates ? 'the changed templates have no code owners' : 'no governed template changed'})`
  return `${what} from anyone other than the author`
}

function allOwners(owners: readonly OwnerEntry[], ctx: RequirementContext): Requirement {
  const children = owners.map((o) =>
    principalRequirement(`owner:${o.owner}`, o.owner, `approval from ${o.owner} (owner of ${o.templates.join(', ')})`, ctx),
  )
  const blocked = children.find((c) => !c.satisfied && c.blocked !== undefined)?.blocked
  const requirement: Requirement = {
    id: 'all-owners',
    description:
      owners.length === 0
        ? 'every owner of every changed template approves (no owners)'
        : 'every owner of every changed template approves',
    satisfied: children.every((c) => c.satisfied),
    approvedBy: [...new Set(children.flatMap((c) => c.approvedBy))],
    missing: [...new Set(children.flatMap((c) => c.missing))],
    children,
  }
  return blocked === undefined ? requirement : { ...requirement, blocked }
}

/** Changes to who-approves-what need the owners of those files, whatever the tier: their
 * CODEOWNERS at the base revision plus `routing.policyOwners`. Files with the same owners
 * share one requirement. An unowned policy file fails closed. */
export function policyOwnerRequirements(
  files: readonly PolicyFile[],
  policyOwners: readonly string[],
  ctx: RequirementContext,
): Requirement[] {
  const groups = new Map<string, { owners: string[]; paths: string[] }>()
  for (const file of files) {
    const owners = [...new Map([...file.owners, ...policyOwners].map((o) => [ownerKey(o), o])).values()]
    const key = owners.map(ownerKey).sort().join(' ')
    const group = groups.get(key) ?? { owners, paths: [] }
    group.paths.push(file.path)
    groups.set(key, group)
  }
  return [...groups.values()].map(({ owners, paths }) => {
    const id = `policy-owners:${paths.join(',')}`
    const description = `approval from an owner of ${paths.join(', ')} (decides who approves what)`
    if (owners.length === 0) {
      const one = paths.length === 1
      const fix = `add ${one ? 'it' : 'them'} to CODEOWNERS (e.g. \`/.github/ @org/security\`) or list approvers in routing.policyOwners`
      const blocked = `${paths.join(', ')} ${one ? 'has' : 'have'} no owner at the base revision: ${fix}`
      return { id, description, satisfied: false, approvedBy: [], missing: [], blocked }
    }
    const children = owners.map((o) => principalRequirement(`${id}:${o}`, o, `approval from ${o}`, ctx))
    const approvedBy = [...new Set(children.flatMap((c) => c.approvedBy))]
    const satisfied = approvedBy.length > 0
    const anyPossible = children.some((c) => c.blocked === undefined)
    const requirement: Requirement = {
      id,
      description,
      satisfied,
      approvedBy,
      missing: satisfied ? [] : [...new Set(children.flatMap((c) => c.missing))],
    }
    return satisfied || anyPossible ? requirement : { ...requirement, blocked: children.map((c) => c.blocked).join('; ') }
  })
}

/** Approvals can only count once we know who pushed (and co-authored) the commits under review. */
export function pushersKnown(pushers: Pushers | undefined): Requirement[] {
  if (pushers === undefined || 'known' in pushers) return []
  return [
    {
      id: 'pushers-known',
      description: 'who pushed and co-authored the commits under review is known',
      satisfied: false,
      approvedBy: [],
      missing: [],
      blocked: `could not tell who pushed or co-authored the commits (${pushers.unknown}), so no approval can be shown independent of them`,
    },
  ]
}

// Data classes whose hosting this change touches (a class sent to a host it does not allow or
// cannot be checked, a class added on such a host, a class removed) need every approver group
// of the class, whatever the tier: one requirement per class, one child per group, each
// satisfied only by an eligible member (the usual exclusions: author, co-authors, pushers, bots,
// reviewers without write access never count).
import type { Config } from '../config/config.schema.js'
import type { Report } from '../report/types.js'
import { principalRequirement, type RequirementContext } from './principal-requirement.js'
import type { DataClassApproval, Requirement } from './types.js'

const SHOWN = 3

/** Per class, the approvers from the base config and what the change does to it. */
export function dataClassApprovals(report: Report, config: Config): DataClassApproval[] {
  const byClass = new Map<string, DataClassApproval>()
  for (const t of report.templates) {
    const host = t.dataClasses?.host.host ?? 'an unknown host'
    for (const e of t.dataClasses?.events ?? []) {
      const entry = byClass.get(e.dataClass) ?? {
        dataClass: e.dataClass,
        approvers: config.dataClasses.classes[e.dataClass]?.approvers ?? [],
        changes: [],
        details: [],
      }
      entry.changes.push(`${t.path} (${e.rule}, sends to ${host})`)
      entry.details.push(`${t.path}: ${e.rule}: ${e.message}`)
      byClass.set(e.dataClass, entry)
    }
  }
  return [...byClass.values()].sort((a, b) => (a.dataClass < b.dataClass ? -1 : 1))
}

export function dataClassRequirements(classes: readonly DataClassApproval[], ctx: RequirementContext): Requirement[] {
  return classes
    .filter((c) => c.approvers.length > 0)
    .map((c) => {
      const id = `data-class:${c.dataClass}`
      const listed = c.changes.slice(0, SHOWN).join('; ')
      const more = c.changes.length > SHOWN ? `; and ${c.changes.length - SHOWN} more` : ''
      const description = `approval from each ${c.dataClass} approver group (${c.approvers.join(', ')}): ${listed}${more}`
      const children = c.approvers.map((group) =>
        principalRequirement(`${id}:${group}`, group, `approval from ${group} (approver of data class ${c.dataClass})`, ctx),
      )
      const requirement: Requirement = {
        id,
        description,
        satisfied: children.every((r) => r.satisfied),
        approvedBy: [...new Set(children.flatMap((r) => r.approvedBy))],
        missing: [...new Set(children.filter((r) => !r.satisfied).flatMap((r) => r.missing))],
        children,
      }
      const blocked = children.find((r) => !r.satisfied && r.blocked !== undefined)?.blocked
      return blocked === undefined ? requirement : { ...requirement, blocked }
    })
}

/** Why the tier, for classes: each change, and classes that have nobody to ask. */
export function dataClassReasons(classes: readonly DataClassApproval[]): string[] {
  return classes.flatMap((c) => [
    ...c.details.slice(0, SHOWN).map((detail) => `data class ${c.dataClass}: ${detail}`),
    ...(c.approvers.length === 0
      ? [
          `data class ${c.dataClass} has no approvers (dataClasses.classes.${c.dataClass}.approvers): only the tier's approvals apply`,
        ]
      : []),
  ])
}

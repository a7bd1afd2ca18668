// One-line status text, e.g. "high risk: 1/2 required approvals; missing @org/prompt-owners".
import type { Level } from '../types.js'
import type { Requirement } from './types.js'

export interface SummaryInput {
  tier: Level
  requirements: readonly Requirement[]
  overrides: ReadonlyArray<{ login: string; reason: string }>
  missing: readonly string[]
}

export function summarize(input: SummaryInput): string {
  const head = `${input.tier} risk`
  const override = input.overrides[0]
  if (override !== undefined) return `${head}: overridden by @${override.login} (${override.reason})`
  if (input.requirements.length === 0) return `${head}: no approval required`
  const parts = input.requirements.map(progress)
  const blocked = input.requirements.find((r) => !r.satisfied && r.blocked !== undefined)?.blocked
  if (blocked !== undefined) parts.push(`cannot be met: ${blocked}`)
  else if (input.missing.length > 0) parts.push(`missing ${input.missing.map(at).join(', ')}`)
  return `${head}: ${parts.join('; ')}`
}

function progress(r: Requirement): string {
  if (r.id === 'approvals') {
    const need = r.needed ?? r.approvedBy.length
    return `${Math.min(r.approvedBy.length, need)}/${need} required approvals`
  }
  if (r.id === 'all-owners') {
    const children = r.children ?? []
    return `${children.filter((c) => c.satisfied).length}/${children.length} owners approved`
  }
  if (r.id === 'owners-known')
    return r.satisfied ? 'all templates owned' : `${(r.children ?? []).length} template(s) without an owner`
  return `${r.description}: ${r.satisfied ? 'met' : 'pending'}`
}

/** Users are shown as `@login`; teams are already `@org/team`. */
export function at(principal: string): string {
  return principal.startsWith('@') || principal.includes('@') ? principal : `@${principal}`
}

// May a template of this class send its data to this host? Allowed only when an `allow` entry
// matches everything it names and the host carries the guarantees the class requires, as the
// team asserts them in `dataClasses.hosts`. What cannot be decided is "unknown", never allowed.
import type { HostMatch } from '../config/data-classes.schema.js'
import type { DataClassPolicy, EffectiveClass } from './policy.js'
import type { ClassVerdict, ResolvedHost } from './types.js'

type Match = 'yes' | 'no' | 'undecided'

/** How a host reads in messages: `api.openai.com (openai)`, `unknown host (azure-openai)`. */
export function describeHost(host: ResolvedHost, region: string | null = host.region): string {
  const about = [host.provider, region].filter((s): s is string => s !== null)
  const name = host.host ?? 'unknown host'
  return about.length > 0 ? `${name} (${about.join(', ')})` : name
}

export function judgeHost(cls: EffectiveClass, host: ResolvedHost, policy: DataClassPolicy): ClassVerdict {
  const assertion = host.host === null ? undefined : policy.assertionFor(host.host, host.provider)
  const region = host.region ?? assertion?.region ?? null
  const shown = describeHost(host, region)
  const verdict = (v: ClassVerdict['verdict'], reason: string): ClassVerdict => ({ dataClass: cls.name, verdict: v, reason })
  const requiresGuarantees = cls.requires.noTraining === true || cls.requires.maxRetentionDays !== undefined
  if (cls.allow === null && !requiresGuarantees) return verdict('allowed', `${cls.name} sets no hosting restriction`)
  const facts = { provider: host.provider, host: host.host, region }
  const matches = (cls.allow ?? [{}]).map((entry) => matchEntry(entry, facts, policy))
  if (!matches.includes('yes')) {
    if (matches.includes('undecided'))
      return verdict('unknown', `${shown} cannot be checked against ${cls.name}'s allowed hosts: ${host.explanation}`)
    return verdict('not-allowed', `${shown} is not among the hosts ${cls.name} allows`)
  }
  if (!requiresGuarantees) return verdict('allowed', `${shown} is allowed for ${cls.name}`)
  if (host.host === null)
    return verdict(
      'unknown',
      `${cls.name} requires provider guarantees, which cannot be checked for an unknown host: ${host.explanation}`,
    )
  const missing: string[] = []
  if (cls.requires.noTraining && assertion?.noTraining !== true) missing.push('no training on inputs (noTraining)')
  const max = cls.requires.maxRetentionDays
  if (max !== undefined && !(assertion?.retentionDays !== undefined && assertion.retentionDays <= max)) {
    missing.push(
      `retention of at most ${max} day${max === 1 ? '' : 's'}${assertion?.retentionDays !== undefined ? ` (asserted: ${assertion.retentionDays})` : ''}`,
    )
  }
  if (missing.length === 0)
    return verdict('allowed', `${shown} is allowed for ${cls.name} and asserts the guarantees it requires`)
  const where = assertion ? 'its entry in dataClasses.hosts does not assert' : 'it has no entry in dataClasses.hosts asserting'
  return verdict('not-allowed', `${shown} lacks guarantees ${cls.name} requires: ${where} ${missing.join(' and ')}`)
}

function matchEntry(entry: HostMatch, facts: Record<keyof HostMatch, string | null>, policy: DataClassPolicy): Match {
  let result: Match = 'yes'
  for (const field of ['provider', 'host', 'region'] as const) {
    const glob = entry[field]
    if (glob === undefined) continue
    const value = facts[field]
    if (value === null) result = 'undecided'
    else if (!policy.matches(glob, value)) return 'no'
  }
  return result
}

export type OverallVerdict = ClassVerdict['verdict'] | 'unclassified'

/** A template's verdict across its classes: the worst one, `unclassified` without classes. */
export function overallVerdict(verdicts: readonly ClassVerdict[]): OverallVerdict {
  if (verdicts.length === 0) return 'unclassified'
  if (verdicts.some((v) => v.verdict === 'not-allowed')) return 'not-allowed'
  return verdicts.some((v) => v.verdict === 'unknown') ? 'unknown' : 'allowed'
}

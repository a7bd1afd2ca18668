// One template change, judged for data classes: the classes at base and head, where the head
// sends its prompts, and which of the class-relevant changes this change introduces — sending
// a class to a host it does not allow (or cannot be checked), adding a class to a template on
// such a host, removing a class. Config is the base branch's, like all policy.
import type { Level, Template, TemplateChange } from '../types.js'
import { describeHost, judgeHost } from './judge.js'
import { knownClass, type DataClassPolicy } from './policy.js'
import { resolveHost } from './resolve-host.js'
import type { ClassVerdict, DataClassEvent, ResolvedHost, TemplateDataClasses } from './types.js'

export interface TemplateClasses {
  /** Known classes: assigned by config to the path, or declared by the template. */
  classes: string[]
  /** Names the template declares that config does not define. */
  unknown: string[]
  /** Where each class comes from, for messages. */
  origin: ReadonlyMap<string, string>
}

export function classesOf(template: Template, path: string, policy: DataClassPolicy): TemplateClasses {
  const origin = new Map<string, string>()
  for (const name of policy.assignedTo(path)) origin.set(name, `assigned to ${path} by dataClasses.assign`)
  const unknown: string[] = []
  for (const name of template.metadata.dataClasses?.names ?? []) {
    if (!policy.classes.has(name)) unknown.push(name)
    else if (!origin.has(name)) origin.set(name, 'declared in the template (dataClasses)')
  }
  return { classes: [...origin.keys()].sort(), unknown, origin }
}

export interface Assessment extends TemplateDataClasses {
  /** Verdicts the base version already had on the same host with the same class: not this change's doing. */
  existing: ClassVerdict[]
  unknownNames: string[]
}

/** A host as compared across versions: what it is, or for an unknown one, why. */
const hostKey = (h: ResolvedHost): string => JSON.stringify([h.provider, h.host, h.region, h.host === null ? h.explanation : ''])

export function assessChange(change: TemplateChange, policy: DataClassPolicy): Assessment {
  const head = change.head
  const base = change.base
  const side = head ?? base
  const basePath = change.oldPath ?? change.path
  if (!side)
    return { classes: [], host: UNREADABLE, verdicts: [], redactTelemetry: false, events: [], existing: [], unknownNames: [] }
  const now = classesOf(side, head ? change.path : basePath, policy)
  const host = resolveHost(side, policy)
  const verdicts = now.classes.map((name) => judgeHost(knownClass(policy, name), host, policy))
  const redactTelemetry = now.classes.some((name) => policy.classes.get(name)?.redactTelemetry === true)
  const result: Assessment = {
    classes: now.classes,
    host,
    verdicts,
    redactTelemetry,
    events: [],
    existing: [],
    unknownNames: now.unknown,
  }
  if (!head) return result
  const before = base ? classesOf(base, basePath, policy) : null
  const baseHost = base ? resolveHost(base, policy) : null
  const metaLine = head.metadata.dataClasses?.line ?? head.metadata.line ?? 1
  const hostLine = head.model.line ?? metaLine
  const event = (rule: DataClassEvent['rule'], dataClass: string, severity: Level, message: string, line: number): void => {
    result.events.push({ rule, dataClass, severity, message, line })
  }
  for (const name of before?.classes ?? []) {
    if (now.classes.includes(name)) continue
    const cls = knownClass(policy, name)
    event(
      'data.class-removed',
      name,
      cls.severity,
      `Data class ${name} removed from this template (it was ${before?.origin.get(name) ?? 'declared'}); it now sends to ${describeHost(host)}`,
      metaLine,
    )
  }
  for (const v of verdicts) {
    if (v.verdict === 'allowed') continue
    const cls = knownClass(policy, v.dataClass)
    const severity = v.verdict === 'unknown' ? (policy.unknownHostSeverity ?? cls.severity) : cls.severity
    const rule = v.verdict === 'unknown' ? 'data.host-unknown' : 'data.host-not-allowed'
    if (!base || !before) {
      event(rule, v.dataClass, severity, `New ${v.dataClass} template: ${v.reason}`, hostLine)
    } else if (!before.classes.includes(v.dataClass)) {
      const added = v.verdict === 'unknown' ? rule : 'data.class-added-on-disallowed-host'
      event(
        added,
        v.dataClass,
        severity,
        `Data class ${v.dataClass} added (${now.origin.get(v.dataClass)}): ${v.reason}`,
        metaLine,
      )
    } else if (baseHost && hostKey(baseHost) !== hostKey(host)) {
      event(
        rule,
        v.dataClass,
        severity,
        `${v.dataClass} template moves from ${describeHost(baseHost)} to ${describeHost(host)}: ${v.reason}`,
        hostLine,
      )
    } else {
      result.existing.push(v)
    }
  }
  return result
}

const UNREADABLE: ResolvedHost = {
  provider: null,
  host: null,
  region: null,
  deployment: null,
  model: null,
  source: 'unknown',
  explanation: 'the file could not be read',
}

// The `dataClasses` config compiled once: each class with its preset filled in, and matchers
// for the path, host, provider and region globs.
import picomatch from 'picomatch'
import type { Config } from '../config/config.schema.js'
import type { DataClassesConfig, HostAssertion, HostMatch } from '../config/data-classes.schema.js'
import { PRESETS, type PresetName, type PresetRequires } from './presets.js'

export interface EffectiveClass {
  name: string
  preset: PresetName | null
  description: string | null
  /** null: any host (subject to `requires`). */
  allow: readonly HostMatch[] | null
  requires: PresetRequires
  redactTelemetry: boolean
  approvers: readonly string[]
  severity: 'high' | 'critical'
}

export interface DataClassPolicy {
  classes: ReadonlyMap<string, EffectiveClass>
  /** Whether any class is defined (without one, `data.unclassified` is informational). */
  defined: boolean
  /** Classes `dataClasses.assign` gives a path, in config order. */
  assignedTo(path: string): string[]
  /** The first `deployments` entry covering a path. */
  deploymentOf(path: string): DataClassesConfig['deployments'][number] | undefined
  /** The first `hosts` entry speaking for a host (and provider). */
  assertionFor(host: string, provider: string | null): HostAssertion | undefined
  /** Case-insensitive glob match of a host, provider or region. */
  matches(glob: string, value: string): boolean
  unknownHostSeverity: DataClassesConfig['unknownHostSeverity']
  unclassifiedSeverity: DataClassesConfig['unclassifiedSeverity']
}

/** A class `classesOf` returned: always defined in the policy it came from. */
export function knownClass(policy: DataClassPolicy, name: string): EffectiveClass {
  const cls = policy.classes.get(name)
  if (!cls) throw new Error(`data class ${name} is not defined in this policy`)
  return cls
}

/** A folder written with a trailing slash covers everything below it. */
export function pathGlob(pattern: string): string {
  return pattern.endsWith('/') ? `${pattern}**` : pattern
}

// Compiled once per config object (configs are parsed once and never changed).
const compiled = new WeakMap<Config, DataClassPolicy>()

export function dataClassPolicy(config: Config): DataClassPolicy {
  const known = compiled.get(config)
  if (known) return known
  const policy = compile(config.dataClasses)
  compiled.set(config, policy)
  return policy
}

function compile(dc: DataClassesConfig): DataClassPolicy {
  const paths = { dot: true }
  const names = { dot: true, nocase: true }
  const assign = dc.assign.map((a) => ({ match: picomatch(pathGlob(a.pattern), paths), classes: a.classes }))
  const deployments = dc.deployments.map((d) => ({ match: picomatch(pathGlob(d.pattern), paths), entry: d }))
  const globs = new Map<string, (value: string) => boolean>()
  const matches = (glob: string, value: string): boolean => {
    let m = globs.get(glob)
    if (m === undefined) globs.set(glob, (m = picomatch(glob, names)))
    return m(value)
  }
  return {
    classes: new Map(Object.entries(dc.classes).map(([name, c]) => [name, effective(name, c)])),
    defined: Object.keys(dc.classes).length > 0,
    assignedTo: (path) => [...new Set(assign.filter((a) => a.match(path)).flatMap((a) => a.classes))],
    deploymentOf: (path) => deployments.find((d) => d.match(path))?.entry,
    assertionFor: (host, provider) =>
      dc.hosts.find(
        (h) => matches(h.host, host) && (h.provider === undefined || (provider !== null && matches(h.provider, provider))),
      ),
    matches,
    unknownHostSeverity: dc.unknownHostSeverity,
    unclassifiedSeverity: dc.unclassifiedSeverity,
  }
}

function effective(name: string, c: DataClassesConfig['classes'][string]): EffectiveClass {
  const preset = c.preset ? PRESETS[c.preset] : undefined
  return {
    name,
    preset: c.preset ?? null,
    description: c.description ?? preset?.description ?? null,
    allow: c.allow ?? null,
    requires: { ...preset?.requires, ...definedFields(c.requires ?? {}) },
    redactTelemetry: c.redactTelemetry ?? preset?.redactTelemetry ?? false,
    approvers: c.approvers ?? [],
    severity: c.severity ?? preset?.severity ?? 'high',
  }
}

function definedFields(requires: PresetRequires): PresetRequires {
  return Object.fromEntries(Object.entries(requires).filter(([, v]) => v !== undefined))
}

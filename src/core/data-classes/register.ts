// The register of processing: every governed template with its data classes, model, where it
// sends its prompts, owners and last recorded approval. Built from a revision's files (the CLI's
// `report data-classes`) or from the audit records alone (the audit branch's register page).
import type { Config } from '../config/config.schema.js'
import { approvers } from '../audit/markdown.js'
import { recordPath } from '../audit/record.js'
import type { AuditRecord } from '../audit/record.schema.js'
import { parseTemplate } from '../templates/index.js'
import type { TemplateFormat } from '../types.js'
import { classesOf } from './assess.js'
import { judgeHost, overallVerdict, type OverallVerdict } from './judge.js'
import { dataClassPolicy, knownClass } from './policy.js'
import { resolveHost } from './resolve-host.js'
import type { ResolvedHost } from './types.js'

export interface LastApproval {
  pr: number
  mergedAt: string
  /** Who approved the merged pull request (empty when its tier needed nobody). */
  approvers: string[]
  /** Path of the audit record on the audit branch. */
  record: string
}

export interface RegisterRow {
  path: string
  format: TemplateFormat | null
  classes: string[]
  /** Declared class names no config defines. */
  undefinedClasses: string[]
  model: string | null
  provider: string | null
  host: string | null
  region: string | null
  verdict: OverallVerdict
  /** Per class, why its verdict; and how the host was resolved. */
  reasons: string[]
  /** Where the host's assertions come from (`dataClasses.hosts[].note`). */
  hostNote: string | null
  owners: string[]
  redactTelemetry: boolean
  lastApproval: LastApproval | null
}

export interface RegisterFile {
  path: string
  /** null when the file cannot be read as a template (`unreadable` says why). */
  text: string | null
  unreadable?: string
}

/** One row per file, in path order. `ownersOf`: CODEOWNERS and config owners at the same revision. */
export function registerFromFiles(
  files: readonly RegisterFile[],
  config: Config,
  ownersOf: (path: string) => readonly string[],
  records: readonly AuditRecord[],
): RegisterRow[] {
  const policy = dataClassPolicy(config)
  const latest = latestRecords(records)
  return [...files]
    .sort((a, b) => compare(a.path, b.path))
    .map((file) => {
      const template = parseTemplate(file.path, file.text ?? '')
      const { classes, unknown } = classesOf(template, file.path, policy)
      const host = file.text === null ? unreadableHost(file.unreadable ?? 'not readable') : resolveHost(template, policy)
      const verdicts = classes.map((name) => judgeHost(knownClass(policy, name), host, policy))
      const record = latest.get(file.path)
      return {
        path: file.path,
        format: template.format,
        classes,
        undefinedClasses: unknown,
        model: template.model.id ?? null,
        provider: host.provider,
        host: host.host,
        region: host.region,
        verdict: overallVerdict(verdicts),
        reasons: [...verdicts.map((v) => `${v.dataClass}: ${v.reason}`), `host: ${host.explanation}`],
        hostNote: host.host === null ? null : (policy.assertionFor(host.host, host.provider)?.note ?? null),
        owners: [...new Set([...ownersOf(file.path), ...template.metadata.owners])],
        redactTelemetry: classes.some((c) => policy.classes.get(c)?.redactTelemetry === true),
        lastApproval: record ? lastApproval(record) : null,
      }
    })
}

/** The register as the records tell it: each template's latest record, when that record
 * carries its data handling (records written before the register are counted apart). */
export function registerFromRecords(records: readonly AuditRecord[]): { rows: RegisterRow[]; withoutDataHandling: number } {
  const rows: RegisterRow[] = []
  let withoutDataHandling = 0
  for (const [path, record] of [...latestRecords(records)].sort(([a], [b]) => compare(a, b))) {
    const t = record.predicate.templates.find((x) => x.path === path)
    if (t === undefined || t.digest === null) continue // removed, or renamed away
    const d = t.dataHandling
    if (d === undefined) {
      withoutDataHandling++
      continue
    }
    rows.push({
      path,
      format: null,
      classes: d.classes,
      undefinedClasses: [],
      model: d.model,
      provider: d.provider,
      host: d.host,
      region: d.region,
      verdict: d.verdict,
      reasons: [],
      hostNote: null,
      owners: t.owners ?? [],
      redactTelemetry: d.redactTelemetry,
      lastApproval: lastApproval(record),
    })
  }
  return { rows, withoutDataHandling }
}

function unreadableHost(why: string): ResolvedHost {
  return {
    provider: null,
    host: null,
    region: null,
    deployment: null,
    model: null,
    source: 'unknown',
    explanation: `the file cannot be read as a template (${why}), so its host is unknown`,
  }
}

/** Path → the newest record that touched it as its current path (a rename's old path is superseded). */
function latestRecords(records: readonly AuditRecord[]): Map<string, AuditRecord> {
  const latest = new Map<string, AuditRecord>()
  for (const r of [...records].sort((a, b) => a.predicate.seq - b.predicate.seq)) {
    for (const t of r.predicate.templates) {
      latest.set(t.path, r)
      if (t.oldPath !== null && t.oldPath !== t.path) latest.delete(t.oldPath)
    }
  }
  return latest
}

function lastApproval(record: AuditRecord): LastApproval {
  return {
    pr: record.predicate.pr.number,
    mergedAt: record.predicate.mergedAt,
    approvers: approvers(record),
    record: recordPath(record),
  }
}

/** Code-unit order: the same on every machine (localeCompare is not). */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

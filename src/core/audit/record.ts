// One merged-PR decision as an in-toto Statement. Only digests and redacted, validated
// values go in (record-values.ts): a value that cannot be recorded becomes a redaction
// marker. Inputs shaped like raw prompt text (a `text` or `messages` field) are refused.
import type { Finding, Level } from '../types.js'
import { leafHash, sha256Hex, type Bytes } from './hash.js'
import { canonicalJson, canonicalJsonPretty } from './canonical-json.js'
import { AuditInputError } from './errors.js'
import { assertNoEmails, assertNoRawText } from './redaction.js'
import {
  recordableLogin,
  recordableMetrics,
  recordableOwner,
  recordableRuleId,
  recordableTags,
  recordableText,
  recordableUrl,
} from './record-values.js'
import {
  AuditRecordSchema,
  LIMITS,
  PREDICATE_TYPE,
  STATEMENT_TYPE,
  type AuditApproval,
  type AuditDataHandling,
  type AuditOverride,
  type AuditPredicate,
  type AuditRecord,
  type AuditSla,
} from './record.schema.js'

export type AuditFindingInput = Pick<Finding, 'category' | 'rule' | 'severity' | 'path' | 'line'> & { evidence?: string | null }

export interface AuditTemplateInput {
  path: string
  oldPath?: string | null
  digest: string | null
  provenance?: Record<string, string>
  metrics?: Record<string, number>
  owners?: readonly string[]
  dataHandling?: AuditDataHandling
}

export interface AuditRecordInput {
  /** `owner/name`. */
  repository: string
  pr: { number: number; title: string; author: string; url: string }
  base: string
  head: string
  mergeCommit: string
  mergedAt: string
  level: Level
  score: number
  findings: readonly AuditFindingInput[]
  configDigest: string
  approvals: readonly AuditApproval[]
  overrides: readonly AuditOverride[]
  templates: readonly AuditTemplateInput[]
  sla?: AuditSla
}

export interface PrevRecordRef {
  seq: number
  hash: string
}

export function buildRecord(input: AuditRecordInput, prev: PrevRecordRef | null): AuditRecord {
  assertNoRawText(input)
  const predicate: AuditPredicate = {
    seq: prev === null ? 1 : prev.seq + 1,
    prevHash: prev === null ? null : prev.hash,
    repository: input.repository,
    pr: {
      number: input.pr.number,
      title: recordableText(input.pr.title, LIMITS.title),
      author: recordableLogin(input.pr.author),
      url: recordableUrl(input.pr.url),
    },
    base: input.base.toLowerCase(),
    head: input.head.toLowerCase(),
    mergeCommit: input.mergeCommit.toLowerCase(),
    mergedAt: input.mergedAt,
    level: input.level,
    score: input.score,
    findings: input.findings.map(recordableFinding),
    policy: { configDigest: input.configDigest },
    approvals: input.approvals.map((a) => ({ ...a, reviewer: recordableLogin(a.reviewer), commit: a.commit.toLowerCase() })),
    overrides: input.overrides.map((o) => ({ by: recordableLogin(o.by), reason: recordableText(o.reason, LIMITS.reason) })),
    outcome: 'merged',
    templates: input.templates.map((t) => ({
      path: recordableText(t.path, LIMITS.path),
      oldPath: t.oldPath === null || t.oldPath === undefined ? null : recordableText(t.oldPath, LIMITS.path),
      digest: t.digest,
      provenance: recordableTags(t.provenance ?? {}),
      metrics: recordableMetrics(t.metrics ?? {}),
      ...(t.owners ? { owners: t.owners.slice(0, LIMITS.owners).map(recordableOwner) } : {}),
      ...(t.dataHandling ? { dataHandling: recordableDataHandling(t.dataHandling) } : {}),
    })),
    ...(input.sla ? { sla: recordableSla(input.sla) } : {}),
  }
  const record: AuditRecord = { _type: STATEMENT_TYPE, subject: subjects(predicate), predicateType: PREDICATE_TYPE, predicate }
  return validated(record)
}

function recordableFinding(f: AuditFindingInput): AuditPredicate['findings'][number] {
  return {
    category: f.category,
    rule: recordableRuleId(f.rule),
    severity: f.severity,
    path: recordableText(f.path, LIMITS.path),
    line: f.line,
    // Detectors already redact their evidence; this is the log's own last line of defence.
    evidence: f.evidence === null || f.evidence === undefined ? null : recordableText(f.evidence, LIMITS.evidence),
  }
}

function recordableDataHandling(d: AuditDataHandling): AuditDataHandling {
  const text = (v: string | null): string | null => (v === null ? null : recordableText(v, LIMITS.shortText))
  return {
    classes: d.classes.slice(0, LIMITS.tags).map((c) => recordableText(c, LIMITS.shortText)),
    provider: text(d.provider),
    host: text(d.host),
    region: text(d.region),
    model: text(d.model),
    verdict: d.verdict,
    redactTelemetry: d.redactTelemetry,
  }
}

function recordableSla(sla: AuditSla): AuditSla {
  const { owners, ...rest } = sla
  return {
    ...rest,
    target: recordableText(sla.target, LIMITS.shortText),
    ...(owners ? { owners: owners.slice(0, LIMITS.owners).map(recordableOwner) } : {}),
  }
}

function subjects(p: AuditPredicate): AuditRecord['subject'] {
  const withDigest = p.templates.flatMap((t) => (t.digest === null ? [] : [{ name: t.path, digest: { sha256: t.digest } }]))
  // in-toto needs at least one subject: fall back to the merge commit (all templates removed).
  return withDigest.length > 0 ? withDigest : [{ name: p.repository, digest: { gitCommit: p.mergeCommit } }]
}

function validated(record: AuditRecord): AuditRecord {
  const parsed = AuditRecordSchema.safeParse(record)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue ? issue.path.join('.').replace(/^predicate\./, '') : 'record'
    throw new AuditInputError('audit-invalid', field, issue?.message ?? 'invalid record')
  }
  if (Number.isNaN(Date.parse(record.predicate.mergedAt)))
    throw new AuditInputError('audit-invalid', 'mergedAt', 'not a real date')
  assertNoEmails(record.predicate, 'input')
  return parsed.data
}

/** Parses and validates record JSON (as stored on the branch). */
export function parseRecord(text: string): AuditRecord | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null // not JSON: the caller reports the file as edited
  }
  return AuditRecordSchema.safeParse(value).success ? (value as AuditRecord) : null
}

/** Hex SHA-256 of the record's canonical JSON; the next record's `prevHash`. */
export function recordHash(record: AuditRecord): string {
  return sha256Hex(canonicalJson(record))
}

/** The record's RFC 6962 leaf hash: its canonical JSON is the leaf data. */
export function recordLeafHash(record: AuditRecord): Bytes {
  return leafHash(canonicalJson(record))
}

/** The exact file content written for a record: sorted keys, 2-space indent, final newline. */
export function serializeRecord(record: AuditRecord): string {
  return `${canonicalJsonPretty(record)}\n`
}

/** `records/YYYY/MM/DD/<seq:8>-pr-<n>.json`, dated by mergedAt (UTC). */
export function recordPath(record: AuditRecord): string {
  const p = record.predicate
  const [y, m, d] = [p.mergedAt.slice(0, 4), p.mergedAt.slice(5, 7), p.mergedAt.slice(8, 10)]
  return `records/${y}/${m}/${d}/${String(p.seq).padStart(8, '0')}-pr-${p.pr.number}.json`
}

export const RECORD_PATH = /^records\/(\d{4})\/(\d{2})\/(\d{2})\/(\d{8})-pr-([1-9]\d{0,9})\.json$/

export function idempotencyKey(repository: string, pr: number, mergeSha: string): string {
  return `${repository.toLowerCase()}#${pr}@${mergeSha.toLowerCase()}`
}

export function recordIdempotencyKey(record: AuditRecord): string {
  const p = record.predicate
  return idempotencyKey(p.repository, p.pr.number, p.mergeCommit)
}

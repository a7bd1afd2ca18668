// The one source of the audit record's shape: an in-toto Statement v1 whose predicate is
// one merged-PR decision. Strict objects, so a record with smuggled fields fails to parse.
import { z } from 'zod'
import { CATEGORIES, LEVELS } from '../types.js'

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
export const PREDICATE_TYPE = 'https://promptops.dev/audit-record/v1'

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected lowercase hex SHA-256')
const gitSha = z.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, 'expected a lowercase git commit SHA')
const isoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/, 'expected an ISO 8601 UTC time')

/** Lengths the writer cuts values to (record-values.ts); the schema accepts at least these. */
export const LIMITS = {
  shortText: 300,
  title: 300,
  path: 1000,
  reason: 1000,
  evidence: 200,
  tagValue: 300,
  tags: 50,
  owners: 50,
  url: 1000,
} as const

const shortText = z.string().max(LIMITS.shortText)

export const AuditFindingSchema = z.strictObject({
  category: z.enum(CATEGORIES),
  rule: shortText,
  severity: z.enum(LEVELS),
  path: z.string().max(LIMITS.path),
  line: z.number().int().nonnegative(),
  evidence: z.string().max(LIMITS.evidence).nullable(),
})

export const AuditApprovalSchema = z.strictObject({
  reviewer: shortText,
  reviewerId: z.number().int().nonnegative(),
  state: z.enum(['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED']),
  /** The head commit the review was given on. */
  commit: gitSha,
  at: isoTime,
})

export const AuditOverrideSchema = z.strictObject({ by: shortText, reason: z.string().max(LIMITS.reason) })

export const AuditTemplateSchema = z.strictObject({
  path: z.string().min(1).max(LIMITS.path),
  oldPath: z.string().max(LIMITS.path).nullable(),
  /** SHA-256 of the head content; null when the template was removed. */
  digest: hex64.nullable(),
  provenance: z.record(z.string(), z.string().max(LIMITS.tagValue)),
  metrics: z.record(z.string(), z.number()),
  /** Owners at the base revision (absent in records written before the data-class register). */
  owners: z.array(shortText).max(LIMITS.owners).optional(),
  /** The template's data classes and where it sends its prompts (docs/data-classes.md). */
  dataHandling: z
    .strictObject({
      classes: z.array(shortText).max(LIMITS.tags),
      provider: shortText.nullable(),
      host: shortText.nullable(),
      region: shortText.nullable(),
      model: shortText.nullable(),
      verdict: z.enum(['allowed', 'not-allowed', 'unknown', 'unclassified']),
      /** A class requires memories and telemetry to pass through `promptops redact`. */
      redactTelemetry: z.boolean(),
    })
    .optional(),
})

export const AuditSlaSchema = z.strictObject({
  target: shortText,
  /** When the review clock started (PR opened) and when review was due. */
  startedAt: isoTime.optional(),
  dueAt: isoTime.optional(),
  firstReviewAt: isoTime.nullable(),
  breached: z.boolean(),
  /** Owners of the templates, for per-owner SLA reports. */
  owners: z.array(shortText).max(LIMITS.owners).optional(),
})

export const AuditPredicateSchema = z.strictObject({
  seq: z.number().int().min(1).max(99_999_999),
  prevHash: hex64.nullable(),
  repository: z.string().regex(/^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/, 'expected owner/name'),
  pr: z.strictObject({
    number: z.number().int().min(1),
    title: z.string().max(1024),
    author: shortText,
    url: z.string().max(LIMITS.url),
  }),
  base: gitSha,
  head: gitSha,
  mergeCommit: gitSha,
  mergedAt: isoTime,
  level: z.enum(LEVELS),
  score: z.number().min(0),
  findings: z.array(AuditFindingSchema),
  policy: z.strictObject({ configDigest: hex64 }),
  approvals: z.array(AuditApprovalSchema),
  overrides: z.array(AuditOverrideSchema),
  outcome: z.literal('merged'),
  templates: z.array(AuditTemplateSchema),
  sla: AuditSlaSchema.optional(),
})

export const AuditRecordSchema = z.strictObject({
  _type: z.literal(STATEMENT_TYPE),
  subject: z.array(z.strictObject({ name: z.string().min(1), digest: z.record(z.string(), z.string()) })).min(1),
  predicateType: z.literal(PREDICATE_TYPE),
  predicate: AuditPredicateSchema,
})

export type AuditApproval = z.infer<typeof AuditApprovalSchema>
export type AuditOverride = z.infer<typeof AuditOverrideSchema>
export type AuditTemplate = z.infer<typeof AuditTemplateSchema>
export type AuditSla = z.infer<typeof AuditSlaSchema>
export type AuditDataHandling = NonNullable<AuditTemplate['dataHandling']>
export type AuditPredicate = z.infer<typeof AuditPredicateSchema>
export type AuditRecord = z.infer<typeof AuditRecordSchema>

// The report every surface prints. Versioned: fields are only ever added within v1.
import type { CostEstimate } from '../cost/estimate.js'
import type { TemplateDataClasses } from '../data-classes/types.js'
import type { FindingGroup } from '../scoring/aggregate.js'
import type { SuppressionStatus } from '../scoring/suppressions.js'
import type { Category, FieldChange, Finding, Level, TemplateChange, TemplateFormat, VariableDiff } from '../types.js'

export const REPORT_VERSION = 1
export type { FindingGroup, SuppressionStatus }

export interface TemplateReport {
  path: string
  oldPath?: string
  status: TemplateChange['status']
  format: TemplateFormat
  level: Level
  score: number
  explanation: string[]
  findings: Finding[]
  linesAdded: number
  linesRemoved: number
  cost: { before: CostEstimate | null; after: CostEstimate | null }
  variables: VariableDiff
  modelChanges: FieldChange[]
  /** Resolved provenance tags of the head version. */
  provenance: Record<string, string>
  owners: string[]
  /** The template's `name` metadata, if any (eval results from gh models carry only the name). */
  name?: string
  /** Review SLA from the template's metadata (config `owners[].sla` is resolved by governance/sla.ts). */
  sla?: string
  /** Set when the file is governed because these templates include it. */
  includedBy?: string[]
  /** sha256 of the file's bytes on each side. */
  digest: { base: string | null; head: string | null }
  /** Data classes at the head (the base for a removed template), where it sends its prompts,
   * and the class-relevant changes this change makes (docs/data-classes.md). */
  dataClasses?: TemplateDataClasses
}

export interface Report {
  version: typeof REPORT_VERSION
  level: Level
  score: number
  explanation: string[]
  /** Counted findings only (not informational, suppressed or already in the base version); `informational` counts those. */
  counts: {
    templates: number
    findings: number
    informational: number
    byCategory: Partial<Record<Category, number>>
    byLevel: Record<Level, number>
  }
  templates: TemplateReport[]
  /** Every finding, templates and policy files alike, ordered by severity then path. */
  findings: Finding[]
  /** Counted findings grouped by rule and evidence: one decision repeated across templates is one group. */
  groups: FindingGroup[]
  /** Governance files the change touches (promptops.yml, CODEOWNERS, workflows). */
  policyFiles: string[]
  /** Changed files that matched the template globs but are not templates, and why. */
  ignored: Array<{ path: string; reason: string }>
  /** What became of each configured suppression (present when promptops.yml has any). */
  suppressions?: SuppressionStatus[]
}

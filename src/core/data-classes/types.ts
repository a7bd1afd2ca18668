// What PromptOps knows about the data a template handles and where its model runs.
import type { Level } from '../types.js'

/** Where a template's model is served, as far as the file (or config) says. */
export interface ResolvedHost {
  /** Canonical provider id (`azure-openai`, `openai`, `github-models`, `google-ai`, …), null when unknown. */
  provider: string | null
  /** Host name the prompt is sent to, null when it cannot be known ("unknown host"). */
  host: string | null
  region: string | null
  deployment: string | null
  /** The model id as the file names it. */
  model: string | null
  /** `file`: the file names the endpoint; `default`: the format's or provider's documented
   * endpoint; `config`: `dataClasses.deployments`; `unknown`: not resolvable. */
  source: 'file' | 'default' | 'config' | 'unknown'
  /** One sentence for reviewers: how the host was resolved, or why it could not be. */
  explanation: string
}

export type HostVerdict = 'allowed' | 'not-allowed' | 'unknown'

export interface ClassVerdict {
  dataClass: string
  verdict: HostVerdict
  reason: string
}

export type DataRuleId =
  'data.host-not-allowed' | 'data.class-added-on-disallowed-host' | 'data.host-unknown' | 'data.class-removed'

/** A change this pull request makes that needs the class's approvers. */
export interface DataClassEvent {
  rule: DataRuleId
  dataClass: string
  severity: Level
  message: string
  /** Head line the finding points at. */
  line: number
}

/** Per template in the report: its classes at the head (the base for a removed template). */
export interface TemplateDataClasses {
  classes: string[]
  host: ResolvedHost
  verdicts: ClassVerdict[]
  /** Some class requires memories and telemetry to pass through `promptops redact`. */
  redactTelemetry: boolean
  events: DataClassEvent[]
}

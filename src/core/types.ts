// The plain data the pure core works on. Shells (Action, App, CLI) build these from
// git or the GitHub API; the core never does I/O.

export const LEVELS = ['low', 'medium', 'high', 'critical'] as const
export type Level = (typeof LEVELS)[number]

export const CATEGORIES = [
  'secrets',
  'pii',
  'injection',
  'guardrails',
  'toxicity',
  'model',
  'schema',
  'cost',
  'provenance',
  'policy',
  'data',
] as const
export type Category = (typeof CATEGORIES)[number]

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level)
}

export function maxLevel(levels: Iterable<Level>): Level {
  let best: Level = 'low'
  for (const level of levels) if (levelRank(level) > levelRank(best)) best = level
  return best
}

// ---------------------------------------------------------------------------
// Templates: every supported format is parsed into this one model.

export type TemplateFormat = 'github-models' | 'prompty' | 'dotprompt' | 'plain' | 'json-chat'

export type Role = 'system' | 'user' | 'assistant' | 'tool' | 'unknown'

/** One physical line of message text, with its 1-based line number in the file. */
export interface TextLine {
  line: number
  text: string
}

export interface Message {
  role: Role
  /** The message text as the model would see it (before variable substitution). */
  text: string
  /** The text split into lines, each mapped to its line in the file. */
  lines: TextLine[]
  /** First and last file line of the message (1-based, inclusive). */
  startLine: number
  endLine: number
}

export type VariableSyntax = 'mustache' | 'mustache-raw' | 'jinja' | 'fstring' | 'prompty' | 'env'

export interface VariableUse {
  name: string
  /** Index into `messages`. */
  message: number
  role: Role
  line: number
  /** True for `{{{var}}}` / `{{& var}}` / `| safe`: the value is inserted unescaped. */
  raw: boolean
  /** True when the use sits between delimiters (XML-like tags, ``` fences, quotes, --- blocks). */
  delimited: boolean
  syntax: VariableSyntax
  /** Set when the value is only referenced (a condition, a loop, a helper argument), not inserted as text. */
  reference?: boolean
}

export interface DeclaredInput {
  name: string
  type?: string
  required?: boolean
  description?: string
  line?: number
}

export interface ModelSpec {
  /** e.g. `openai/gpt-4o`, `gpt-4o-mini`, `googleai/gemini-1.5-pro`. */
  id?: string
  /** Pinned revision/snapshot if the template names one (e.g. `gpt-4o-2024-08-06`). */
  revision?: string
  api?: string
  parameters: Record<string, unknown>
  tools?: unknown
  responseFormat?: unknown
  line?: number
  /** Where the file says the model is served, as written (resolved by data-classes/resolve-host.ts). */
  hosting?: HostingFacts
}

/** What a template file says about where its model runs; values exactly as written
 * (an `${env:X}` endpoint stays that text). Not compared by the model diff. */
export interface HostingFacts {
  /** Prompty `configuration.type` (`azure_openai`, `openai`, `serverless`) or v2 `model.provider`. */
  provider?: string
  endpoint?: string
  deployment?: string
  /** Prompty v2 `connection.kind` (`reference` names a connection registered at run time). */
  connection?: string
  /** Dotprompt `config.location` (Vertex AI region). */
  region?: string
}

export interface TemplateMetadata {
  name?: string
  description?: string
  version?: string
  owners: string[]
  /** Provenance tags such as `dataset`, `modelRevision`, `promptVersion`. */
  provenance: Record<string, string>
  /** Review SLA, e.g. `24h`, `2d`. */
  sla?: string
  /** Data classes the template declares (`dataClasses:`), as written, with the key's line. */
  dataClasses?: { names: string[]; line: number }
  /** Line of the metadata block (front matter start, or 1). */
  line?: number
}

export interface ParseIssue {
  message: string
  line: number
}

export interface Template {
  path: string
  format: TemplateFormat
  messages: Message[]
  variables: VariableUse[]
  inputs: DeclaredInput[]
  model: ModelSpec
  metadata: TemplateMetadata
  testData?: unknown
  evaluators?: unknown
  /** Set when the file could not be parsed; the rest of the model is then best effort. */
  parseErrors: ParseIssue[]
  /** Valid constructs whose effect is not understood (a custom helper, a partial, an include): informational. */
  notices?: ParseIssue[]
  /** Set when the file is itself a model's raw chat format (`<|im_start|>`, `[INST]`): its special tokens are the format. */
  rawChatFormat?: boolean
  /** Number of lines in the source file. */
  lineCount: number
}

// ---------------------------------------------------------------------------
// Changes: what the shells hand to the core.

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed'

/** One changed file of a pull request or a pair of revisions. Text is `null` when the
 * side does not exist; `binary` is set when the content is not text (then text is null). */
export interface FileChange {
  path: string
  oldPath?: string
  status: FileStatus
  baseText: string | null
  headText: string | null
  binary?: boolean
  /** Set when a side that exists could not be read (missing blob, unreadable path). */
  unreadable?: string
  /** Git file mode of each side when the shell knows it: `100644`, `100755`, `120000`
   * (symbolic link: the text is the link target), `160000` (submodule: no text). */
  baseMode?: string
  headMode?: string
  /** sha256 of each side's bytes, whatever their encoding (the shell sets them; the engine
   * falls back to hashing the text), so two different non-UTF-8 bodies never look equal. */
  baseDigest?: string | null
  headDigest?: string | null
  /** Governed because these templates include it (`{% include %}`, `{{> partial}}`…). */
  includedBy?: string[]
}

export interface LineChange {
  /** Head-side lines that are new or changed, with their text. */
  added: TextLine[]
  /** Base-side lines that were removed or changed, with their text. */
  removed: TextLine[]
}

export interface VariableDiff {
  added: string[]
  removed: string[]
  renamed: Array<{ from: string; to: string }>
}

export interface FieldChange {
  field: string
  from: unknown
  to: unknown
}

export interface TemplateChange {
  status: FileStatus | 'unchanged'
  path: string
  oldPath?: string
  base: Template | null
  head: Template | null
  lines: LineChange
  variables: VariableDiff
  /** Model id, revision, parameters, tools, response format differences. */
  modelChanges: FieldChange[]
  /** Per message: index pairs base→head and whether the text changed. */
  messageChanges: Array<{ base: number | null; head: number | null; changed: boolean }>
  /** The head file's text, so a value written across lines can be read whole (src/core/canonical). */
  headText?: string | null
}

// ---------------------------------------------------------------------------
// Findings and reports.

export interface Finding {
  category: Category
  /** Stable id, e.g. `secrets.aws-access-key`. */
  rule: string
  severity: Level
  message: string
  path: string
  /** 1-based, head version (base version for removals). */
  line: number
  /** Redacted; never the whole secret or PII value. */
  evidence?: string
  /** True when the line is in the base version (removals). */
  baseLine?: boolean
  /** Informational findings are reported but do not raise the level. */
  informational?: boolean
  /** Set when the base version already had this finding (then it is informational): the base line. */
  existing?: { line: number }
  suppressed?: { reason: string }
  /** Hash of the rule and what was found (not the line number): what a suppression names. */
  fingerprint?: string
}

/** What a detector returns before config (severity overrides, suppressions) is applied. */
export type FindingDraft = Omit<Finding, 'path' | 'suppressed' | 'category'> & {
  path?: string
  category?: Category
}

// `.github/promptops.yml`: the only source of the Config type. Parsed once, strictly.
// Semantic checks that need more than shape live in validate.ts (no refine here, so the
// JSON Schema we publish says exactly what the parser accepts). Every key's `.describe()`
// text is its documentation: it becomes the JSON Schema `description` editors show and the
// generated reference docs/config.md (a test fails on a key without one).
import { z } from 'zod'
import { CATEGORIES, LEVELS } from '../types.js'
import { DATA_CLASSES_DEFAULT, DataClassesSchema } from './data-classes.schema.js'
import { principal } from './principal.js'

const level = z.enum(LEVELS)
const category = z.enum(CATEGORIES)
/** Durations such as `30m`, `24h`, `2d`, `1w`. */
const duration = z.string().regex(/^\d{1,6}[mhdw]$/, 'a duration such as 30m, 24h, 2d or 1w')

export const DEFAULT_TEMPLATE_GLOBS = [
  '**/*.prompt.yml',
  '**/*.prompt.yaml',
  '**/*.prompty',
  '**/*.prompt',
  // Any `prompts/` folder, nested (`agents/x/prompts/`) or hidden (`.github/prompts/`).
  '**/prompts/**/*.{txt,md,j2,jinja,jinja2,hbs,mustache}',
  '**/prompts/**/*.json',
] as const

export const OwnerRuleSchema = z
  .object({
    pattern: z.string().min(1).describe('Glob (picomatch syntax) of the templates this rule covers.'),
    owners: z
      .array(principal)
      .default([])
      .describe('Owners (`@user` or `@org/team`) merged with CODEOWNERS for matching templates.'),
    sla: duration
      .optional()
      .describe('Review SLA for changes to matching templates, e.g. `24h`; the strictest applies when several match.'),
    escalate: principal.optional().describe('Team requested (and named in the reminder) when the SLA is breached.'),
  })
  .strict()

export const ProvenanceSchema = z
  .object({
    required: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Tags every governed template must carry (from its metadata or `tags`), e.g. `[dataset, modelRevision, promptVersion]`. Without it, provenance findings are informational.',
      ),
    severity: level.default('medium').describe('Severity of a missing or stale required tag.'),
    requireOwner: z
      .boolean()
      .default(false)
      .describe(
        'Require at least one owner (CODEOWNERS or `owners`) per governed template; an unowned one fails the approval check.',
      ),
    tags: z
      .array(
        z
          .object({
            pattern: z.string().min(1).describe('Glob of the templates these tags apply to.'),
            values: z.record(z.string(), z.string()).describe('Tag name to value, e.g. `{dataset: support-2026-q3}`.'),
          })
          .strict(),
      )
      .default([])
      .describe('Tags declared per glob, for formats without metadata.'),
  })
  .strict()

export const RuleOverrideSchema = z.union([
  z.literal('off'),
  level,
  z.object({ severity: z.union([level, z.literal('off')]).describe('The severity to use, or `off`.') }).strict(),
])

export const SuppressionSchema = z
  .object({
    rule: z.string().min(1).describe('Rule id (`secrets.aws-access-key`) or category (`pii`) to suppress.'),
    path: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Glob of the paths it applies to; every governed file when omitted. Give the file's path with a `fingerprint` so a stale suppression can be reported.",
      ),
    fingerprint: z
      .string()
      .regex(
        /^[0-9a-f]{20}$/,
        'a finding fingerprint: 20 lowercase hex characters, as `fingerprint` in the JSON report or the PR comment',
      )
      .optional()
      .describe(
        'Only the finding with this fingerprint (`fingerprint` in the JSON report, listed in the PR comment): a hash of the rule and the content found, so the suppression follows that content when it moves and never transfers to anything else put in its place. Without it, every finding of `rule` under `path` is suppressed.',
      ),
    line: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        'Deprecated: a line number cannot say what is on the line. With `fingerprint` it is only a note; without one the suppression applies to nothing and the report lists it as unbound, with the fingerprints of the findings now on that line to choose from.',
      ),
    reason: z
      .string()
      .trim()
      .min(10, 'a suppression needs a written reason (10 characters or more)')
      .describe('Why this finding is acceptable (10 characters or more); shown in every report.'),
    until: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional()
      .describe('ISO date (YYYY-MM-DD) after which the suppression no longer applies.'),
  })
  .strict()

export const TierRoutingSchema = z
  .object({
    approvals: z.number().int().min(0).max(20).describe('Number of qualifying human approvals; 0 passes by itself.'),
    codeowners: z
      .boolean()
      .default(true)
      .describe('Approvals must come from code owners of the changed templates (anyone but the author when they have none).'),
    allOwners: z
      .boolean()
      .default(false)
      .describe('Every owning user or team of every changed template must approve (AND across owners).'),
    require: z.array(principal).default([]).describe('Further groups (`@user` or `@org/team`) that must each approve.'),
  })
  .strict()

const defaultRouting = {
  low: { approvals: 0, codeowners: true, allOwners: false, require: [] },
  medium: { approvals: 1, codeowners: true, allOwners: false, require: [] },
  high: { approvals: 1, codeowners: true, allOwners: true, require: [] },
  critical: { approvals: 2, codeowners: true, allOwners: true, require: [] },
}

export const RoutingSchema = z
  .object({
    low: TierRoutingSchema.default(defaultRouting.low).describe('Approval policy for low-risk changes.'),
    medium: TierRoutingSchema.default(defaultRouting.medium).describe('Approval policy for medium-risk changes.'),
    high: TierRoutingSchema.default(defaultRouting.high).describe('Approval policy for high-risk changes.'),
    critical: TierRoutingSchema.default(defaultRouting.critical).describe('Approval policy for critical changes.'),
    overriders: z
      .array(principal)
      .default([])
      .describe(
        'Users or teams who may approve any tier with a `promptops-override: <reason>` line in their review (recorded in the audit log). The line must be theirs: a review body someone else edited last does not override.',
      ),
    policyOwners: z
      .array(principal)
      .default([])
      .describe(
        "Who must approve any change to a policy file (promptops.yml, CODEOWNERS, `policyFiles`, a workflow that runs PromptOps), in addition to that file's own code owners. A policy file with neither cannot be approved.",
      ),
  })
  .strict()

export const ModelPriceSchema = z
  .object({
    input: z.number().nonnegative().describe('USD per 1M input tokens.'),
    output: z.number().nonnegative().describe('USD per 1M output tokens.'),
  })
  .strict()

export const CostSchema = z
  .object({
    maxIncreasePercent: z
      .number()
      .nonnegative()
      .default(25)
      .describe(
        'Raise `cost.increase` when prompt tokens (or, with a model change, the price) per call grow by more than this percentage...',
      ),
    minTokenIncrease: z
      .number()
      .int()
      .nonnegative()
      .default(200)
      .describe('...and tokens by at least this many (ignores noise on tiny templates).'),
    severity: level.default('medium').describe('Severity of a `cost.increase` finding.'),
    pricing: z
      .record(z.string(), ModelPriceSchema)
      .default({})
      .describe('Prices by model id, merged over the built-in table: `{"model-id": {input, output}}` in USD per 1M tokens.'),
  })
  .strict()

export const MemorySchemaSchema = z
  .object({
    path: z.string().min(1).describe('JSON Schema file describing a stored memory or context document.'),
    samples: z
      .string()
      .min(1)
      .optional()
      .describe('Sample documents (JSON or JSONL, glob) that `promptops migrate --check` validates.'),
  })
  .strict()

export const MemorySchema = z
  .object({
    schemas: z
      .array(MemorySchemaSchema)
      .default([])
      .describe('Memory JSON Schemas whose breaking changes are `schema.memory-breaking-change` findings.'),
    playbooks: z
      .string()
      .min(1)
      .default('docs/migrations')
      .describe('Folder holding migration playbooks (markdown) and adapters (YAML).'),
  })
  .strict()

export const AccuracySchema = z
  .object({
    results: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Eval result files (globs) written by your own eval step: promptfoo `--output` JSON, `gh models eval --json`, or PromptOps results JSON.',
      ),
    tolerance: z
      .number()
      .min(0)
      .max(1)
      .default(0.02)
      .describe('Allowed drop in accuracy (0..1) against the last merged value before `model.accuracy-regression`.'),
    severity: level.default('high').describe('Severity of an accuracy regression.'),
  })
  .strict()

export const PiiSchema = z
  .object({
    phoneRegion: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code such as US, GB or DE')
      .default('US')
      .describe('Country (ISO 3166-1 alpha-2) assumed for phone numbers written without `+<country code>`.'),
  })
  .strict()

/** One offline classifier (injection, toxicity): see docs/detectors.md for its tuned default. */
export const ClassifierSchema = z
  .object({
    threshold: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe("Probability (0-1) at or above which text is flagged; the model's dev-tuned default when omitted."),
  })
  .strict()

/** Optional external moderation; no network call is made unless this is configured. */
export const ModerationSchema = z
  .object({
    provider: z
      .enum(['openai', 'guard'])
      .describe(
        '`openai`: an OpenAI-compatible `POST {url}/moderations`; `guard`: a guard model (e.g. Llama Guard) behind `POST {url}/chat/completions`.',
      ),
    url: z
      .string()
      .regex(/^https?:\/\/[^\s]+$/, 'an http(s) URL')
      .describe('Base URL of the API, e.g. `https://api.openai.com/v1` or `http://localhost:8000/v1`.'),
    model: z.string().min(1).optional().describe('Model name sent with each request (required by most guard servers).'),
    apiKeyEnv: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name')
      .optional()
      .describe('Name of the environment variable that holds the API key (never the key itself).'),
    timeoutMs: z
      .number()
      .int()
      .min(100)
      .max(120_000)
      .default(10_000)
      .describe('Per-request timeout; a request that takes longer is reported as not checked.'),
    maxChars: z.number().int().min(200).max(100_000).default(8_000).describe('Characters of added text per request.'),
  })
  .strict()

export const ConfigSchema = z
  .object({
    version: z.literal(1).default(1).describe('Config format version.'),
    templates: z
      .array(z.string().min(1))
      .min(1)
      .default([...DEFAULT_TEMPLATE_GLOBS])
      .describe(
        'Globs (picomatch) of governed prompt templates; replaces the default set when given. Matched whatever the case (a case-insensitive loader reads `Prompts/a.txt` as `prompts/a.txt`).',
      ),
    exclude: z
      .array(z.string().min(1))
      .default([])
      .describe('Globs removed from `templates`, matched in exact case only (a case variant stays governed).'),
    owners: z
      .array(OwnerRuleSchema)
      .default([])
      .describe('Per-template owners (merged with CODEOWNERS), review SLAs and escalation teams.'),
    provenance: ProvenanceSchema.default({ required: [], severity: 'medium', requireOwner: false, tags: [] }).describe(
      'Provenance tags templates must carry, and whether every template needs an owner.',
    ),
    thresholds: z
      .object({
        medium: z.number().min(0).max(100).default(20).describe('Score from which a change is at least medium.'),
        high: z.number().min(0).max(100).default(50).describe('Score from which a change is at least high.'),
        critical: z.number().min(0).max(100).default(85).describe('Score from which a change is critical.'),
      })
      .strict()
      .default({ medium: 20, high: 50, critical: 85 })
      .describe("Score (0-100) at which a change is at least that level, in addition to its findings' severities."),
    rules: z
      .record(z.string(), RuleOverrideSchema)
      .default({})
      .describe('Severity per rule id or category: `off` or a level, e.g. `{"pii.phone": high, toxicity: off}`.'),
    suppressions: z
      .array(SuppressionSchema)
      .default([])
      .describe(
        "Accepted findings, each with a written reason and, preferably, the finding's `fingerprint`; `policy` findings cannot be suppressed. Suppressions that match nothing any more are listed in the report.",
      ),
    routing: RoutingSchema.default({ ...defaultRouting, overriders: [], policyOwners: [] }).describe(
      'Who must approve at each risk level (the `promptops/approval` check).',
    ),
    cost: CostSchema.default({ maxIncreasePercent: 25, minTokenIncrease: 200, severity: 'medium', pricing: {} }).describe(
      'When a growing prompt is a `cost.increase` finding, and model prices.',
    ),
    accuracy: AccuracySchema.default({ results: [], tolerance: 0.02, severity: 'high' }).describe(
      'Eval results to compare with the last merged accuracy.',
    ),
    memory: MemorySchema.default({ schemas: [], playbooks: 'docs/migrations' }).describe(
      'Memory-schema compatibility: schemas to diff and where migration playbooks live.',
    ),
    policyFiles: z
      .array(z.string().min(1))
      .default([])
      .describe(
        "Files (globs) that decide who approves what, besides promptops.yml, CODEOWNERS and workflows that run PromptOps: a change is at least high and needs their owners' approval.",
      ),
    labels: z
      .object({
        prefix: z
          .string()
          .min(1)
          .max(40)
          .default('prompt-risk')
          .describe('Prefix of the level label: `<prefix>:low` ... `<prefix>:critical`.'),
        facetPrefix: z
          .string()
          .min(1)
          .max(40)
          .default('prompt')
          .describe('Prefix of the category labels: `<facetPrefix>:<category>`.'),
      })
      .strict()
      .default({ prefix: 'prompt-risk', facetPrefix: 'prompt' })
      .describe('Label prefixes the Action uses on pull requests.'),
    pii: PiiSchema.default({ phoneRegion: 'US' }).describe('How the PII detector reads numbers.'),
    audit: z
      .object({ branch: z.string().min(1).default('promptops-audit').describe('Name of the orphan audit branch.') })
      .strict()
      .default({ branch: 'promptops-audit' })
      .describe('Where merged decisions are recorded.'),
    classifiers: z
      .object({
        injection: ClassifierSchema.default({}).describe('The injection classifier (rule `injection.classifier`).'),
        toxicity: ClassifierSchema.default({}).describe('The toxicity classifier (rule `toxicity.classifier`).'),
      })
      .strict()
      .default({ injection: {}, toxicity: {} })
      .describe('Thresholds of the offline text classifiers.'),
    moderation: ModerationSchema.optional().describe(
      'External moderation of added template text (off when absent); see docs/detectors.md.',
    ),
    informational: z.array(category).default([]).describe('Categories whose findings are listed but never raise the level.'),
    dataClasses: DataClassesSchema.default(DATA_CLASSES_DEFAULT).describe(
      'Data classes (student records, health, personal data…): where templates handling them may run and who approves hosting changes. See docs/data-classes.md.',
    ),
  })
  .strict()

export type Config = z.infer<typeof ConfigSchema>
export type Suppression = z.infer<typeof SuppressionSchema>

// `.github/promptops.yml`: the only source of the Config type. Parsed once, strictly.
// Semantic checks that need more than shape live in validate.ts (no refine here, so the
// JSON Schema we publish says exactly what the parser accepts).
import { z } from 'zod'
import { CATEGORIES, LEVELS } from '../types.js'

const level = z.enum(LEVELS)
const category = z.enum(CATEGORIES)
/** Durations such as `30m`, `24h`, `2d`, `1w`. */
const duration = z.string().regex(/^\d{1,6}[mhdw]$/, 'a duration such as 30m, 24h, 2d or 1w')
/** A GitHub login `@user` or team `@org/team`, as in CODEOWNERS. */
const principal = z.string().regex(/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]{1,100})?$/, 'an @user or @org/team')

export const DEFAULT_TEMPLATE_GLOBS = [
  '**/*.prompt.yml',
  '**/*.prompt.yaml',
  '**/*.prompty',
  '**/*.prompt',
  'prompts/**/*.{txt,md,j2,jinja,hbs,mustache}',
  'prompts/**/*.json',
] as const

export const OwnerRuleSchema = z
  .object({
    /** Glob (picomatch syntax) of templates this rule covers. */
    pattern: z.string().min(1),
    /** Owners merged with CODEOWNERS for matching templates. */
    owners: z.array(principal).default([]),
    /** Review SLA for changes to matching templates. */
    sla: duration.optional(),
    /** Team escalated to when the SLA is breached. */
    escalate: principal.optional(),
  })
  .strict()

export const ProvenanceSchema = z
  .object({
    /** Tags every governed template must carry (metadata or config). */
    required: z.array(z.string().min(1)).default([]),
    /** Severity of a missing/stale tag when required. Without `required`, provenance is informational. */
    severity: level.default('medium'),
    /** Require at least one owner (CODEOWNERS or config) per governed template. */
    requireOwner: z.boolean().default(false),
    /** Tags declared per glob, for formats without metadata. */
    tags: z.array(z.object({ pattern: z.string().min(1), values: z.record(z.string(), z.string()) }).strict()).default([]),
  })
  .strict()

export const RuleOverrideSchema = z.union([
  z.literal('off'),
  level,
  z.object({ severity: z.union([level, z.literal('off')]) }).strict(),
])

export const SuppressionSchema = z
  .object({
    /** Rule id (`secrets.aws-access-key`) or category (`pii`). */
    rule: z.string().min(1),
    /** Glob of paths it applies to; all governed templates when omitted. */
    path: z.string().min(1).optional(),
    line: z.number().int().positive().optional(),
    /** Why this finding is acceptable. Required, shown in every report. */
    reason: z.string().trim().min(10, 'a suppression needs a written reason (10 characters or more)'),
    /** ISO date after which the suppression no longer applies. */
    until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  })
  .strict()

export const TierRoutingSchema = z
  .object({
    /** Number of qualifying human approvals. 0 passes automatically. */
    approvals: z.number().int().min(0).max(20),
    /** Approvals must come from code owners of the changed templates. */
    codeowners: z.boolean().default(true),
    /** Every owning team/user of every changed template must approve (AND across owners). */
    allOwners: z.boolean().default(false),
    /** Additional groups that must each approve (users or teams). */
    require: z.array(principal).default([]),
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
    low: TierRoutingSchema.default(defaultRouting.low),
    medium: TierRoutingSchema.default(defaultRouting.medium),
    high: TierRoutingSchema.default(defaultRouting.high),
    critical: TierRoutingSchema.default(defaultRouting.critical),
    /** Members may approve with a `promptops-override: <reason>` line in the review body. */
    overriders: z.array(principal).default([]),
  })
  .strict()

export const ModelPriceSchema = z
  .object({
    /** USD per 1M input tokens. */
    input: z.number().nonnegative(),
    /** USD per 1M output tokens. */
    output: z.number().nonnegative(),
  })
  .strict()

export const CostSchema = z
  .object({
    /** Raise a `cost` finding when estimated input tokens per call grow by more than this percentage. */
    maxIncreasePercent: z.number().nonnegative().default(25),
    /** ...and by at least this many tokens (ignores noise on tiny templates). */
    minTokenIncrease: z.number().int().nonnegative().default(200),
    severity: level.default('medium'),
    /** Overrides and additions to the built-in price table, keyed by model id. */
    pricing: z.record(z.string(), ModelPriceSchema).default({}),
  })
  .strict()

export const MemorySchemaSchema = z
  .object({
    /** JSON Schema file describing a memory/context document. */
    path: z.string().min(1),
    /** Sample documents (JSON or JSONL, glob) validated by `promptops migrate --check`. */
    samples: z.string().min(1).optional(),
  })
  .strict()

export const MemorySchema = z
  .object({
    schemas: z.array(MemorySchemaSchema).default([]),
    /** Folder holding migration playbooks (markdown) and adapters (YAML). */
    playbooks: z.string().min(1).default('docs/migrations'),
  })
  .strict()

export const AccuracySchema = z
  .object({
    /** Eval results files (globs) produced by the repo's own eval step. */
    results: z.array(z.string().min(1)).default([]),
    /** Allowed drop in accuracy (0..1) before an `accuracy` regression finding. */
    tolerance: z.number().min(0).max(1).default(0.02),
    severity: level.default('high'),
  })
  .strict()

/** One offline classifier (injection, toxicity): see docs/detectors.md for its tuned default. */
export const ClassifierSchema = z
  .object({
    /** Probability (0–1) at or above which text is flagged; the model's dev-tuned default when omitted. */
    threshold: z.number().min(0).max(1).optional(),
  })
  .strict()

/** Optional external moderation; no network call is made unless this is configured. */
export const ModerationSchema = z
  .object({
    /** `openai`: an OpenAI-compatible `POST {url}/moderations`; `guard`: a guard model (e.g. Llama Guard) behind `POST {url}/chat/completions`. */
    provider: z.enum(['openai', 'guard']),
    /** Base URL of the API, e.g. `https://api.openai.com/v1` or `http://localhost:8000/v1`. */
    url: z.string().regex(/^https?:\/\/[^\s]+$/, 'an http(s) URL'),
    /** Model name sent with each request (required by most guard servers). */
    model: z.string().min(1).optional(),
    /** Name of the environment variable that holds the API key (never the key itself). */
    apiKeyEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name').optional(),
    /** Per-request timeout; a request that takes longer is reported as not checked. */
    timeoutMs: z.number().int().min(100).max(120_000).default(10_000),
    /** Characters of added text per request. */
    maxChars: z.number().int().min(200).max(100_000).default(8_000),
  })
  .strict()

export const ConfigSchema = z
  .object({
    version: z.literal(1).default(1),
    /** Globs of governed templates; replaces the default set when given. */
    templates: z.array(z.string().min(1)).min(1).default([...DEFAULT_TEMPLATE_GLOBS]),
    /** Globs excluded from `templates`. */
    exclude: z.array(z.string().min(1)).default([]),
    owners: z.array(OwnerRuleSchema).default([]),
    provenance: ProvenanceSchema.default({ required: [], severity: 'medium', requireOwner: false, tags: [] }),
    /** Score (0–100) at which a change is at least this level, in addition to finding severities. */
    thresholds: z
      .object({ medium: z.number().min(0).max(100).default(20), high: z.number().min(0).max(100).default(50), critical: z.number().min(0).max(100).default(85) })
      .strict()
      .default({ medium: 20, high: 50, critical: 85 }),
    /** Per-rule or per-category severity overrides: `off` disables. */
    rules: z.record(z.string(), RuleOverrideSchema).default({}),
    suppressions: z.array(SuppressionSchema).default([]),
    routing: RoutingSchema.default({ ...defaultRouting, overriders: [] }),
    cost: CostSchema.default({ maxIncreasePercent: 25, minTokenIncrease: 200, severity: 'medium', pricing: {} }),
    accuracy: AccuracySchema.default({ results: [], tolerance: 0.02, severity: 'high' }),
    memory: MemorySchema.default({ schemas: [], playbooks: 'docs/migrations' }),
    /** Files whose change always routes to the top tier, in addition to the built-in policy files. */
    policyFiles: z.array(z.string().min(1)).default([]),
    labels: z.object({ prefix: z.string().min(1).max(40).default('prompt-risk'), facetPrefix: z.string().min(1).max(40).default('prompt') }).strict().default({ prefix: 'prompt-risk', facetPrefix: 'prompt' }),
    audit: z.object({ branch: z.string().min(1).default('promptops-audit') }).strict().default({ branch: 'promptops-audit' }),
    /** Thresholds of the offline text classifiers (rules `injection.classifier`, `toxicity.classifier`). */
    classifiers: z
      .object({ injection: ClassifierSchema.default({}), toxicity: ClassifierSchema.default({}) })
      .strict()
      .default({ injection: {}, toxicity: {} }),
    /** External moderation of added template text (off when absent); see docs/detectors.md. */
    moderation: ModerationSchema.optional(),
    /** Categories whose findings are listed but do not raise the level. */
    informational: z.array(category).default([]),
  })
  .strict()

export type Config = z.infer<typeof ConfigSchema>
export type TierRouting = z.infer<typeof TierRoutingSchema>
export type Suppression = z.infer<typeof SuppressionSchema>

import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  PRESET_NAMES,
  external_exports
} from "./chunk-T36FWCGD.js";
import {
  CATEGORIES,
  LEVELS
} from "./chunk-R47RDTTV.js";

// src/core/config/principal.ts
var principal = external_exports.string().regex(/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]{1,100})?$/, "an @user or @org/team");

// src/core/config/data-classes.schema.ts
var DATA_CLASS_NAME = /^[a-z][a-z0-9-]{0,62}$/;
var className = external_exports.string().regex(DATA_CLASS_NAME, "a lowercase name such as student-records");
var glob = external_exports.string().min(1).max(300);
var HostMatchSchema = external_exports.object({
  provider: glob.optional().describe(
    "Provider id (glob): `azure-openai`, `openai`, `github-models`, `google-ai`, `vertex-ai`, `anthropic`, `azure-ai`, `aws-bedrock`, `ollama`, ..."
  ),
  host: glob.optional().describe("Host name (glob, case-insensitive), e.g. `acme-edu.openai.azure.com` or `*.openai.azure.com`."),
  region: glob.optional().describe(
    "Region (glob), e.g. `westeurope` or `europe-*`; from the endpoint itself or the host's entry in `dataClasses.hosts`."
  )
}).strict();
var HostAssertionSchema = external_exports.object({
  host: glob.describe("Host name (glob, case-insensitive) this entry speaks for."),
  provider: glob.optional().describe("Only for this provider id (glob)."),
  region: external_exports.string().min(1).max(100).optional().describe("Region the host runs in, when its name does not say (an Azure OpenAI resource name does not)."),
  noTraining: external_exports.boolean().optional().describe(
    "Your team asserts the provider does not train on inputs or outputs sent to this host (per your contract with it; PromptOps cannot check this)."
  ),
  retentionDays: external_exports.number().int().min(0).max(36500).optional().describe("Your team asserts inputs and outputs are kept at most this many days (0: zero data retention)."),
  note: external_exports.string().max(300).optional().describe("Where the assertion comes from, e.g. the contract or DPA reference; shown in the register (JSON and CSV).")
}).strict();
var DataClassSchema = external_exports.object({
  preset: external_exports.enum(PRESET_NAMES).optional().describe(
    "Built-in starting point (not legal advice): fills `description`, `requires`, `redactTelemetry` and `severity` where this class leaves them out."
  ),
  description: external_exports.string().max(500).optional().describe("What data this class covers, for readers of this file."),
  allow: external_exports.array(HostMatchSchema).optional().describe(
    "Where templates of this class may send data: a host is allowed when one entry matches all the fields it names. Left out: any host meeting `requires`; `[]`: no host."
  ),
  requires: external_exports.object({
    noTraining: external_exports.boolean().optional().describe("The host must be asserted not to train on inputs (`dataClasses.hosts[].noTraining`)."),
    maxRetentionDays: external_exports.number().int().min(0).max(36500).optional().describe("The host must be asserted to keep data at most this many days (`dataClasses.hosts[].retentionDays`).")
  }).strict().optional().describe("Provider guarantees an allowed host must carry, as asserted in `dataClasses.hosts`."),
  redactTelemetry: external_exports.boolean().optional().describe(
    "Prompt memories, traces and telemetry of these templates must pass through `promptops redact` before they are stored; shown in the register and the pull request."
  ),
  approvers: external_exports.array(principal).optional().describe(
    "Groups (`@user` or `@org/team`) that must each approve a change that sends this class to a host it does not allow, to an unknown host, or removes the class from a template."
  ),
  severity: external_exports.enum(["high", "critical"]).optional().describe("Severity of such a change (default: the preset's, else high).")
}).strict();
var DataClassAssignSchema = external_exports.object({
  pattern: glob.describe("Glob of the templates this applies to; a folder ending in `/` covers everything below it."),
  classes: external_exports.array(className).min(1).describe("Data classes of the matching templates (each defined under `dataClasses.classes`).")
}).strict();
var DeploymentSchema = external_exports.object({
  pattern: glob.describe("Glob of the templates this applies to; a folder ending in `/` covers everything below it."),
  provider: external_exports.string().min(1).max(100).optional().describe("Provider id the matching templates are sent to."),
  host: external_exports.string().min(1).max(253).optional().describe("Host name the matching templates are sent to."),
  region: external_exports.string().min(1).max(100).optional().describe("Region of that host.")
}).strict();
var DATA_CLASSES_DEFAULT = {
  classes: {},
  assign: [],
  hosts: [],
  deployments: [],
  unclassifiedSeverity: "medium"
};
var DataClassesSchema = external_exports.object({
  classes: external_exports.record(className, DataClassSchema, {
    error: (issue) => issue.code === "invalid_key" ? "a class name is lowercase letters, digits and hyphens, such as student-records" : void 0
  }).default({}).describe(
    "Data classes by name, e.g. `student-records`, `health`, `personal`; a name used anywhere else must be defined here."
  ),
  assign: external_exports.array(DataClassAssignSchema).default([]).describe(
    "Classes by path: every template matching `pattern` carries `classes` (in addition to those its own metadata declares with `dataClasses:`)."
  ),
  hosts: external_exports.array(HostAssertionSchema).default([]).describe("What your team asserts about each host (region, no training, retention); the first matching entry applies."),
  deployments: external_exports.array(DeploymentSchema).default([]).describe("Where templates whose file does not say (plain text, an endpoint from an environment variable) are sent."),
  unknownHostSeverity: external_exports.enum(LEVELS).optional().describe(
    "Severity when a classified template's host cannot be resolved (default: as if the host were not allowed). Unknown hosts are never silently allowed: the finding and the class's approvers stay."
  ),
  unclassifiedSeverity: external_exports.enum(LEVELS).default("medium").describe(
    "Severity of `data.unclassified`: a changed template that shows personal data but carries no class (informational while no class is defined)."
  )
}).strict();

// src/core/config/config.schema.ts
var level = external_exports.enum(LEVELS);
var category = external_exports.enum(CATEGORIES);
var duration = external_exports.string().regex(/^\d{1,6}[mhdw]$/, "a duration such as 30m, 24h, 2d or 1w");
var DEFAULT_TEMPLATE_GLOBS = [
  "**/*.prompt.yml",
  "**/*.prompt.yaml",
  "**/*.prompty",
  "**/*.prompt",
  // Any `prompts/` folder, nested (`agents/x/prompts/`) or hidden (`.github/prompts/`).
  "**/prompts/**/*.{txt,md,j2,jinja,jinja2,hbs,mustache}",
  "**/prompts/**/*.json"
];
var OwnerRuleSchema = external_exports.object({
  pattern: external_exports.string().min(1).describe("Glob (picomatch syntax) of the templates this rule covers."),
  owners: external_exports.array(principal).default([]).describe("Owners (`@user` or `@org/team`) merged with CODEOWNERS for matching templates."),
  sla: duration.optional().describe("Review SLA for changes to matching templates, e.g. `24h`; the strictest applies when several match."),
  escalate: principal.optional().describe("Team requested (and named in the reminder) when the SLA is breached.")
}).strict();
var ProvenanceSchema = external_exports.object({
  required: external_exports.array(external_exports.string().min(1)).default([]).describe(
    "Tags every governed template must carry (from its metadata or `tags`), e.g. `[dataset, modelRevision, promptVersion]`. Without it, provenance findings are informational."
  ),
  severity: level.default("medium").describe("Severity of a missing or stale required tag."),
  requireOwner: external_exports.boolean().default(false).describe(
    "Require at least one owner (CODEOWNERS or `owners`) per governed template; an unowned one fails the approval check."
  ),
  tags: external_exports.array(
    external_exports.object({
      pattern: external_exports.string().min(1).describe("Glob of the templates these tags apply to."),
      values: external_exports.record(external_exports.string(), external_exports.string()).describe("Tag name to value, e.g. `{dataset: support-2026-q3}`.")
    }).strict()
  ).default([]).describe("Tags declared per glob, for formats without metadata.")
}).strict();
var RuleOverrideSchema = external_exports.union([
  external_exports.literal("off"),
  level,
  external_exports.object({ severity: external_exports.union([level, external_exports.literal("off")]).describe("The severity to use, or `off`.") }).strict()
]);
var SuppressionSchema = external_exports.object({
  rule: external_exports.string().min(1).describe("Rule id (`secrets.aws-access-key`) or category (`pii`) to suppress."),
  path: external_exports.string().min(1).optional().describe(
    "Glob of the paths it applies to; every governed file when omitted. Give the file's path with a `fingerprint` so a stale suppression can be reported."
  ),
  fingerprint: external_exports.string().regex(
    /^[0-9a-f]{20}$/,
    "a finding fingerprint: 20 lowercase hex characters, as `fingerprint` in the JSON report or the PR comment"
  ).optional().describe(
    "Only the finding with this fingerprint (`fingerprint` in the JSON report, listed in the PR comment): a hash of the rule and the content found, so the suppression follows that content when it moves and never transfers to anything else put in its place. Without it, every finding of `rule` under `path` is suppressed."
  ),
  line: external_exports.number().int().positive().optional().describe(
    "Deprecated: a line number cannot say what is on the line. With `fingerprint` it is only a note; without one the suppression applies to nothing and the report lists it as unbound, with the fingerprints of the findings now on that line to choose from."
  ),
  reason: external_exports.string().trim().min(10, "a suppression needs a written reason (10 characters or more)").describe("Why this finding is acceptable (10 characters or more); shown in every report."),
  until: external_exports.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe("ISO date (YYYY-MM-DD) after which the suppression no longer applies.")
}).strict();
var TierRoutingSchema = external_exports.object({
  approvals: external_exports.number().int().min(0).max(20).describe("Number of qualifying human approvals; 0 passes by itself."),
  codeowners: external_exports.boolean().default(true).describe("Approvals must come from code owners of the changed templates (anyone but the author when they have none)."),
  allOwners: external_exports.boolean().default(false).describe("Every owning user or team of every changed template must approve (AND across owners)."),
  require: external_exports.array(principal).default([]).describe("Further groups (`@user` or `@org/team`) that must each approve.")
}).strict();
var defaultRouting = {
  low: { approvals: 0, codeowners: true, allOwners: false, require: [] },
  medium: { approvals: 1, codeowners: true, allOwners: false, require: [] },
  high: { approvals: 1, codeowners: true, allOwners: true, require: [] },
  critical: { approvals: 2, codeowners: true, allOwners: true, require: [] }
};
var RoutingSchema = external_exports.object({
  low: TierRoutingSchema.default(defaultRouting.low).describe("Approval policy for low-risk changes."),
  medium: TierRoutingSchema.default(defaultRouting.medium).describe("Approval policy for medium-risk changes."),
  high: TierRoutingSchema.default(defaultRouting.high).describe("Approval policy for high-risk changes."),
  critical: TierRoutingSchema.default(defaultRouting.critical).describe("Approval policy for critical changes."),
  overriders: external_exports.array(principal).default([]).describe(
    "Users or teams who may approve any tier with a `promptops-override: <reason>` line in their review (recorded in the audit log). The line must be theirs: a review body someone else edited last does not override."
  ),
  policyOwners: external_exports.array(principal).default([]).describe(
    "Who must approve any change to a policy file (promptops.yml, CODEOWNERS, `policyFiles`, a workflow that runs PromptOps), in addition to that file's own code owners. A policy file with neither cannot be approved."
  )
}).strict();
var ModelPriceSchema = external_exports.object({
  input: external_exports.number().nonnegative().describe("USD per 1M input tokens."),
  output: external_exports.number().nonnegative().describe("USD per 1M output tokens.")
}).strict();
var CostSchema = external_exports.object({
  maxIncreasePercent: external_exports.number().nonnegative().default(25).describe(
    "Raise `cost.increase` when prompt tokens (or, with a model change, the price) per call grow by more than this percentage..."
  ),
  minTokenIncrease: external_exports.number().int().nonnegative().default(200).describe("...and tokens by at least this many (ignores noise on tiny templates)."),
  severity: level.default("medium").describe("Severity of a `cost.increase` finding."),
  pricing: external_exports.record(external_exports.string(), ModelPriceSchema).default({}).describe('Prices by model id, merged over the built-in table: `{"model-id": {input, output}}` in USD per 1M tokens.')
}).strict();
var MemorySchemaSchema = external_exports.object({
  path: external_exports.string().min(1).describe("JSON Schema file describing a stored memory or context document."),
  samples: external_exports.string().min(1).optional().describe("Sample documents (JSON or JSONL, glob) that `promptops migrate --check` validates.")
}).strict();
var MemorySchema = external_exports.object({
  schemas: external_exports.array(MemorySchemaSchema).default([]).describe("Memory JSON Schemas whose breaking changes are `schema.memory-breaking-change` findings."),
  playbooks: external_exports.string().min(1).default("docs/migrations").describe("Folder holding migration playbooks (markdown) and adapters (YAML).")
}).strict();
var AccuracySchema = external_exports.object({
  results: external_exports.array(external_exports.string().min(1)).default([]).describe(
    "Eval result files (globs) written by your own eval step: promptfoo `--output` JSON, `gh models eval --json`, or PromptOps results JSON."
  ),
  tolerance: external_exports.number().min(0).max(1).default(0.02).describe("Allowed drop in accuracy (0..1) against the last merged value before `model.accuracy-regression`."),
  severity: level.default("high").describe("Severity of an accuracy regression.")
}).strict();
var PiiSchema = external_exports.object({
  phoneRegion: external_exports.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code such as US, GB or DE").default("US").describe("Country (ISO 3166-1 alpha-2) assumed for phone numbers written without `+<country code>`.")
}).strict();
var ClassifierSchema = external_exports.object({
  threshold: external_exports.number().min(0).max(1).optional().describe("Probability (0-1) at or above which text is flagged; the model's dev-tuned default when omitted.")
}).strict();
var ModerationSchema = external_exports.object({
  provider: external_exports.enum(["openai", "guard"]).describe(
    "`openai`: an OpenAI-compatible `POST {url}/moderations`; `guard`: a guard model (e.g. Llama Guard) behind `POST {url}/chat/completions`."
  ),
  url: external_exports.string().regex(/^https?:\/\/[^\s]+$/, "an http(s) URL").describe("Base URL of the API, e.g. `https://api.openai.com/v1` or `http://localhost:8000/v1`."),
  model: external_exports.string().min(1).optional().describe("Model name sent with each request (required by most guard servers)."),
  apiKeyEnv: external_exports.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name").optional().describe("Name of the environment variable that holds the API key (never the key itself)."),
  timeoutMs: external_exports.number().int().min(100).max(12e4).default(1e4).describe("Per-request timeout; a request that takes longer is reported as not checked."),
  maxChars: external_exports.number().int().min(200).max(1e5).default(8e3).describe("Characters of added text per request.")
}).strict();
var ConfigSchema = external_exports.object({
  version: external_exports.literal(1).default(1).describe("Config format version."),
  templates: external_exports.array(external_exports.string().min(1)).min(1).default([...DEFAULT_TEMPLATE_GLOBS]).describe(
    "Globs (picomatch) of governed prompt templates; replaces the default set when given. Matched whatever the case (a case-insensitive loader reads `Prompts/a.txt` as `prompts/a.txt`)."
  ),
  exclude: external_exports.array(external_exports.string().min(1)).default([]).describe("Globs removed from `templates`, matched in exact case only (a case variant stays governed)."),
  owners: external_exports.array(OwnerRuleSchema).default([]).describe("Per-template owners (merged with CODEOWNERS), review SLAs and escalation teams."),
  provenance: ProvenanceSchema.default({ required: [], severity: "medium", requireOwner: false, tags: [] }).describe(
    "Provenance tags templates must carry, and whether every template needs an owner."
  ),
  thresholds: external_exports.object({
    medium: external_exports.number().min(0).max(100).default(20).describe("Score from which a change is at least medium."),
    high: external_exports.number().min(0).max(100).default(50).describe("Score from which a change is at least high."),
    critical: external_exports.number().min(0).max(100).default(85).describe("Score from which a change is critical.")
  }).strict().default({ medium: 20, high: 50, critical: 85 }).describe("Score (0-100) at which a change is at least that level, in addition to its findings' severities."),
  rules: external_exports.record(external_exports.string(), RuleOverrideSchema).default({}).describe('Severity per rule id or category: `off` or a level, e.g. `{"pii.phone": high, toxicity: off}`.'),
  suppressions: external_exports.array(SuppressionSchema).default([]).describe(
    "Accepted findings, each with a written reason and, preferably, the finding's `fingerprint`; `policy` findings cannot be suppressed. Suppressions that match nothing any more are listed in the report."
  ),
  routing: RoutingSchema.default({ ...defaultRouting, overriders: [], policyOwners: [] }).describe(
    "Who must approve at each risk level (the `promptops/approval` check)."
  ),
  cost: CostSchema.default({ maxIncreasePercent: 25, minTokenIncrease: 200, severity: "medium", pricing: {} }).describe(
    "When a growing prompt is a `cost.increase` finding, and model prices."
  ),
  accuracy: AccuracySchema.default({ results: [], tolerance: 0.02, severity: "high" }).describe(
    "Eval results to compare with the last merged accuracy."
  ),
  memory: MemorySchema.default({ schemas: [], playbooks: "docs/migrations" }).describe(
    "Memory-schema compatibility: schemas to diff and where migration playbooks live."
  ),
  policyFiles: external_exports.array(external_exports.string().min(1)).default([]).describe(
    "Files (globs) that decide who approves what, besides promptops.yml, CODEOWNERS and workflows that run PromptOps: a change is at least high and needs their owners' approval."
  ),
  labels: external_exports.object({
    prefix: external_exports.string().min(1).max(40).default("prompt-risk").describe("Prefix of the level label: `<prefix>:low` ... `<prefix>:critical`."),
    facetPrefix: external_exports.string().min(1).max(40).default("prompt").describe("Prefix of the category labels: `<facetPrefix>:<category>`.")
  }).strict().default({ prefix: "prompt-risk", facetPrefix: "prompt" }).describe("Label prefixes the Action uses on pull requests."),
  pii: PiiSchema.default({ phoneRegion: "US" }).describe("How the PII detector reads numbers."),
  audit: external_exports.object({ branch: external_exports.string().min(1).default("promptops-audit").describe("Name of the orphan audit branch.") }).strict().default({ branch: "promptops-audit" }).describe("Where merged decisions are recorded."),
  classifiers: external_exports.object({
    injection: ClassifierSchema.default({}).describe("The injection classifier (rule `injection.classifier`)."),
    toxicity: ClassifierSchema.default({}).describe("The toxicity classifier (rule `toxicity.classifier`).")
  }).strict().default({ injection: {}, toxicity: {} }).describe("Thresholds of the offline text classifiers."),
  moderation: ModerationSchema.optional().describe(
    "External moderation of added template text (off when absent); see docs/detectors.md."
  ),
  informational: external_exports.array(category).default([]).describe("Categories whose findings are listed but never raise the level."),
  dataClasses: DataClassesSchema.default(DATA_CLASSES_DEFAULT).describe(
    "Data classes (student records, health, personal data\u2026): where templates handling them may run and who approves hosting changes. See docs/data-classes.md."
  )
}).strict();

export {
  ConfigSchema
};

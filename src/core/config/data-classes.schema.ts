// `dataClasses` in promptops.yml: which kinds of data templates handle, where each kind may be
// sent, what the team asserts about each host, and who must approve hosting changes.
// Part of the Config type (config.schema.ts); semantic checks in data-classes/validate.ts.
import { z } from 'zod'
import { LEVELS } from '../types.js'
import { PRESET_NAMES } from '../data-classes/presets.js'
import { principal } from './principal.js'

/** Class names as written in config and template metadata. */
export const DATA_CLASS_NAME = /^[a-z][a-z0-9-]{0,62}$/
const className = z.string().regex(DATA_CLASS_NAME, 'a lowercase name such as student-records')
const glob = z.string().min(1).max(300)

export const HostMatchSchema = z
  .object({
    provider: glob
      .optional()
      .describe(
        'Provider id (glob): `azure-openai`, `openai`, `github-models`, `google-ai`, `vertex-ai`, `anthropic`, `azure-ai`, `aws-bedrock`, `ollama`, ...',
      ),
    host: glob
      .optional()
      .describe('Host name (glob, case-insensitive), e.g. `acme-edu.openai.azure.com` or `*.openai.azure.com`.'),
    region: glob
      .optional()
      .describe(
        "Region (glob), e.g. `westeurope` or `europe-*`; from the endpoint itself or the host's entry in `dataClasses.hosts`.",
      ),
  })
  .strict()

export const HostAssertionSchema = z
  .object({
    host: glob.describe('Host name (glob, case-insensitive) this entry speaks for.'),
    provider: glob.optional().describe('Only for this provider id (glob).'),
    region: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe('Region the host runs in, when its name does not say (an Azure OpenAI resource name does not).'),
    noTraining: z
      .boolean()
      .optional()
      .describe(
        'Your team asserts the provider does not train on inputs or outputs sent to this host (per your contract with it; PromptOps cannot check this).',
      ),
    retentionDays: z
      .number()
      .int()
      .min(0)
      .max(36500)
      .optional()
      .describe('Your team asserts inputs and outputs are kept at most this many days (0: zero data retention).'),
    note: z
      .string()
      .max(300)
      .optional()
      .describe('Where the assertion comes from, e.g. the contract or DPA reference; shown in the register (JSON and CSV).'),
  })
  .strict()

export const DataClassSchema = z
  .object({
    preset: z
      .enum(PRESET_NAMES)
      .optional()
      .describe(
        'Built-in starting point (not legal advice): fills `description`, `requires`, `redactTelemetry` and `severity` where this class leaves them out.',
      ),
    description: z.string().max(500).optional().describe('What data this class covers, for readers of this file.'),
    allow: z
      .array(HostMatchSchema)
      .optional()
      .describe(
        'Where templates of this class may send data: a host is allowed when one entry matches all the fields it names. Left out: any host meeting `requires`; `[]`: no host.',
      ),
    requires: z
      .object({
        noTraining: z
          .boolean()
          .optional()
          .describe('The host must be asserted not to train on inputs (`dataClasses.hosts[].noTraining`).'),
        maxRetentionDays: z
          .number()
          .int()
          .min(0)
          .max(36500)
          .optional()
          .describe('The host must be asserted to keep data at most this many days (`dataClasses.hosts[].retentionDays`).'),
      })
      .strict()
      .optional()
      .describe('Provider guarantees an allowed host must carry, as asserted in `dataClasses.hosts`.'),
    redactTelemetry: z
      .boolean()
      .optional()
      .describe(
        'Prompt memories, traces and telemetry of these templates must pass through `promptops redact` before they are stored; shown in the register and the pull request.',
      ),
    approvers: z
      .array(principal)
      .optional()
      .describe(
        'Groups (`@user` or `@org/team`) that must each approve a change that sends this class to a host it does not allow, to an unknown host, or removes the class from a template.',
      ),
    severity: z.enum(['high', 'critical']).optional().describe("Severity of such a change (default: the preset's, else high)."),
  })
  .strict()

export const DataClassAssignSchema = z
  .object({
    pattern: glob.describe('Glob of the templates this applies to; a folder ending in `/` covers everything below it.'),
    classes: z
      .array(className)
      .min(1)
      .describe('Data classes of the matching templates (each defined under `dataClasses.classes`).'),
  })
  .strict()

export const DeploymentSchema = z
  .object({
    pattern: glob.describe('Glob of the templates this applies to; a folder ending in `/` covers everything below it.'),
    provider: z.string().min(1).max(100).optional().describe('Provider id the matching templates are sent to.'),
    host: z.string().min(1).max(253).optional().describe('Host name the matching templates are sent to.'),
    region: z.string().min(1).max(100).optional().describe('Region of that host.'),
  })
  .strict()

export const DATA_CLASSES_DEFAULT = {
  classes: {},
  assign: [],
  hosts: [],
  deployments: [],
  unclassifiedSeverity: 'medium' as const,
}

export const DataClassesSchema = z
  .object({
    classes: z
      .record(className, DataClassSchema, {
        error: (issue) =>
          issue.code === 'invalid_key'
            ? 'a class name is lowercase letters, digits and hyphens, such as student-records'
            : undefined,
      })
      .default({})
      .describe(
        'Data classes by name, e.g. `student-records`, `health`, `personal`; a name used anywhere else must be defined here.',
      ),
    assign: z
      .array(DataClassAssignSchema)
      .default([])
      .describe(
        'Classes by path: every template matching `pattern` carries `classes` (in addition to those its own metadata declares with `dataClasses:`).',
      ),
    hosts: z
      .array(HostAssertionSchema)
      .default([])
      .describe('What your team asserts about each host (region, no training, retention); the first matching entry applies.'),
    deployments: z
      .array(DeploymentSchema)
      .default([])
      .describe('Where templates whose file does not say (plain text, an endpoint from an environment variable) are sent.'),
    unknownHostSeverity: z
      .enum(LEVELS)
      .optional()
      .describe(
        "Severity when a classified template's host cannot be resolved (default: as if the host were not allowed). Unknown hosts are never silently allowed: the finding and the class's approvers stay.",
      ),
    unclassifiedSeverity: z
      .enum(LEVELS)
      .default('medium')
      .describe(
        'Severity of `data.unclassified`: a changed template that shows personal data but carries no class (informational while no class is defined).',
      ),
  })
  .strict()

export type DataClassesConfig = z.infer<typeof DataClassesSchema>
export type HostMatch = z.infer<typeof HostMatchSchema>
export type HostAssertion = z.infer<typeof HostAssertionSchema>

// The declarative compatibility adapter: YAML under the playbooks folder that turns a
// document of the `from` schema into one of the `to` schema. Parsed safely (no custom
// tags, bounded aliases) and strictly; every problem carries its line.
//
//   from: schemas/memory/v1.json
//   to: schemas/memory/v2.json
//   rules:
//     - rename: { from: user_name, to: name }       # same parent, new key
//     - move: { from: prefs.lang, to: settings.language }
//     - default: { path: tier, value: free }        # only when absent
//     - convert: { path: age, to: integer }         # string|number|integer|boolean|array
//     - drop: { path: legacy_notes }                # explicit, never implicit
import { isNode, type Document } from 'yaml'
import { z } from 'zod'
import { parseYamlDocument, yamlErrors } from '../config/parse-config.js'
import { formatIssues, PromptOpsError, type Issue } from '../errors.js'
import { err, ok, type Result } from '../result.js'
import { CONVERT_TARGETS, type ConvertTarget } from './convert.js'
import { pathProblem } from './field-path.js'
import { isPlainObject } from './json-text.js'

export const ADAPTER_RULE_KINDS = ['rename', 'move', 'default', 'convert', 'drop'] as const
export type AdapterRuleKind = (typeof ADAPTER_RULE_KINDS)[number]

export type AdapterRule = { line: number } & (
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'move'; from: string; to: string }
  | { kind: 'default'; path: string; value: unknown }
  | { kind: 'convert'; path: string; to: ConvertTarget }
  | { kind: 'drop'; path: string }
)

export interface Adapter {
  /** The adapter file, repository-relative. */
  file: string
  /** Repository-relative paths of the source and target JSON Schemas (may be equal). */
  from: string
  to: string
  description?: string
  rules: AdapterRule[]
}

export class AdapterError extends PromptOpsError {
  constructor(
    readonly file: string,
    readonly issues: Issue[],
  ) {
    super('adapter-invalid', formatIssues(file, issues))
    this.name = 'AdapterError'
  }
}

/** `./a/b.json` → `a/b.json`; undefined for absolute paths, `..` or backslashes. */
export function normalizeRepoPath(path: string): string | undefined {
  const trimmed = path.trim().replace(/^(?:\.\/){1,20}/, '')
  if (trimmed === '' || trimmed.startsWith('/') || trimmed.includes('\\') || /^[A-Za-z]:/.test(trimmed)) return undefined
  return trimmed.split('/').some((s) => s === '..' || s === '') ? undefined : trimmed
}

const repoPath = z
  .string()
  .refine((p) => normalizeRepoPath(p) !== undefined, 'a repository-relative path such as schemas/memory/v1.json')
  .transform((p) => normalizeRepoPath(p) ?? p)
const fieldPath = z.string().superRefine((p, ctx) => {
  const problem = pathProblem(p)
  if (problem) ctx.addIssue({ code: 'custom', message: `bad field path: ${problem}` })
})
const key = fieldPath.refine(
  (p) => !p.includes('.'),
  'rename keeps the parent: give the new key only (use move to change the parent)',
)

const RULE_BODIES = {
  rename: z.object({ from: fieldPath, to: key }).strict(),
  move: z.object({ from: fieldPath, to: fieldPath }).strict(),
  default: z.object({ path: fieldPath, value: z.json() }).strict(),
  convert: z.object({ path: fieldPath, to: z.enum(CONVERT_TARGETS) }).strict(),
  drop: z.object({ path: fieldPath }).strict(),
} as const

const AdapterFileSchema = z
  .object({
    from: repoPath,
    to: repoPath,
    description: z.string().optional(),
    rules: z.array(z.unknown()).min(1, 'at least one rule'),
  })
  .strict()

export function parseAdapter(text: string, file: string): Result<Adapter, AdapterError> {
  const parsed = parseYamlDocument(text)
  if (parsed.limit !== undefined) return err(new AdapterError(file, [parsed.limit]))
  const { doc, lineOf } = parsed
  const syntax = yamlErrors(doc, lineOf)
  if (syntax.length > 0) return err(new AdapterError(file, syntax))
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 50 })
  } catch (cause) {
    return err(new AdapterError(file, [{ at: '', message: (cause as Error).message, line: 1 }]))
  }
  const top = AdapterFileSchema.safeParse(data ?? {})
  const where = (path: PropertyKey[]): number => lineAt(doc, path, lineOf)
  if (!top.success)
    return err(
      new AdapterError(
        file,
        top.error.issues.map((i) => ({ at: i.path.map(String).join('.'), message: i.message, line: where(i.path) })),
      ),
    )
  const issues: Issue[] = []
  const rules: AdapterRule[] = []
  top.data.rules.forEach((raw, index) => {
    const rule = parseRule(raw, index, where)
    if ('issues' in rule) issues.push(...rule.issues)
    else rules.push(rule)
  })
  if (issues.length > 0) return err(new AdapterError(file, issues))
  const { from, to, description } = top.data
  return ok({ file, from, to, ...(description === undefined ? {} : { description }), rules })
}

function parseRule(raw: unknown, index: number, where: (path: PropertyKey[]) => number): AdapterRule | { issues: Issue[] } {
  const at = `rules.${index}`
  const keys = isPlainObject(raw) ? Object.keys(raw) : []
  const kind = keys[0]
  if (!isPlainObject(raw) || keys.length !== 1 || kind === undefined) {
    return {
      issues: [
        { at, message: `a rule is a map with exactly one of: ${ADAPTER_RULE_KINDS.join(', ')}`, line: where(['rules', index]) },
      ],
    }
  }
  if (!(ADAPTER_RULE_KINDS as readonly string[]).includes(kind)) {
    return {
      issues: [
        {
          at,
          message: `unknown rule "${kind}": expected one of ${ADAPTER_RULE_KINDS.join(', ')}`,
          line: where(['rules', index, kind]),
        },
      ],
    }
  }
  const body = RULE_BODIES[kind as AdapterRuleKind].safeParse(raw[kind])
  if (!body.success) {
    return {
      issues: body.error.issues.map((i) => ({
        at: [at, kind, ...i.path.map(String)].join('.'),
        message: i.message,
        line: where(['rules', index, kind, ...i.path]),
      })),
    }
  }
  return { kind, line: where(['rules', index]), ...body.data } as AdapterRule
}

/** Line of the deepest existing node along `path`. */
function lineAt(doc: Document, path: PropertyKey[], lineOf: (offset: number) => number): number {
  const keys = path.map((p) => (typeof p === 'symbol' ? String(p) : p))
  for (let depth = keys.length; depth >= 0; depth--) {
    const node = doc.getIn(keys.slice(0, depth), true)
    if (isNode(node) && node.range) return lineOf(node.range[0])
  }
  return 1
}

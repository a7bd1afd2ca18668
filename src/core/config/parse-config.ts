// Parse `.github/promptops.yml` once: YAML (no custom tags, bounded aliases) → zod.
// Every problem carries the line to fix, so the CLI, the Action and the App's failing
// check can all say "promptops.yml:12: routing.high.approvals: expected a number".
import { isNode, LineCounter, type Document } from 'yaml'
import type { z } from 'zod'
import { ConfigError, type Issue } from '../errors.js'
import { err, ok, type Result } from '../result.js'
import { parseBoundedDocument } from '../yaml/bounded-document.js'
import { ConfigSchema, type Config } from './config.schema.js'
import { validateConfig } from './validate.js'

export const CONFIG_PATH = '.github/promptops.yml'

/**
 * Parses YAML text safely (core schema, no custom tags, unique keys, the token and depth
 * budgets of ../yaml/bounded-document.ts); returns the document, or the issue that stopped
 * it, and a line lookup.
 */
export function parseYamlDocument(
  text: string,
): { doc: Document; lineOf: (offset: number) => number; limit?: undefined } | { doc?: undefined; limit: Issue } {
  const lineCounter = new LineCounter()
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line
  const parsed = parseBoundedDocument(text, { lineCounter, uniqueKeys: true, customTags: [], schema: 'core' })
  if (parsed.limit !== undefined) return { limit: { at: '', message: parsed.limit.message, line: lineOf(parsed.limit.offset) } }
  return { doc: parsed.doc, lineOf }
}

export function yamlErrors(doc: Document, lineOf: (offset: number) => number): Issue[] {
  return [...doc.errors, ...doc.warnings].map((e) => ({
    at: '',
    message: e.message.split('\n')[0] ?? e.message,
    line: lineOf(e.pos[0]),
  }))
}

/** The config when the repository has none: the documented defaults. */
export function defaultConfig(): Config {
  return ConfigSchema.parse({})
}

export function parseConfig(text: string | null, file = CONFIG_PATH): Result<Config, ConfigError> {
  if (text === null || text.trim() === '') return ok(defaultConfig())
  const yaml = parseYamlDocument(text)
  if (yaml.limit !== undefined) return err(new ConfigError(file, [yaml.limit]))
  const { doc, lineOf } = yaml
  const syntax = yamlErrors(doc, lineOf)
  if (syntax.length > 0) return err(new ConfigError(file, syntax))
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 50 })
  } catch (cause) {
    return err(new ConfigError(file, [{ at: '', message: (cause as Error).message, line: 1 }]))
  }
  const parsed = ConfigSchema.safeParse(data ?? {})
  if (!parsed.success) return err(new ConfigError(file, zodIssues(parsed.error, doc, lineOf)))
  const semantic = validateConfig(parsed.data).map((i) => ({ ...i, line: lineAt(doc, i.at.split('.'), lineOf) }))
  if (semantic.length > 0) return err(new ConfigError(file, semantic))
  return ok(parsed.data)
}

function zodIssues(error: z.ZodError, doc: Document, lineOf: (offset: number) => number): Issue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
    return { at: path.join('.'), message: issue.message, line: lineAt(doc, path, lineOf) }
  })
}

/** Line of the deepest existing node along `path` (the key itself when the value is missing). */
function lineAt(doc: Document, path: Array<string | number>, lineOf: (offset: number) => number): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(
      path.slice(0, depth).map((p) => (typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : p)),
      true,
    )
    if (isNode(node) && node.range) return lineOf(node.range[0])
  }
  return 1
}

// Safe YAML: core schema only, no custom or YAML 1.1 tags, unique keys, a small alias
// budget (billion laughs), and the token and depth budgets of ../yaml/bounded-document.ts,
// because the `yaml` package parses dense YAML at roughly 1 MB/s and a template must parse in
// well under a second.
import type { Document, YAMLError } from 'yaml'
import { parseBoundedDocument, type BoundedParse } from '../yaml/bounded-document.js'
import type { ParseIssue } from '../types.js'
import { errorMessage, issue } from './source.js'
import type { LineIndex } from './source.js'

/** Alias expansions allowed when converting to plain values. */
export const MAX_ALIAS_COUNT = 50
/** YAML syntax errors reported per document. */
const MAX_YAML_ERRORS = 3

export interface YamlSource {
  doc: Document.Parsed | null
  /** The document as plain data, or undefined when it could not be converted. */
  value: unknown
  issues: ParseIssue[]
  /** File line of an offset inside the YAML text. */
  lineOf(offset: number): number
}

const parseText = (text: string): BoundedParse =>
  parseBoundedDocument(text, {
    version: '1.2',
    schema: 'core',
    merge: false,
    resolveKnownTags: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    keepSourceTokens: false,
  })

/**
 * The last text parsed and its syntax tree. A modified template's base and head usually share
 * their front matter word for word, and the engine parses the two one after the other, so the
 * head's tree is the base's. Only the tree is shared, and nothing writes to it (the template
 * readers, YamlView and format-units only read it); the values, issues and line numbers are
 * built on each call from the file at hand (same text at a different line: other numbers).
 */
let lastParsed: { text: string; parsed: BoundedParse } | undefined

function yamlIssue(err: YAMLError, lineOf: (offset: number) => number): ParseIssue {
  const line = lineOf(err.pos[0])
  if (err.code === 'MULTIPLE_DOCS') return issue('YAML: a template must be one YAML document (found a second "---")', line)
  const prefix = err.code === 'TAG_RESOLVE_FAILED' ? 'YAML tag not allowed' : 'YAML'
  return issue(`${prefix}: ${err.message.split('\n')[0] ?? err.code}`, line)
}

/**
 * Parses `index.text.slice(start, end)` as one YAML document. Never throws; every
 * problem (syntax, duplicate key, unknown tag, alias bomb, size) becomes an issue.
 */
export function parseYamlSource(index: LineIndex, start: number, end: number): YamlSource {
  const text = index.text.slice(start, end)
  const lineOf = (offset: number): number => index.lineAt(start + Math.max(0, offset))
  const firstLine = index.lineAt(start)
  const parsed = lastParsed?.text === text ? lastParsed.parsed : parseText(text)
  lastParsed = { text, parsed }
  if (parsed.limit !== undefined) {
    return { doc: null, value: undefined, issues: [issue(parsed.limit.message, lineOf(parsed.limit.offset))], lineOf }
  }
  const doc = parsed.doc
  // The first errors name the cause; the rest of a broken document only repeats it.
  const issues = doc.errors.slice(0, MAX_YAML_ERRORS).map((e) => yamlIssue(e, lineOf))
  for (const w of doc.warnings) if (w.code === 'TAG_RESOLVE_FAILED') issues.push(yamlIssue(w, lineOf))
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (err) {
    issues.push(issue(`YAML could not be converted: ${errorMessage(err)}`, firstLine))
    value = undefined
  }
  return { doc, value, issues, lineOf }
}

// Runs an adapter over one document. Pure: works on a structured clone, never on the
// input. Never loses data silently: a rule that would overwrite a value or cannot convert
// one is an error for that record (later rules still run, so all problems show at once).
import type { Adapter, AdapterRule } from './adapter.js'
import { convertValue } from './convert.js'
import { deleteAt, getAt, parentOf } from './field-path.js'
import { isPlainObject } from './json-text.js'

type Doc = Record<string, unknown>

export interface RuleError {
  /** Index of the rule in `adapter.rules`, or -1 for the document itself. */
  rule: number
  /** Line of the rule in the adapter file (0 for the document itself). */
  line: number
  message: string
}

export type ApplyResult = { ok: true; value: Doc } | { ok: false; errors: RuleError[] }

export function applyAdapter(adapter: Adapter, doc: unknown): ApplyResult {
  if (!isPlainObject(doc))
    return { ok: false, errors: [{ rule: -1, line: 0, message: 'a memory document must be a JSON object' }] }
  const value = structuredClone(doc)
  const errors: RuleError[] = []
  adapter.rules.forEach((rule, index) => {
    const problem = applyRule(value, rule)
    if (problem !== undefined) errors.push({ rule: index, line: rule.line, message: `${describeRule(rule)}: ${problem}` })
  })
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors }
}

export function describeRule(rule: AdapterRule): string {
  switch (rule.kind) {
    case 'rename':
    case 'move':
      return `${rule.kind} ${rule.from} → ${rule.to}`
    case 'convert':
      return `convert ${rule.path} to ${rule.to}`
    default:
      return `${rule.kind} ${rule.path}`
  }
}

/** Applies one rule in place on the clone; returns why it failed, if it did. */
function applyRule(doc: Doc, rule: AdapterRule): string | undefined {
  switch (rule.kind) {
    case 'rename': {
      const dot = rule.from.lastIndexOf('.')
      return relocate(doc, rule.from, dot === -1 ? rule.to : `${rule.from.slice(0, dot)}.${rule.to}`)
    }
    case 'move':
      return relocate(doc, rule.from, rule.to)
    case 'default': {
      if (getAt(doc, rule.path).found) return undefined
      const at = parentOf(doc, rule.path, true)
      if (!at.ok) return at.message
      at.parent[at.key] = structuredClone(rule.value)
      return undefined
    }
    case 'convert': {
      const current = getAt(doc, rule.path)
      if (!current.found) return undefined
      const converted = convertValue(current.value, rule.to)
      if (!converted.ok) return converted.message
      const at = parentOf(doc, rule.path, false)
      if (at.ok) at.parent[at.key] = converted.value
      return undefined
    }
    case 'drop':
      deleteAt(doc, rule.path)
      return undefined
  }
}

/** Moves a value; absent source is a no-op, an occupied target is an error (no overwrite). */
function relocate(doc: Doc, from: string, to: string): string | undefined {
  if (from === to) return undefined
  const source = getAt(doc, from)
  if (!source.found) return undefined
  if (to.startsWith(`${from}.`)) return `cannot move "${from}" inside itself`
  if (getAt(doc, to).found) return `"${to}" already has a value; refusing to overwrite it`
  const target = parentOf(doc, to, true)
  if (!target.ok) return target.message
  target.parent[target.key] = source.value
  deleteAt(doc, from)
  return undefined
}

// Model identity helpers: pinned-revision detection and parameter-name normalisation.
import type { HostingFacts, ModelSpec } from '../types.js'

/** A date snapshot inside an id: `-2024-08-06`, `-20241022` (years 20xx, months 0-1x). */
const DATE_SNAPSHOT = /(?:^|[-_.])(20\d{2}-[01]\d-[0-3]\d|20\d{2}[01]\d[0-3]\d)(?=$|[-_.:@])/
/** Numbered snapshots: `gpt-4-0613`, `gemini-1.5-pro-002`, `mistral-large-2407`. */
const NUMBERED_SNAPSHOT = /-(\d{3,4})$/

function suffixAfter(id: string, sep: string): string | undefined {
  const at = id.lastIndexOf(sep)
  if (at <= 0) return undefined
  const tail = id.slice(at + 1)
  return tail.length > 0 && !tail.includes('/') ? tail : undefined
}

/**
 * The pinned revision named by a model id, or undefined for a floating alias:
 * `name@rev`, a date snapshot, `name:rev` (not `:latest`), or a numbered snapshot.
 */
export function pinnedRevision(id: string): string | undefined {
  const trimmed = id.trim().slice(0, 300)
  if (trimmed.length === 0 || trimmed.includes('://') || trimmed.includes('${')) return undefined
  const at = suffixAfter(trimmed, '@')
  if (at !== undefined) return at
  const date = DATE_SNAPSHOT.exec(trimmed)?.[1]
  if (date !== undefined) return date
  const colon = suffixAfter(trimmed, ':')
  if (colon !== undefined && colon.toLowerCase() !== 'latest') return colon
  return NUMBERED_SNAPSHOT.exec(trimmed)?.[1]
}

const CANONICAL: Record<string, string> = {
  temperature: 'temperature',
  maxtokens: 'maxTokens',
  maxoutputtokens: 'maxTokens',
  maxcompletiontokens: 'maxTokens',
  maxnewtokens: 'maxTokens',
  topp: 'topP',
  topk: 'topK',
  frequencypenalty: 'frequencyPenalty',
  presencepenalty: 'presencePenalty',
  stop: 'stop',
  stopsequences: 'stop',
  seed: 'seed',
  responseformat: 'responseFormat',
  tools: 'tools',
  toolchoice: 'toolChoice',
}

/**
 * The canonical name of a model parameter (`max_tokens`, `maxOutputTokens` → `maxTokens`;
 * `top_p` → `topP`). `ModelSpec.parameters` keeps keys as written; compare through this.
 */
export function normalizeParameterKey(key: string): string {
  return CANONICAL[key.replace(/[_-]/g, '').toLowerCase()] ?? key
}

/** Builds a ModelSpec, setting optional fields only when present (so deep equality is stable). */
export function modelSpec(fields: {
  id?: string | undefined
  revision?: string | undefined
  api?: string | undefined
  parameters?: Record<string, unknown> | undefined
  tools?: unknown
  responseFormat?: unknown
  line?: number | undefined
  hosting?: HostingFacts | undefined
}): ModelSpec {
  const spec: ModelSpec = { parameters: fields.parameters ?? {} }
  const id = fields.id?.trim()
  if (id) spec.id = id
  const revision = fields.revision ?? (id ? pinnedRevision(id) : undefined)
  if (revision !== undefined) spec.revision = revision
  if (fields.api !== undefined) spec.api = fields.api
  if (fields.tools !== undefined) spec.tools = fields.tools
  if (fields.responseFormat !== undefined) spec.responseFormat = fields.responseFormat
  if (fields.line !== undefined) spec.line = fields.line
  const hosting = definedOnly(fields.hosting ?? {})
  if (Object.keys(hosting).length > 0) spec.hosting = hosting
  return spec
}

function definedOnly(facts: HostingFacts): HostingFacts {
  const out: HostingFacts = {}
  for (const key of ['provider', 'endpoint', 'deployment', 'connection', 'region'] as const) {
    const value = facts[key]?.trim()
    if (value) out[key] = value
  }
  return out
}

// JSON prompt templates (the shapes are listed in json-shape.ts): chat lists, LangChain
// serialisations (`{var}` f-strings unless template_format says otherwise), OpenAI requests,
// Langfuse prompts (`{{var}}`). JSON strings sit on one line, so every line of a string maps
// to its start.
import type { DeclaredInput, Message, ParseIssue, Role, TextLine } from '../types.js'
import type { Draft } from './draft.js'
import { emptyDraft } from './draft.js'
import { firstJsonError } from './json-check.js'
import { jsonPosAt, locateJson } from './json-locate.js'
import { jsonShape } from './json-shape.js'
import type { JsonPos } from './json-locate.js'
import { MAX_MESSAGES, buildMessage, normalizeRole } from './messages.js'
import { extractMetadata } from './metadata.js'
import { modelSpec, normalizeParameterKey } from './model-spec.js'
import { wholeFileMessage } from './plain.js'
import type { LineIndex } from './source.js'
import { issue, toTextLines } from './source.js'
import { asRecord, asString, firstString } from './values.js'
import type { Json } from './values.js'
import type { Dialect } from './variables.js'
import { scanVariables } from './variables.js'

type Path = Array<string | number>

const LANGCHAIN_ROLES: Record<string, string> = {
  SystemMessagePromptTemplate: 'system',
  HumanMessagePromptTemplate: 'user',
  AIMessagePromptTemplate: 'assistant',
  SystemMessage: 'system',
  HumanMessage: 'user',
  AIMessage: 'assistant',
  ToolMessage: 'tool',
}

function get(value: unknown, path: Path): unknown {
  let v = value
  for (const key of path) v = Array.isArray(v) && typeof key === 'number' ? v[key] : asRecord(v)?.[String(key)]
  return v
}

function formatDialect(format: unknown): Dialect | undefined {
  const f = asString(format)?.toLowerCase()
  if (f === undefined) return undefined
  if (f === 'mustache') return 'mustache'
  return f.startsWith('jinja') ? 'jinja' : 'fstring'
}

class JsonMessages {
  readonly messages: Message[] = []
  readonly dialects: Array<Dialect | undefined> = []
  readonly issues: ParseIssue[] = []
  constructor(
    private readonly root: unknown,
    private readonly pos: JsonPos,
  ) {}

  private lines(path: Path): TextLine[] | undefined {
    const value = get(this.root, path)
    const line = jsonPosAt(this.pos, path)?.line ?? 1
    if (typeof value === 'string') return toTextLines(value, line).map((l) => ({ text: l.text, line }))
    if (!Array.isArray(value)) return undefined
    return value.flatMap((part, k) => {
      const textPath = typeof part === 'string' ? [...path, k] : [...path, k, 'text']
      return typeof get(this.root, textPath) === 'string' ? (this.lines(textPath) ?? []) : []
    })
  }

  /** One text of a known role (a PromptTemplate, Langfuse text prompt, Responses instructions). */
  text(path: Path, role: Role = 'unknown'): void {
    const lines = this.lines(path)
    if (!lines) return
    const line = jsonPosAt(this.pos, path)?.line ?? 1
    this.messages.push(buildMessage(role, lines, { start: line, end: line }))
    this.dialects.push(undefined)
  }

  item(base: Path, i: number): void {
    const path = [...base, i]
    const item = asRecord(get(this.root, path))
    const line = jsonPosAt(this.pos, path)?.line ?? 1
    if (!item) return void this.issues.push(issue(`message ${i + 1} must be an object with role and content`, line))
    // LangChain serialisation names the message class last in `id`.
    const ids: unknown[] = Array.isArray(item['id']) ? item['id'] : []
    const lcClass = asString(ids[ids.length - 1])
    if (item['type'] === 'placeholder' || lcClass === 'MessagesPlaceholder') return
    const role =
      item['type'] === 'function_call_output'
        ? 'tool'
        : firstString(item['role'], lcClass ? LANGCHAIN_ROLES[lcClass] : undefined, item['type'])
    const candidates: Path[] = [
      ['content'],
      ['kwargs', 'prompt', 'kwargs', 'template'],
      ['kwargs', 'content'],
      ['data', 'content'],
      ['text'],
      ['output'],
    ]
    const found = candidates.map((c) => this.lines([...path, ...c])).find((l) => l !== undefined)
    // OpenAI: an assistant turn that only calls tools has no content, and Responses API input
    // items `{type: "function_call"}` / `{type: "reasoning"}` carry no text: both are valid.
    const itemType = asString(item['type']) ?? ''
    if (
      !found &&
      (item['tool_calls'] !== undefined || item['function_call'] !== undefined || /_call$|^reasoning$/.test(itemType))
    )
      return
    if (!found) return void this.issues.push(issue(`message ${i + 1} has no text content`, line))
    const end = Math.max(line, found[found.length - 1]?.line ?? line)
    this.messages.push(buildMessage(normalizeRole(role), found, { start: line, end }))
    this.dialects.push(formatDialect(get(item, ['kwargs', 'prompt', 'kwargs', 'template_format'])))
  }
}

function inputVariables(root: unknown, pos: JsonPos): DeclaredInput[] {
  for (const path of [['kwargs', 'input_variables'], ['input_variables']] as Path[]) {
    const list = get(root, path)
    if (!Array.isArray(list)) continue
    return list.flatMap((name, k) => {
      const line = jsonPosAt(pos, [...path, k])?.line
      return typeof name === 'string' ? [line === undefined ? { name } : { name, line }] : []
    })
  }
  return []
}

const TOP_LEVEL_PARAMETERS = new Set([
  'temperature',
  'maxTokens',
  'topP',
  'topK',
  'frequencyPenalty',
  'presencePenalty',
  'stop',
  'seed',
])

function jsonModel(root: Json, pos: JsonPos): Draft['model'] {
  const config = asRecord(root['config']) ?? asRecord(root['modelParameters']) ?? asRecord(root['parameters'])
  const parameters: Json = {}
  // OpenAI request-style exports put sampling parameters beside `messages`.
  for (const [k, v] of Object.entries(root)) if (TOP_LEVEL_PARAMETERS.has(normalizeParameterKey(k))) parameters[k] = v
  Object.assign(parameters, config)
  delete parameters['model']
  const modelAt = root['model'] !== undefined ? ['model'] : ['config', 'model']
  return modelSpec({
    id: firstString(root['model'], config?.['model']),
    parameters,
    tools: root['tools'] ?? config?.['tools'],
    responseFormat: root['response_format'] ?? root['responseFormat'] ?? config?.['response_format'],
    line: jsonPosAt(pos, modelAt)?.keyLine,
  })
}

function pickDialect(found: JsonMessages, fileDialect: Dialect | undefined): Dialect[] {
  const mustacheSeen = found.messages.some((m) => scanVariables(m.text, 'mustache', 1).length > 0)
  const fallback: Dialect = fileDialect ?? (mustacheSeen ? 'mustache' : 'fstring')
  return found.messages.map((_, i) => found.dialects[i] ?? fallback)
}

export function parseJsonChat(index: LineIndex): Draft {
  const draft = emptyDraft('auto')
  let syntax = firstJsonError(index.text)
  let root: unknown
  try {
    if (!syntax) root = JSON.parse(index.text)
  } catch {
    // Only what the scanner does not check (e.g. a malformed \u escape) lands here.
    syntax = { offset: 0, message: 'malformed JSON' }
  }
  if (syntax) {
    draft.issues.push(issue(`invalid JSON: ${syntax.message}`, index.lineAt(syntax.offset)))
    // Keep the text reviewable (secrets, PII, injection) even though it does not parse.
    if (index.text.trim().length > 0) draft.messages.push(wholeFileMessage(index.text))
    return draft
  }
  const pos = locateJson(index)
  const rootObj = asRecord(root) ?? {}
  draft.metadata = extractMetadata(rootObj, 1, (p) => jsonPosAt(pos, p)?.keyLine)
  draft.model = jsonModel(rootObj, pos)
  draft.inputs = inputVariables(root, pos)
  const where = jsonShape(root)
  if (!where)
    return { ...draft, issues: [issue('not a prompt template: no "messages" list, prompt text or LangChain template', 1)] }
  const found = new JsonMessages(root, pos)
  for (const t of where.texts.filter((x) => x.role === 'system')) found.text(t.path, t.role)
  const list = where.messages ? get(root, where.messages) : undefined
  if (where.messages && Array.isArray(list)) {
    for (let i = 0; i < Math.min(list.length, MAX_MESSAGES); i++) found.item(where.messages, i)
    if (list.length > MAX_MESSAGES)
      draft.issues.push(
        issue(`more than ${MAX_MESSAGES} messages: the rest are not read`, jsonPosAt(pos, where.messages)?.line ?? 1),
      )
  }
  for (const t of where.texts.filter((x) => x.role !== 'system')) found.text(t.path, t.role)
  draft.messages = found.messages
  const format = rootObj['template_format'] ?? get(rootObj, ['kwargs', 'template_format'])
  draft.dialect = pickDialect(found, formatDialect(format) ?? where.dialect)
  draft.issues.push(...found.issues)
  return draft
}

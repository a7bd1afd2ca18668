// Prompty `*.prompty`: YAML front matter (model.api / configuration / parameters, inputs,
// sample) and a Jinja2 body split by `system:` / `user:` / `assistant:` lines.
// `${env:…}` and `${file:…}` references are kept as text: nothing is loaded or resolved.
import type { DeclaredInput, Message } from '../types.js'
import type { Draft } from './draft.js'
import { emptyDraft } from './draft.js'
import { readFrontMatter } from './front-matter-source.js'
import { extractMetadata } from './metadata.js'
import { modelSpec } from './model-spec.js'
import { promptyMessages } from './role-body.js'
import type { LineIndex } from './source.js'
import { asRecord, asString, firstString } from './values.js'
import type { Json } from './values.js'
import type { YamlView } from './yaml-view.js'

function promptyModel(root: Json, view: YamlView | undefined): Draft['model'] {
  const line = view?.keyLine(['model'])
  const model = root['model']
  if (typeof model === 'string') return modelSpec({ id: model, line })
  const m = asRecord(model) ?? {}
  const conf = asRecord(m['configuration']) ?? asRecord(m['connection']) ?? {}
  const parameters = asRecord(m['parameters']) ?? asRecord(m['options'])
  return modelSpec({
    id: firstString(conf['azure_deployment'], conf['name'], conf['model'], m['id'], m['name']),
    revision: firstString(m['revision'], conf['revision']),
    // v1 `api: chat|completion`, v2 `apiType: chat|embedding|image|responses`.
    api: firstString(m['apiType'], m['api']),
    parameters,
    tools: parameters?.['tools'] ?? root['tools'],
    responseFormat: m['response'] ?? parameters?.['response_format'],
    line,
    // v1 `configuration: {type, azure_endpoint | endpoint | base_url, azure_deployment}`,
    // v2 `provider` + `connection: {kind, endpoint}` (prompty's executors read these keys).
    hosting: {
      provider: firstString(conf['type'], m['provider']),
      endpoint: firstString(conf['azure_endpoint'], conf['endpoint'], conf['base_url']),
      deployment: firstString(conf['azure_deployment'], conf['deployment']),
      connection: asString(conf['kind']),
    },
  })
}

/** The kind a bare value coerces to (Prompty's `@coerce` on Property: `age: 5` is an integer input). */
function coercedKind(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'float'
  if (typeof value === 'boolean') return 'boolean'
  if (typeof value === 'string') return 'string'
  return undefined
}

/** One input; `required` defaults to false, as in the Prompty schema (schema/model/contracts/core/properties.tsp). */
function declared(name: string, spec: unknown, line: number | undefined): DeclaredInput {
  const s = asRecord(spec)
  const input: DeclaredInput = { name }
  const type = s ? firstString(s['kind'], s['type']) : coercedKind(spec)
  if (type !== undefined) input.type = type
  const description = s ? asString(s['description']) : undefined
  if (description !== undefined) input.description = description
  input.required = s?.['required'] === true
  if (line !== undefined) input.line = line
  return input
}

/** `inputs` as a map `{name: {type, description, default}}` or a list `[{name, type}]`. */
function promptyInputs(root: Json, view: YamlView | undefined): DeclaredInput[] {
  const inputs = root['inputs']
  if (Array.isArray(inputs)) {
    return inputs.flatMap((item, i) => {
      const name = asString(asRecord(item)?.['name'])
      return name ? [declared(name, item, view?.keyLine(['inputs', i]))] : []
    })
  }
  return Object.entries(asRecord(inputs) ?? {}).map(([name, spec]) => declared(name, spec, view?.keyLine(['inputs', name])))
}

/**
 * Embedding and image APIs take the rendered text as input: there is no system role. A v1
 * `completion` API sends one prompt string: no roles at all.
 */
function withoutRoles(messages: Message[], api: string | undefined): Message[] {
  const kind = api?.toLowerCase()
  if (kind === 'embedding' || kind === 'image') return messages.map((m) => ({ ...m, role: 'user' }))
  if (kind === 'completion') return messages.map((m) => ({ ...m, role: 'unknown' }))
  return messages
}

function promptyDialect(root: Json): 'jinja' | 'mustache' {
  const template = root['template']
  const format = asString(template) ?? asString(asRecord(template)?.['format'])
  return format?.toLowerCase() === 'mustache' ? 'mustache' : 'jinja'
}

export function parsePrompty(index: LineIndex): Draft {
  const { fm, root, view, issues } = readFrontMatter(index)
  const dialect = promptyDialect(root)
  const draft = emptyDraft(dialect)
  if (dialect === 'jinja') draft.validate = 'jinja'
  draft.issues.push(...issues)
  draft.metadata = extractMetadata(root, 1, (p) => view?.keyLine(p))
  draft.model = promptyModel(root, view)
  draft.inputs = promptyInputs(root, view)
  if (root['sample'] !== undefined) draft.testData = root['sample']
  const threads = new Set(draft.inputs.filter((i) => i.type === 'thread').map((i) => i.name))
  const body = promptyMessages(index, fm.bodyStart, threads)
  draft.messages = withoutRoles(body.messages, draft.model.api)
  draft.issues.push(...body.issues)
  return draft
}

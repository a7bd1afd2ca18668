// GitHub Models `*.prompt.yml`: name, description, model, modelParameters, messages,
// testData, evaluators, responseFormat/jsonSchema; `{{var}}` placeholders.
import type { Draft } from './draft.js'
import { emptyDraft } from './draft.js'
import { extractMetadata } from './metadata.js'
import { modelSpec } from './model-spec.js'
import { buildMessage } from './messages.js'
import { wholeFileMessage } from './plain.js'
import type { LineIndex } from './source.js'
import { issue } from './source.js'
import { asRecord, asString } from './values.js'
import { readYamlMessages } from './yaml-messages.js'
import { parseYamlSource } from './yaml-source.js'
import { YamlView } from './yaml-view.js'

function responseFormat(root: Record<string, unknown>): unknown {
  const format = root['responseFormat']
  const schema = root['jsonSchema']
  if (schema === undefined) return format
  return { type: format ?? 'json_schema', jsonSchema: schema }
}

/**
 * Semantic Kernel's prompt YAML (`*.prompt.yaml` too): `template` text with `{{$var}}`
 * variables (or Handlebars/Liquid per `template_format`), `input_variables`, `execution_settings`.
 * Its chat roles are tags in the rendered text (`<message role="system">`): one message here.
 */
function semanticKernel(draft: Draft, view: YamlView, root: Record<string, unknown>): Draft {
  const node = view.locate(['template'])?.node
  const lines = node ? view.scalarLines(node) : undefined
  if (lines) draft.messages = [buildMessage('unknown', lines)]
  const format = asString(root['template_format'])?.toLowerCase()
  draft.dialect = format === 'handlebars' ? 'handlebars' : format === 'liquid' ? 'jinja' : 'mustache'
  const inputs = Array.isArray(root['input_variables']) ? root['input_variables'] : []
  draft.inputs = inputs.flatMap((v, i) => {
    const r = asRecord(v)
    const name = asString(r?.['name'])
    if (!r || !name) return []
    const line = view.keyLine(['input_variables', i])
    return [{ name, required: r['is_required'] === true, ...(line !== undefined ? { line } : {}) }]
  })
  return draft
}

export function parseGithubModels(index: LineIndex): Draft {
  const draft = emptyDraft('mustache')
  const src = parseYamlSource(index, 0, index.text.length)
  draft.issues.push(...src.issues)
  const root = asRecord(src.value)
  if (!root || !src.doc) {
    if (src.doc && src.value !== undefined && src.value !== null)
      draft.issues.push(issue('a .prompt.yml file must be a YAML mapping', 1))
    // Unreadable structure: keep the text reviewable as one message.
    if (index.text.trim().length > 0) draft.messages.push(wholeFileMessage(index.text))
    return draft
  }
  const view = new YamlView(src, index)
  draft.metadata = extractMetadata(root, 1, (p) => view.keyLine(p))
  draft.model = modelSpec({
    id: asString(root['model']),
    revision: asString(root['modelRevision']),
    parameters: asRecord(root['modelParameters']),
    tools: root['tools'],
    responseFormat: responseFormat(root),
    line: view.keyLine(['model']),
  })
  if (root['messages'] === undefined && typeof root['template'] === 'string') return semanticKernel(draft, view, root)
  const read = readYamlMessages(view, ['messages'])
  draft.messages = read.messages
  draft.issues.push(...read.issues)
  if (src.issues.length > 0 && draft.messages.length === 0) draft.messages.push(wholeFileMessage(index.text))
  if (root['testData'] !== undefined) draft.testData = root['testData']
  if (root['evaluators'] !== undefined) draft.evaluators = root['evaluators']
  return draft
}

// Dotprompt `*.prompt`: YAML front matter (model, config, input.schema in Picoschema,
// tools, output, metadata) and a Handlebars body with `{{role "…"}}` switches.
import type { Draft } from './draft.js'
import { emptyDraft } from './draft.js'
import { readFrontMatter } from './front-matter-source.js'
import { extractMetadata } from './metadata.js'
import { modelSpec } from './model-spec.js'
import { schemaInputs } from './picoschema.js'
import { dotpromptMessages } from './role-body.js'
import type { LineIndex } from './source.js'
import { asRecord, asString } from './values.js'

export function parseDotprompt(index: LineIndex): Draft {
  const { fm, root, view, issues } = readFrontMatter(index, 'blank-or-comment')
  const draft = emptyDraft('handlebars')
  draft.validate = 'handlebars'
  draft.issues.push(...issues)
  draft.metadata = extractMetadata(root, 1, (p) => view?.keyLine(p))
  const config = asRecord(root['config'])
  draft.model = modelSpec({
    id: asString(root['model']),
    // Genkit pins a model version through `config.version`.
    revision: asString(config?.['version']),
    parameters: config,
    tools: root['tools'],
    responseFormat: root['output'],
    line: view?.keyLine(['model']),
    // Genkit's Vertex AI plugin takes the region per request from `config.location`.
    hosting: { region: asString(config?.['location']) },
  })
  if (view) draft.inputs = schemaInputs(view, ['input', 'schema'])
  const body = dotpromptMessages(index, fm.bodyStart)
  draft.messages = body.messages
  draft.issues.push(...body.issues)
  return draft
}

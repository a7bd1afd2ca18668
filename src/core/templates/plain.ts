// Plain text templates (`prompts/**/*.{txt,md,j2,jinja,hbs,mustache}`): the whole file is
// one message of unknown role, every line mapped exactly.
import type { Message } from '../types.js'
import type { Draft } from './draft.js'
import { emptyDraft } from './draft.js'
import { buildMessage } from './messages.js'
import { toTextLines } from './source.js'
import type { Dialect } from './variables.js'

export function plainDialect(path: string): Dialect {
  const lower = path.toLowerCase()
  if (lower.endsWith('.j2') || lower.endsWith('.jinja') || lower.endsWith('.jinja2')) return 'jinja'
  if (lower.endsWith('.hbs') || lower.endsWith('.handlebars')) return 'handlebars'
  if (lower.endsWith('.mustache')) return 'mustache'
  return 'auto'
}

/** The whole text as one message; also the fallback when a structured file cannot be read. */
export function wholeFileMessage(text: string): Message {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text
  return buildMessage('unknown', toTextLines(body, 1), undefined, body)
}

export function parsePlain(path: string, text: string): Draft {
  const dialect = plainDialect(path)
  const draft = emptyDraft(dialect)
  if (dialect === 'jinja' || dialect === 'handlebars') draft.validate = dialect
  draft.messages.push(wholeFileMessage(text))
  return draft
}

// The one entry point: any supported file → `Template`. Never throws: every problem is a
// `parseErrors` entry with a 1-based line, and the rest of the model is best effort.
import type { Template, TemplateFormat } from '../types.js'
import { MAX_VARIABLES, collectVariables } from './collect-variables.js'
import { detectFormat } from './detect-format.js'
import { parseDotprompt } from './dotprompt.js'
import type { Draft } from './draft.js'
import { emptyDraft } from './draft.js'
import { parseGithubModels } from './github-models.js'
import { parseJsonChat } from './json-chat.js'
import { parsePlain } from './plain.js'
import { parsePrompty } from './prompty.js'
import { isRawChatFormat } from './raw-chat.js'
import { LineIndex, MAX_ISSUES, countLines, errorMessage, issue, normalizeSource } from './source.js'

function parseDraft(format: TemplateFormat, path: string, text: string): Draft {
  if (format === 'plain') return parsePlain(path, text)
  const index = new LineIndex(text)
  switch (format) {
    case 'github-models':
      return parseGithubModels(index)
    case 'prompty':
      return parsePrompty(index)
    case 'dotprompt':
      return parseDotprompt(index)
    case 'json-chat':
      return parseJsonChat(index)
  }
}

function toTemplate(path: string, format: TemplateFormat, draft: Draft, lineCount: number): Template {
  const maxLine = Math.max(1, lineCount)
  const collected = collectVariables(draft.messages, draft.dialect, draft.validate)
  draft.issues.push(...collected.issues)
  const notices = [...(draft.notices ?? []), ...collected.notices]
  if (collected.truncatedAt !== undefined) {
    draft.issues.push(
      issue(`more than ${MAX_VARIABLES} variable uses: only the first ${MAX_VARIABLES} are listed`, collected.truncatedAt),
    )
  }
  const template: Template = {
    path,
    format,
    messages: draft.messages,
    variables: collected.variables,
    inputs: draft.inputs,
    model: draft.model,
    metadata: draft.metadata,
    parseErrors: draft.issues.slice(0, MAX_ISSUES).map((i) => ({ message: i.message, line: Math.min(i.line, maxLine) })),
    lineCount,
  }
  if (notices.length > 0)
    template.notices = notices.slice(0, MAX_ISSUES).map((i) => ({ message: i.message, line: Math.min(i.line, maxLine) }))
  if (
    isRawChatFormat(
      draft.messages,
      collected.variables.some((v) => !v.reference),
    )
  )
    template.rawChatFormat = true
  if (draft.testData !== undefined) template.testData = draft.testData
  if (draft.evaluators !== undefined) template.evaluators = draft.evaluators
  return template
}

/** Parses `text` (the content of `path`) in the format its name implies. */
export function parseTemplate(path: string, text: string, format: TemplateFormat = detectFormat(path)): Template {
  const source = typeof text === 'string' ? normalizeSource(text) : ''
  const lineCount = countLines(source)
  try {
    return toTemplate(path, format, parseDraft(format, path, source), lineCount)
  } catch (err) {
    // A parser bug must not take the whole report down: surface it as a parse error.
    const draft = emptyDraft('mustache')
    draft.issues.push(issue(`template could not be parsed: ${errorMessage(err)}`, 1))
    return toTemplate(path, format, draft, lineCount)
  }
}

// What each format parser produces before variables are collected.
import type { DeclaredInput, Message, ModelSpec, ParseIssue, TemplateMetadata } from '../types.js'
import { emptyMetadata } from './metadata.js'
import type { Dialect } from './variables.js'

export interface Draft {
  messages: Message[]
  /** One dialect for all messages, or one per message. */
  dialect: Dialect | Dialect[]
  inputs: DeclaredInput[]
  model: ModelSpec
  metadata: TemplateMetadata
  testData?: unknown
  evaluators?: unknown
  issues: ParseIssue[]
  /** The engine whose block rules the body must satisfy (unbalanced blocks are parse errors). */
  validate?: 'handlebars' | 'jinja'
  notices?: ParseIssue[]
}

export function emptyDraft(dialect: Dialect): Draft {
  return { messages: [], dialect, inputs: [], model: { parameters: {} }, metadata: emptyMetadata(), issues: [] }
}

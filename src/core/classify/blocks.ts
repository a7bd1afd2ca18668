// Units a classifier reads: paragraphs of consecutive added lines (a blank line, a gap in
// line numbers, a change of role or a code fence ends one), split every MAX_LINES lines so one huge
// paragraph cannot dilute a planted sentence into a long, benign average. Template control
// tags are left out first: the model reads what the runtime renders, not `{% if %}`.
import type { Role } from '../types.js'

export interface BlockLine {
  line: number
  text: string
  role?: Role
}

export interface TextBlock {
  lines: readonly BlockLine[]
  /** Inside a fenced code block (between ``` or ~~~ lines). */
  code?: boolean
}

/** The paragraph as one text (built only for paragraphs that are judged in full). */
export const blockText = (block: TextBlock): string => block.lines.map((l) => l.text).join('\n')

const MAX_LINES = 40

/** A Markdown code fence (CommonMark: three or more backticks or tildes). */
const FENCE = /^(?:```|~~~)/

/**
 * Template control tags, which a runtime executes and never renders: Jinja/Nunjucks statements
 * and comments (`{% if x %}`, `{# note #}`), Handlebars/Mustache blocks, inverted sections,
 * `else` and comments (`{{#if x}}`, `{{/if}}`, `{{^x}}`, `{{else}}`, `{{!-- note --}}`).
 * Variables (`{{name}}`) stay: their names stand where text will be.
 */
const CONTROL_TAG = /\{%[^%\n]{0,500}%\}|\{#[^#\n]{0,500}#\}|\{\{~?(?:[#/^!]|else\b)[^{}\n]{0,500}\}\}/g

/** The line as a runtime renders it, as far as its own text shows: control tags left out. */
export function withoutControlTags(text: string): string {
  return text.includes('{') ? text.replace(CONTROL_TAG, ' ') : text
}

export function textBlocks(lines: readonly BlockLine[]): TextBlock[] {
  const blocks: TextBlock[] = []
  let current: BlockLine[] = []
  let inCode = false
  const flush = (): void => {
    if (current.length > 0) blocks.push(inCode ? { lines: current, code: true } : { lines: current })
    current = []
  }
  let previous: BlockLine | undefined
  let seen = new Set<string>()
  for (const raw of lines) {
    const text = withoutControlTags(raw.text)
    const trimmed = text.trim()
    // A fence line opens or closes a code block: its lines are a paragraph of their own, which
    // the classifiers judge on stronger evidence (judge.ts, barOf).
    if (FENCE.test(trimmed)) {
      flush()
      seen = new Set()
      inCode = !inCode
      previous = undefined
      continue
    }
    const blank = trimmed === ''
    // A line that is only control tags renders as nothing: the paragraph goes on through it.
    if (blank && raw.text.trim() !== '') {
      previous = raw
      continue
    }
    const l = text === raw.text ? raw : { ...raw, text }
    const joins = previous !== undefined && l.line === previous.line + 1 && l.role === previous.role
    if (!joins || blank || current.length >= MAX_LINES) {
      flush()
      seen = new Set()
    }
    // A line repeated within its paragraph adds no evidence: summed again it would only push
    // a linear score towards certainty (a sentence repeated 40 times read as an attack).
    if (!blank && !seen.has(trimmed)) {
      current.push(l)
      seen.add(trimmed)
    }
    previous = l
  }
  flush()
  return blocks
}

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
  /** Structure rather than prose: inside a fenced code block (between ``` or ~~~ lines), or
   * one row of a Markdown table. Judged on the raised bar (judge.ts, barOf). */
  structure?: boolean
}

/** The paragraph as one text (built only for paragraphs that are judged in full). */
export const blockText = (block: TextBlock): string => block.lines.map((l) => l.text).join('\n')

const MAX_LINES = 40

/** A Markdown code fence (CommonMark: three or more backticks or tildes), its run and its info string. */
const FENCE = /^(`{3,}|~{3,})(.*)/

/** The info string's first word, the language ("js" of `js type="nodejs"`). */
const INFO_WORD = /^[^\s{]*/

/**
 * Whether a fence line closes the block `open` opened (CommonMark: the same character, at
 * least as many, and no info string); any other fence line inside the block is its content.
 */
const closes = (open: string, run: string, info: string): boolean =>
  run[0] === open[0] && run.length >= open.length && info === ''

/**
 * Info strings (GitHub Linguist's usual names) of programming, shell, style and build
 * languages. The classifiers learnt from prose; in program text identifiers read as words
 * ("console.log(prompt.content)" scored 0.98 for injection: spikee's XSS payloads made
 * "console log" a strong feature). In a fence that names such a language, a line of code (one
 * with code punctuation, CODE_LINE) is left out of their reading; its other lines (comments,
 * docstrings, prose) are read as in any fence. Not the whole fence: prose wrapped in a fence
 * that says "python" would otherwise hide from the classifiers. Not data and markup (JSON,
 * YAML, HTML, XML, diffs): their strings and text are what a planted instruction hides in (a
 * tool result, a web page), and their lines hold the same punctuation. The rules read every line.
 */
const PROGRAM_LANGUAGES = new Set([
  ...['js', 'javascript', 'jsx', 'mjs', 'cjs', 'ts', 'typescript', 'tsx', 'node', 'nodejs', 'python', 'py', 'python3'],
  ...['java', 'kotlin', 'kt', 'c', 'h', 'cpp', 'c++', 'cc', 'cxx', 'csharp', 'cs', 'c#', 'fsharp', 'f#', 'go', 'golang'],
  ...['rust', 'rs', 'ruby', 'rb', 'php', 'swift', 'scala', 'r', 'lua', 'perl', 'dart', 'elixir', 'erlang', 'haskell'],
  ...['clojure', 'julia', 'matlab', 'objective-c', 'objc', 'vb', 'vbnet', 'groovy', 'zig', 'ocaml', 'solidity', 'asm'],
  ...['bash', 'sh', 'shell', 'zsh', 'fish', 'powershell', 'ps1', 'pwsh', 'bat', 'batch', 'cmd'],
  ...['css', 'scss', 'sass', 'less', 'sql', 'graphql', 'gql', 'proto', 'protobuf', 'hcl', 'terraform', 'tf'],
  ...['dockerfile', 'makefile', 'cmake', 'nginx', 'regex'],
])

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

/** A Markdown table row (GFM: cells between pipes; rows without the leading pipe are not recognised). */
const TABLE_ROW = /^\|.*\|/

/** Punctuation prose seldom has and code lines nearly always do. */
const CODE_LINE = /[;{}()=<>[\]]/

export function textBlocks(lines: readonly BlockLine[]): TextBlock[] {
  const blocks: TextBlock[] = []
  let current: BlockLine[] = []
  // The run of backticks or tildes that opened the code block we are in ('' outside one).
  let openFence = ''
  let inCode = false
  // Inside a fence that names a program language: its lines of code are not read.
  let inProgram = false
  const flush = (): void => {
    if (current.length > 0) blocks.push(inCode ? { lines: current, structure: true } : { lines: current })
    current = []
  }
  let previous: BlockLine | undefined
  let seen = new Set<string>()
  for (const raw of lines) {
    const text = withoutControlTags(raw.text)
    const trimmed = text.trim()
    // A fence line opens or closes a code block: its lines are a paragraph of their own, which
    // the classifiers judge on stronger evidence (judge.ts, barOf).
    const fence = FENCE.exec(trimmed)
    const run = fence?.[1] ?? ''
    const info = (fence?.[2] ?? '').trim()
    // A backtick fence's info string holds no backtick: "``` `x` ```" is inline code, not a fence.
    if (fence !== null && !(run[0] === '`' && info.includes('`')) && (!inCode || closes(openFence, run, info))) {
      flush()
      seen = new Set()
      inCode = !inCode
      openFence = inCode ? run : ''
      inProgram = inCode && PROGRAM_LANGUAGES.has((INFO_WORD.exec(info)?.[0] ?? '').toLowerCase())
      previous = undefined
      continue
    }
    if (inProgram && CODE_LINE.test(trimmed)) continue
    const blank = trimmed === ''
    // A line that is only control tags renders as nothing: the paragraph goes on through it.
    if (blank && raw.text.trim() !== '') {
      previous = raw
      continue
    }
    const l = text === raw.text ? raw : { ...raw, text }
    // A table row is a record, not a sentence of a paragraph: judged alone. Summed over a long
    // table, the rows' many small weights read as a strong score ("| Method | Description |"
    // tables of API docs scored 0.97 for injection, top feature +0.52).
    if (!inCode && TABLE_ROW.test(trimmed)) {
      flush()
      blocks.push({ lines: [l], structure: true })
      seen = new Set()
      previous = undefined
      continue
    }
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

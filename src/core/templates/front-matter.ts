// `---` front matter (Prompty, Dotprompt). Only YAML is accepted: gray-matter style
// `---js` / `---javascript` front matter would be code, so it is reported and never run.
import type { ParseIssue } from '../types.js'
import type { LineIndex } from './source.js'
import { issue } from './source.js'

export interface FrontMatter {
  /** Offsets of the YAML between the fences; absent when there is none or it is refused. */
  yaml?: { start: number; end: number }
  /** Offset and 1-based line where the template body starts. */
  bodyStart: number
  bodyLine: number
  issues: ParseIssue[]
}

const YAML_LANGUAGES = new Set(['', 'yaml', 'yml'])

/** Offset of the first line after the opening one that is exactly `---` (trailing blanks allowed). */
function findClose(text: string, from: number): number {
  for (let i = text.indexOf('\n---', from - 1); i !== -1; i = text.indexOf('\n---', i + 1)) {
    const eol = text.indexOf('\n', i + 1)
    const rest = text.slice(i + 4, eol === -1 ? text.length : eol)
    if (rest.trim().length === 0) return i + 1
  }
  return -1
}

/**
 * What may precede the opening `---`: blank lines (Prompty's loader matches `^\s*---`), and for
 * Dotprompt also `#` comment lines such as a licence header (its FRONTMATTER_AND_BODY_REGEX).
 */
export type Preamble = 'blank' | 'blank-or-comment'

function openingLine(index: LineIndex, preamble: Preamble): number {
  for (let line = 1; line <= index.lineCount; line++) {
    const text = index.lineText(line)
    if (text.trim().length === 0) continue
    if (preamble === 'blank-or-comment' && text.startsWith('#')) continue
    return line
  }
  return 1
}

export function splitFrontMatter(index: LineIndex, preamble: Preamble = 'blank'): FrontMatter {
  const text = index.text
  const openLine = openingLine(index, preamble)
  const first = index.lineText(openLine)
  if (!first.startsWith('---') || /^-{4}/.test(first)) return { bodyStart: 0, bodyLine: 1, issues: [] }
  const language = first.slice(3).trim().toLowerCase()
  const issues: ParseIssue[] = []
  if (!YAML_LANGUAGES.has(language)) {
    issues.push(
      issue(
        `front matter language "${language.slice(0, 40)}" is not allowed: only YAML front matter is read, nothing is executed`,
        openLine,
      ),
    )
  }
  const yamlStart = (index.starts[openLine - 1] ?? 0) + first.length + 1
  const close = findClose(text, yamlStart)
  if (close === -1) {
    issues.push(issue(`front matter opened on line ${openLine} is never closed (expected a line with ---)`, openLine))
    return { bodyStart: Math.min(yamlStart, text.length), bodyLine: openLine + 1, issues }
  }
  const closeLine = index.lineAt(close)
  const eol = text.indexOf('\n', close)
  const bodyStart = eol === -1 ? text.length : eol + 1
  const fm: FrontMatter = { bodyStart, bodyLine: closeLine + 1, issues }
  if (issues.length === 0) fm.yaml = { start: Math.min(yamlStart, close), end: close }
  return fm
}

// Scalars whose value differs from how they are written, as the file's loader decodes them:
// JSON strings with escapes (`"\u0041KIA…"`) and YAML double-quoted scalars with escapes or
// escaped line breaks (`"john.smith\⏎  @acme.com"` is one address). Each becomes a unit that
// replaces the written scalar in the canonical text. Other YAML scalars need no unit: block
// literals map line for line and folding only turns line breaks into spaces.
import { isScalar, Scalar, visit } from 'yaml'
import type { TemplateFormat } from '../types.js'
import { splitFrontMatter, type Preamble } from '../templates/front-matter.js'
import { LineIndex } from '../templates/source.js'
import { parseYamlSource } from '../templates/yaml-source.js'

/** A written scalar, from (line, column) to (line, column exclusive), and what it decodes to. */
export interface FormatUnit {
  firstLine: number
  firstCol: number
  lastLine: number
  lastCol: number
  value: string
  note: string
}

export type Language = 'json' | 'yaml' | 'front-matter' | 'none'

/** The loader that reads a file: its format, or its extension for plain files. */
export function languageOf(format: TemplateFormat, path: string): Language {
  if (format === 'json-chat' || /\.json$/i.test(path)) return 'json'
  if (format === 'github-models' || /\.ya?ml$/i.test(path)) return 'yaml'
  if (format === 'prompty' || format === 'dotprompt') return 'front-matter'
  return 'none'
}

/** JSON strings cannot hold a raw line break, so each line is decoded on its own. */
export function jsonUnits(line: number, text: string): FormatUnit[] {
  if (!text.includes('\\')) return []
  const units: FormatUnit[] = []
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    let j = i + 1
    let escaped = false
    while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? ((escaped = true), 2) : 1
    if (j >= text.length) break
    if (escaped) {
      const value = decodeJsonString(text.slice(i, j + 1))
      if (value !== null) units.push({ firstLine: line, firstCol: i + 1, lastLine: line, lastCol: j, value, note: 'JSON escape' })
    }
    i = j
  }
  return units
}

function decodeJsonString(literal: string): string | null {
  try {
    const value: unknown = JSON.parse(literal)
    return typeof value === 'string' ? value : null
  } catch {
    return null
  }
}

/**
 * Double-quoted YAML scalars with a backslash that touch one of `lines`. The YAML is parsed
 * again only when such a line (or the one before it, for a continuation) has a backslash.
 */
export function yamlUnits(
  text: string,
  language: 'yaml' | 'front-matter',
  preamble: Preamble,
  lines: ReadonlySet<number>,
): FormatUnit[] {
  if (!text.includes('\\')) return []
  const index = new LineIndex(text)
  if (![...lines].some((l) => index.lineText(l).includes('\\') || index.lineText(l - 1).endsWith('\\'))) return []
  let start = 0
  let end = text.length
  if (language === 'front-matter') {
    const fm = splitFrontMatter(index, preamble)
    if (fm.yaml === undefined) return []
    ;({ start, end } = fm.yaml)
  }
  const source = parseYamlSource(index, start, end)
  if (source.doc === null) return []
  const units: FormatUnit[] = []
  visit(source.doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || node.type !== Scalar.QUOTE_DOUBLE || !node.range) return
      const from = start + node.range[0]
      const to = start + node.range[1]
      const written = text.slice(from, to)
      if (!written.includes('\\') || !written.startsWith('"') || !written.endsWith('"')) return
      const firstLine = index.lineAt(from)
      const lastLine = index.lineAt(to - 1)
      let touched = false
      for (let l = firstLine; l <= lastLine && !touched; l++) touched = lines.has(l)
      if (!touched) return
      const value = typeof node.value === 'string' ? node.value : String(node.value)
      const firstCol = from + 1 - (index.starts[firstLine - 1] ?? 0)
      const lastCol = to - 1 - (index.starts[lastLine - 1] ?? 0)
      units.push({
        firstLine,
        firstCol,
        lastLine,
        lastCol,
        value,
        note: firstLine === lastLine ? 'YAML escape' : 'YAML escape or line continuation',
      })
    },
  })
  return units.sort((a, b) => a.firstLine - b.firstLine || a.firstCol - b.firstCol)
}

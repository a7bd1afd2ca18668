// Hand-built Template / TemplateChange fixtures for detector tests, independent of the real
// parsers. Format: lines `system:` / `user:` / `assistant:` / `tool:` start a message (text
// before any marker is one `unknown`-role message). Variables: `{{x}}`, `{{{x}}}` and
// `{{& x}}` (raw), `{{ x | safe }}` (raw). A use is delimited when it sits between `<tag>` and
// `</tag>` (same line or tag lines around it), inside a ``` fence, or in quotes.
import { ConfigSchema } from '../../../../src/core/config/config.schema.js'
import type { DetectorContext } from '../../../../src/core/detect/detector.js'
import type { Message, Role, Template, TemplateChange, TextLine, VariableUse } from '../../../../src/core/types.js'

const ROLE_LINE = /^(system|user|assistant|tool):\s*$/
const VAR = /\{\{\{\s*([\w.]+)\s*\}\}\}|\{\{&\s*([\w.]+)\s*\}\}|\{\{\s*([\w.]+)\s*(\|[^}]*)?\}\}/g

function splitMessages(lines: readonly string[]): Message[] {
  const messages: Message[] = []
  let current: { role: Role; lines: TextLine[] } | null = null
  const flush = (): void => {
    if (current === null) return
    const body = current.lines
    while (body.length > 0 && body[body.length - 1]?.text.trim() === '') body.pop()
    if (body.length > 0 || current.role !== 'unknown') {
      const first = body[0]?.line ?? 1
      const last = body[body.length - 1]?.line ?? first
      messages.push({
        role: current.role,
        text: body.map((l) => l.text).join('\n'),
        lines: body,
        startLine: first,
        endLine: last,
      })
    }
  }
  lines.forEach((text, i) => {
    const marker = ROLE_LINE.exec(text)
    if (marker !== null) {
      flush()
      current = { role: marker[1] as Role, lines: [] }
      return
    }
    current ??= { role: 'unknown', lines: [] }
    if (current.lines.length > 0 || text.trim() !== '') current.lines.push({ line: i + 1, text })
  })
  flush()
  return messages
}

/** How far a tag around a variable is looked for: reading the whole line per variable made the
 * fixture quadratic on the hostile inputs (a 1 MB line of variables took minutes to build). */
const TAG_WINDOW = 2_000

function isDelimited(text: string, start: number, end: number, block: boolean): boolean {
  if (block) return true
  const before = text.slice(Math.max(0, start - TAG_WINDOW), start)
  const after = text.slice(end, end + TAG_WINDOW)
  if (/<[a-z_][\w-]*>[^<]*$/i.test(before) && /^[^<]*<\/[a-z_][\w-]*>/i.test(after)) return true
  return /["'`]$/.test(before) && /^["'`]/.test(after)
}

function variablesOf(messages: readonly Message[]): VariableUse[] {
  const uses: VariableUse[] = []
  messages.forEach((message, index) => {
    let depth = 0
    let fenced = false
    for (const { line, text } of message.lines) {
      const trimmed = text.trim()
      if (trimmed.startsWith('```')) fenced = !fenced
      if (/^<[a-z_][\w-]*>$/i.test(trimmed)) depth++
      if (/^<\/[a-z_][\w-]*>$/i.test(trimmed)) depth = Math.max(0, depth - 1)
      for (const m of text.matchAll(VAR)) {
        const name = m[1] ?? m[2] ?? m[3] ?? ''
        const raw = m[1] !== undefined || m[2] !== undefined || /\|\s*safe\b/.test(m[4] ?? '')
        const delimited = isDelimited(text, m.index, m.index + m[0].length, depth > 0 || fenced)
        uses.push({
          name,
          message: index,
          role: message.role,
          line,
          raw,
          delimited,
          syntax: raw && m[1] ? 'mustache-raw' : 'mustache',
        })
      }
    }
  })
  return uses
}

export function templateOf(text: string, path = 'prompts/test.prompt'): Template {
  const lines = text.split('\n')
  const messages = splitMessages(lines)
  return {
    path,
    format: 'plain',
    messages,
    variables: variablesOf(messages),
    inputs: [],
    model: { parameters: {} },
    metadata: { owners: [], provenance: {} },
    parseErrors: [],
    lineCount: lines.length,
  }
}

/** Line-level LCS diff; large inputs fall back to "everything changed". */
function diffLines(base: readonly string[], head: readonly string[]): { added: TextLine[]; removed: TextLine[] } {
  const n = base.length
  const m = head.length
  if (n * m > 4_000_000) {
    return { added: head.map((text, i) => ({ line: i + 1, text })), removed: base.map((text, i) => ({ line: i + 1, text })) }
  }
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = base[i] === head[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
  const added: TextLine[] = []
  const removed: TextLine[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && base[i] === head[j]) {
      i++
      j++
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      added.push({ line: j + 1, text: head[j]! })
      j++
    } else {
      removed.push({ line: i + 1, text: base[i]! })
      i++
    }
  }
  return { added, removed }
}

/** Pairs base and head messages by role order (1st system with 1st system, …). */
function pairMessages(base: Template | null, head: Template | null): TemplateChange['messageChanges'] {
  const pairs: TemplateChange['messageChanges'] = []
  const used = new Set<number>()
  base?.messages.forEach((message, b) => {
    const nth = base.messages.slice(0, b).filter((m) => m.role === message.role).length
    const h =
      head?.messages.findIndex(
        (m, k) => m.role === message.role && head.messages.slice(0, k).filter((x) => x.role === m.role).length === nth,
      ) ?? -1
    if (h >= 0) used.add(h)
    pairs.push({ base: b, head: h >= 0 ? h : null, changed: h < 0 || head?.messages[h]?.text !== message.text })
  })
  head?.messages.forEach((_, h) => {
    if (!used.has(h)) pairs.push({ base: null, head: h, changed: true })
  })
  return pairs
}

export function changeOf(baseText: string | null, headText: string | null, path = 'prompts/test.prompt'): TemplateChange {
  const base = baseText === null ? null : templateOf(baseText, path)
  const head = headText === null ? null : templateOf(headText, path)
  const lines = diffLines(baseText === null ? [] : baseText.split('\n'), headText === null ? [] : headText.split('\n'))
  return {
    status: base === null ? 'added' : head === null ? 'removed' : 'modified',
    path,
    base,
    head,
    lines,
    variables: { added: [], removed: [], renamed: [] },
    modelChanges: [],
    messageChanges: pairMessages(base, head),
  }
}

export function testContext(): DetectorContext {
  return {
    config: ConfigSchema.parse({}),
    changedPaths: [],
    ownersOf: () => [],
    costOf: () => {
      throw new Error('cost is not used by this detector')
    },
  }
}

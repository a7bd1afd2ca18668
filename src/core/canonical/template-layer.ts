// Template syntax, rendered the way the runtime would before the model sees the text: comments
// and control tags (`{# #}`, `{% if %}`, `{{! }}`, `{{#each}}`, `{{/each}}`) render as nothing
// and join the text around them (with `-`/`~` whitespace control); constant expressions
// (`{{ "AK" ~ "IA" }}`, a `{% set %}` name) render as their value; variables stay as written.
//
// Which syntax a runtime honours depends on the format, and a guess that hides text would
// hide a secret from every detector. So nothing disappears: the text of every comment or tag
// that was rendered away, and the string literals of every tag (joined, and one by one), are
// appended as extra lines traced to the tag. Over-reading costs nothing; under-reading leaks.
import { MappedBuilder, type MappedText } from './mapped-text.js'
import { tagLiterals } from './template-expression.js'

/** `{{ name }}`, `{{user.name}}`: a plain variable, kept as written (the common case). */
const PLAIN_VARIABLE = /\{\{[ \t]*[A-Za-z_][\w.]*[ \t]*\}\}/y
const MAX_TAG = 20_000
const NOTE = 'template syntax'

interface Edit {
  from: number
  to: number
  /** Rendered text; undefined keeps the tag as written. */
  text?: string
  trimLeft: boolean
  trimRight: boolean
  residue: string[]
}

export function templateLayer(text: string): MappedText | null {
  if (nextOpening(text, 0) === -1) return null
  const edits = findEdits(text)
  if (!edits.some((e) => e.text !== undefined || e.residue.length > 0)) return null
  return render(text, edits)
}

function findEdits(text: string): Edit[] {
  const edits: Edit[] = []
  const names = new Map<string, string>()
  const closes = new CloseFinder(text)
  for (let at = nextOpening(text, 0); at !== -1;) {
    const edit = tagAt(text, at, names, closes)
    if (edit === null) {
      at = nextOpening(text, at + 2)
      continue
    }
    edits.push(edit)
    let resume = edit.to
    // `{% raw %}…{% endraw %}`: the content is literal text.
    if (edit.text === '' && /^\{%[-+]?\s*raw\s*[-+]?%\}$/.test(text.slice(edit.from, edit.to))) {
      const end = /\{%[-+]?\s*endraw\s*[-+]?%\}/g
      end.lastIndex = edit.to
      const close = end.exec(text)
      if (close === null) break
      edits.push({ from: close.index, to: close.index + close[0].length, text: '', ...controls(close[0]), residue: [] })
      resume = close.index + close[0].length
    }
    at = nextOpening(text, resume)
  }
  return edits
}

/** Offset of the next `{{`, `{%` or `{#` at or after `from` (-1 when none); indexOf is a fast scan. */
function nextOpening(text: string, from: number): number {
  for (let at = text.indexOf('{', from); at !== -1; at = text.indexOf('{', at + 1)) {
    const next = text.charCodeAt(at + 1)
    if (next === 0x7b || next === 0x25 || next === 0x23) return at
  }
  return -1
}

function closeOf(text: string, at: number): { close: string; innerStart: number } | null {
  const two = text.slice(at, at + 2)
  if (two === '{#') return { close: '#}', innerStart: at + 2 }
  if (two === '{%') return { close: '%}', innerStart: at + 2 }
  if (text.startsWith('{{{{', at)) return null // Handlebars raw blocks: rare, left as written
  if (text.startsWith('{{{', at)) return { close: '}}}', innerStart: at + 3 }
  if (text.startsWith('{{!--', at)) return { close: '--}}', innerStart: at + 5 }
  return { close: '}}', innerStart: at + 2 }
}

function controls(tag: string): { trimLeft: boolean; trimRight: boolean } {
  return { trimLeft: /^\{[{%#][-~]/.test(tag), trimRight: /[-~][}%#]\}$/.test(tag) }
}

/** First index of a closing delimiter at or after an offset; remembers results so that a text
 * full of unclosed openings costs one scan per delimiter, not one per opening. */
class CloseFinder {
  private readonly found = new Map<string, { from: number; at: number }>()
  constructor(private readonly text: string) {}

  next(close: string, from: number): number {
    const last = this.found.get(close)
    if (last !== undefined && from >= last.from && (last.at === -1 || from <= last.at)) return last.at
    const at = this.text.indexOf(close, from)
    this.found.set(close, { from, at })
    return at
  }
}

function tagAt(text: string, at: number, names: Map<string, string>, closes: CloseFinder): Edit | null {
  PLAIN_VARIABLE.lastIndex = at
  if (PLAIN_VARIABLE.test(text) && !names.has(/[A-Za-z_][\w.]*/.exec(text.slice(at + 2, PLAIN_VARIABLE.lastIndex))?.[0] ?? ''))
    return null
  const shape = closeOf(text, at)
  if (shape === null) return null
  const end = closes.next(shape.close, shape.innerStart)
  if (end === -1 || end - at > MAX_TAG) return null
  const to = end + shape.close.length
  const tag = text.slice(at, to)
  const inner = text
    .slice(shape.innerStart, end)
    .replace(/^[-~+]/, '')
    .replace(/[-~+]$/, '')
  const base = { from: at, to, ...controls(tag) }
  const opener = tag.slice(0, 2)
  if (opener === '{#' || tag.startsWith('{{!')) return { ...base, text: '', residue: [inner.replace(/^!(?:--)?/, '')] }
  const body = inner.trim()
  if (opener === '{%') {
    const set = /^set\s+([A-Za-z_]\w*)\s*=\s*([\s\S]*)$/.exec(body)
    const literals = tagLiterals(set ? (set[2] ?? '') : body, names)
    if (set && literals.constant !== undefined) names.set(set[1] as string, literals.constant)
    return { ...base, text: '', residue: literalResidue(literals.literals) }
  }
  if (tag.startsWith('{{{')) return { ...base, residue: literalResidue(tagLiterals(body, names).literals) }
  // Handlebars blocks, inverted sections, partials, `else`, Mustache delimiter changes.
  if (/^(?:[#/^>=]|else\b)/.test(body))
    return { ...base, text: '', residue: literalResidue(tagLiterals(body.replace(/^[#/^>=]/, ''), names).literals) }
  const literals = tagLiterals(body, names)
  if (literals.constant !== undefined) return { ...base, text: literals.constant, residue: [] }
  return { ...base, residue: literalResidue(literals.literals) }
}

/**
 * The literals joined (a value split across them), joined again without format strings
 * (`"%s%s" % ("AK", "IA")`), and, when several, each on its own.
 */
function literalResidue(literals: readonly string[]): string[] {
  const nonEmpty = literals.filter((l) => l.length > 0)
  if (nonEmpty.length <= 1) return nonEmpty
  const values = nonEmpty.filter((l) => !/%[sdr]|\{\d*\}/.test(l))
  return [...new Set([nonEmpty.join(''), values.join(''), ...nonEmpty])].filter((l) => l.length > 0)
}

function render(text: string, edits: readonly Edit[]): MappedText {
  const out = new MappedBuilder()
  let copied = 0
  let trimNext = false
  for (const edit of edits) {
    let gapStart = copied
    let gapEnd = edit.from
    if (trimNext) while (gapStart < gapEnd && /\s/.test(text[gapStart] as string)) gapStart++
    if (edit.trimLeft) while (gapEnd > gapStart && /\s/.test(text[gapEnd - 1] as string)) gapEnd--
    out.copy(text.slice(gapStart, gapEnd), gapStart)
    if (edit.text === undefined) out.copy(text.slice(edit.from, edit.to), edit.from)
    else out.replace(edit.text, edit.from, edit.to, NOTE)
    copied = edit.to
    trimNext = edit.trimRight
  }
  let tail = copied
  if (trimNext) while (tail < text.length && /\s/.test(text[tail] as string)) tail++
  out.copy(text.slice(tail), tail)
  for (const edit of edits) for (const residue of edit.residue) out.replace(`\n${residue}`, edit.from, edit.to, NOTE)
  return out.build()
}

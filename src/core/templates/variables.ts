// Finds variable uses in message text: Mustache/Handlebars `{{x}}`, `{{{x}}}`, `{{& x}}`,
// Jinja `{{ x | safe }}` (statements and comments skipped) and Python f-strings `{x}`.
// A hand-written scan: every search goes through a memoised Finder, so it stays linear.
import type { VariableSyntax } from '../types.js'
import { Finder } from './finder.js'
import { readHandlebarsTag, type TagResult } from './handlebars.js'
import { readJinjaStatement } from './jinja.js'
import { ScopeStack } from './scopes.js'

/**
 * `mustache`: plain `{{x}}` substitution (GitHub Models, Langfuse); `handlebars`: Dotprompt and
 * `.hbs` (blocks validated); `jinja`: Prompty, `.j2` (blocks validated); `auto` (plain .txt/.md):
 * Mustache, or Jinja when a filter is used; `fstring`: LangChain `{x}`.
 */
export type Dialect = 'mustache' | 'handlebars' | 'jinja' | 'auto' | 'fstring'

export interface FoundVariable {
  name: string
  /** Offsets of the whole tag in the text. */
  start: number
  end: number
  raw: boolean
  syntax: VariableSyntax
  /** Used for control flow or as a helper argument, not inserted as text. */
  reference: boolean
}

/** An expression longer than this is not a variable tag. */
const MAX_TAG = 300
const IGNORED = new Set([
  'else',
  'this',
  'history',
  'role',
  'media',
  'section',
  'true',
  'false',
  'null',
  'undefined',
  'none',
  'True',
  'False',
  'None',
  'loop',
  'self',
  'caller',
  'super',
  'varargs',
  'kwargs',
])

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 45
}

/** End of a dotted path (`user.name`) starting at `from`, or `from` when there is none. */
function readPath(s: string, from: number, allowDash: boolean): number {
  let i = from
  while (i < s.length && isIdentStart(s.charCodeAt(i))) {
    i++
    while (i < s.length && isIdentPart(s.charCodeAt(i)) && (allowDash || s.charCodeAt(i) !== 45)) i++
    if (s[i] !== '.' || !isIdentStart(s.charCodeAt(i + 1))) break
    i++
  }
  return i
}

function hasSafeFilter(rest: string): boolean {
  return rest.split('|').some((f) => /^\s*safe\b/.test(f))
}

/** Trims blanks and one whitespace-control mark (`~` Handlebars, `-`/`+` Jinja) at each end. */
function stripControl(inner: string): string {
  let a = 0
  let b = inner.length
  if ('~+-'.includes(inner[a] ?? '_')) a++
  if (b > a && '~+-'.includes(inner[b - 1] ?? '_')) b--
  return inner.slice(a, b).trim()
}

/** Interprets the inside of `{{ … }}`; undefined when it is not a variable use. */
function readExpression(inner: string, dialect: Dialect): Omit<FoundVariable, 'start' | 'end' | 'reference'> | undefined {
  let body = stripControl(inner)
  // Semantic Kernel's own syntax `{{$input}}` (skprompt.txt).
  if (body.startsWith('$') && dialect !== 'jinja') body = body.slice(1)
  let raw = false
  if (body.startsWith('&')) {
    if (dialect === 'jinja') return undefined
    raw = true
    body = body.slice(1).trim()
  }
  const end = readPath(body, 0, dialect !== 'jinja')
  const name = body.slice(0, end)
  const dot = name.indexOf('.')
  if (end === 0 || name.length > 200 || IGNORED.has(dot === -1 ? name : name.slice(0, dot))) return undefined
  const rest = body.slice(end).trim()
  if (rest.startsWith('|')) return { name, raw: raw || hasSafeFilter(rest), syntax: 'jinja' }
  if (rest.length > 0 && (dialect !== 'jinja' || rest.startsWith('('))) return undefined
  const syntax: VariableSyntax = raw ? 'mustache-raw' : dialect === 'jinja' ? 'jinja' : 'mustache'
  return { name, raw, syntax }
}

/** A notice about a valid construct that is not understood (a custom helper, an include). */
export interface ScanNotice {
  message: string
  at: number
}

/**
 * Scans message texts in file order with one scope stack, so a loop opened in one message and
 * closed in a later one (Prompty splits roles after rendering) resolves as the runtime does.
 */
export class TemplateScanner {
  readonly notices: Array<ScanNotice & { unit: number }> = []

  constructor(
    private readonly dialect: Dialect,
    readonly scopes: ScopeStack,
  ) {}

  scan(text: string, unit: number, limit = Number.POSITIVE_INFINITY): FoundVariable[] {
    if (this.dialect === 'fstring') return scanFString(text, limit)
    const pass = new BraceScanner(text, this.dialect, limit, this.scopes, unit)
    const found = pass.scan()
    for (const n of pass.notices) if (this.notices.length < 20) this.notices.push({ ...n, unit })
    return found
  }
}

class BraceScanner {
  private readonly close2: Finder
  private readonly close3: Finder
  private readonly stmtClose: Finder
  private readonly commentClose: Finder
  private readonly hbsCommentClose: Finder
  private readonly endraw: Finder
  readonly found: FoundVariable[] = []
  readonly notices: ScanNotice[] = []

  constructor(
    private readonly text: string,
    private readonly dialect: Dialect,
    private readonly limit: number,
    private readonly scopes: ScopeStack,
    private readonly unit: number,
  ) {
    this.close2 = new Finder(text, '}}')
    this.close3 = new Finder(text, '}}}')
    this.stmtClose = new Finder(text, '%}')
    this.commentClose = new Finder(text, '#}')
    this.hbsCommentClose = new Finder(text, '--}}')
    this.endraw = new Finder(text, 'endraw')
  }

  scan(): FoundVariable[] {
    const jinjaLike = this.dialect === 'jinja' || this.dialect === 'auto'
    for (let i = this.text.indexOf('{'); i !== -1 && this.found.length < this.limit; i = this.text.indexOf('{', i)) {
      const next = this.text[i + 1]
      if (next === '{') i = this.expression(i)
      else if (next === '%' && jinjaLike) i = this.statement(i)
      else if (next === '#' && jinjaLike) i = this.skipTo(this.commentClose, i + 2, 2, i + 2)
      else i++
    }
    return this.found
  }

  /** Past the closer; an unclosed opener is taken literally (`fallback`) so scanning goes on. */
  private skipTo(finder: Finder, from: number, width: number, fallback: number): number {
    const at = finder.next(from)
    return at === -1 ? fallback : at + width
  }

  private statement(i: number): number {
    const close = this.stmtClose.next(i + 2)
    if (close === -1) return i + 2
    const inner = stripControl(this.text.slice(i + 2, Math.min(close, i + 2 + MAX_TAG)))
    if (inner !== 'raw') {
      this.take(readJinjaStatement(inner, i, this.unit, this.scopes), i, close + 2, false, 'jinja')
      return close + 2
    }
    // `{% raw %}…{% endraw %}` is literal text: nothing inside is a variable.
    const end = this.endraw.next(close + 2)
    return end === -1 ? close + 2 : this.skipTo(this.stmtClose, end, 2, end)
  }

  private take(result: TagResult, start: number, end: number, raw: boolean, syntax: VariableSyntax): void {
    if (result.notice) this.notices.push({ message: result.notice, at: start })
    for (const use of result.uses)
      this.found.push({ name: use.name, start, end, raw: raw && !use.reference, syntax, reference: use.reference })
  }

  private expression(i: number): number {
    if (this.text.startsWith('{{!--', i)) return this.skipTo(this.hbsCommentClose, i + 5, 4, i + 5)
    const triple = this.text[i + 2] === '{' && this.dialect !== 'jinja'
    const close = triple ? this.close3.next(i + 3) : this.close2.next(i + 2)
    if (close === -1 || close - i > MAX_TAG) return i + 2
    const inner = this.text.slice(i + (triple ? 3 : 2), close)
    const end = close + (triple ? 3 : 2)
    const body = stripControl(inner)
    if (body.startsWith('!')) return end
    if (this.dialect !== 'jinja' && (triple || isHandlebarsTag(body, this.dialect))) {
      const tag = body.startsWith('&') ? body.slice(1).trim() : body
      this.take(
        readHandlebarsTag(tag, i, this.unit, this.scopes),
        i,
        end,
        triple || body.startsWith('&'),
        triple || body.startsWith('&') ? 'mustache-raw' : 'mustache',
      )
      return end
    }
    const expr = readExpression(inner, this.dialect)
    const name = expr ? this.scopes.resolve(expr.name) : null
    // A plain literal (not a spread) keeps one object shape: much faster on huge inputs.
    if (expr && name !== null)
      this.found.push({
        name,
        start: i,
        end,
        raw: triple || expr.raw,
        syntax: triple ? 'mustache-raw' : expr.syntax,
        reference: false,
      })
    return end
  }
}

/** Handlebars reads every tag; plain `auto` files only its block, partial and helper forms. */
function isHandlebarsTag(body: string, dialect: Dialect): boolean {
  if (dialect === 'handlebars' || dialect === 'mustache') return true
  return /^[#^/>]/.test(body) || /^else\b/.test(body)
}

/** Python `str.format` fields as LangChain uses them; `{{` and `}}` are literal braces. */
function scanFString(text: string, limit: number): FoundVariable[] {
  const found: FoundVariable[] = []
  for (let i = text.indexOf('{'); i !== -1 && found.length < limit; i = text.indexOf('{', i)) {
    if (text[i + 1] === '{') {
      i += 2
      continue
    }
    const end = readPath(text, i + 1, false)
    let j = end
    if (text[j] === '!' && /[rsa]/.test(text[j + 1] ?? '')) j += 2
    if (text[j] === ':') {
      const stop = j + 1 + 50
      j++
      while (j < text.length && j < stop && text[j] !== '}' && text[j] !== '{' && text[j] !== '\n') j++
    }
    if (end > i + 1 && text[j] === '}') {
      found.push({ name: text.slice(i + 1, end), start: i, end: j + 1, raw: false, syntax: 'fstring', reference: false })
      i = j + 1
    } else i++
  }
  return found
}

/** Variable uses in `text` in order of appearance, at most `limit` of them. */
export function scanVariables(text: string, dialect: Dialect, limit = Number.POSITIVE_INFINITY): FoundVariable[] {
  return new TemplateScanner(dialect, new ScopeStack()).scan(text, 0, limit)
}

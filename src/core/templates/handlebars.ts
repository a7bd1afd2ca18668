// One Handlebars / Mustache tag (`{{…}}` without the braces), read as Handlebars does:
// blocks open and close scopes, `this` and block parameters resolve to what they iterate,
// helpers take arguments, and Dotprompt's own helpers are known. Anything else that is
// valid but unknown (a custom helper, a partial) is a notice, never a risk.
import type { ScopeStack } from './scopes.js'

export interface TagUse {
  name: string
  /** Used for control flow or as a helper argument, not inserted as text. */
  reference: boolean
}

export interface TagResult {
  uses: TagUse[]
  notice?: string
}

/** Dotprompt's built-in helpers (google/dotprompt js/src/helpers.ts) and Handlebars' own. */
const STRUCTURE_HELPERS = new Set(['role', 'history', 'section', 'media', 'log', 'lookup'])
const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with', 'ifEquals', 'unlessEquals'])
/** Helpers whose arguments end up in the prompt text. */
const INSERTING_HELPERS = new Set(['json'])
const LITERAL = /^(?:"[^"]*"|'[^']*'|-?\d+(?:\.\d+)?|true|false|null|undefined)$/
const PATH = /^(?:@root\.|(?:\.\.\/){1,10}|this\.|\.\/)?[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$|^this$|^@[a-z]+$/

/** Splits helper arguments on blanks, keeping quoted strings and sub-expressions whole. */
export function splitArgs(text: string): string[] {
  const out: string[] = []
  let depth = 0
  let quote = ''
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    const c = text[i]
    if (c === undefined || (!quote && depth === 0 && /\s/.test(c))) {
      if (start !== -1) out.push(text.slice(start, i))
      start = -1
      continue
    }
    if (start === -1) start = i
    if (quote) quote = c === quote ? '' : quote
    else if (c === '"' || c === "'") quote = c
    else if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
  }
  return out
}

/** A path as Handlebars resolves it in the current scopes; null when it is not an input. */
export function resolvePath(value: string, scopes: ScopeStack): string | null {
  // Semantic Kernel writes its variables `{{$input}}`.
  const raw = value.startsWith('$') ? value.slice(1) : value
  if (!PATH.test(raw) || (raw.startsWith('@') && !raw.startsWith('@root.'))) return null
  if (raw.startsWith('@root.')) return raw.slice(6)
  let up = 0
  let rest = raw
  while (rest.startsWith('../')) {
    up++
    rest = rest.slice(3)
  }
  if (rest === 'this' || rest.startsWith('this.') || rest.startsWith('./')) {
    const self = up > 0 ? scopes.selfAt(up) : scopes.self
    const tail = rest === 'this' ? '' : rest.slice(rest.indexOf(rest.startsWith('./') ? '/' : '.') + 1)
    if (self === undefined) return tail || null
    return tail ? `${self}.${tail}` : self
  }
  const aliased = scopes.resolve(rest)
  if (aliased !== rest) return aliased
  const self = up > 0 ? scopes.selfAt(up) : scopes.self
  return self === undefined ? rest : `${self}.${rest}`
}

function argumentUses(args: readonly string[], scopes: ScopeStack, reference: boolean): TagUse[] {
  return args.flatMap((arg) => {
    const value = arg.includes('=') && !arg.startsWith('(') ? arg.slice(arg.indexOf('=') + 1) : arg
    if (LITERAL.test(value)) return []
    if (value.startsWith('(')) return argumentUses(splitArgs(value.slice(1, -1)).slice(1), scopes, true)
    const name = resolvePath(value, scopes)
    return name === null ? [] : [{ name, reference }]
  })
}

/** `as |item index|` block parameters. */
function blockParams(args: string[]): { args: string[]; params: string[] } {
  const at = args.indexOf('as')
  if (at === -1) return { args, params: [] }
  const params = args
    .slice(at + 1)
    .join(' ')
    .replace(/\|/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
  return { args: args.slice(0, at), params }
}

function openBlock(body: string, at: number, unit: number, scopes: ScopeStack): TagResult {
  const [name = '', ...rest] = splitArgs(body)
  const { args, params } = blockParams(rest)
  const uses = argumentUses(args, scopes, true)
  const target = args[0] !== undefined && !LITERAL.test(args[0]) ? resolvePath(args[0], scopes) : null
  const known = BLOCK_HELPERS.has(name)
  if (name === 'each' && target !== null) {
    scopes.push({ name, at, unit, self: `${target}[]`, aliases: new Map([[params[0] ?? '\u0000', `${target}[]`]]) })
  } else if (name === 'with' && target !== null) {
    scopes.push({ name, at, unit, self: target, aliases: new Map([[params[0] ?? '\u0000', target]]) })
  } else if (!known && args.length === 0) {
    // A Mustache-style section `{{#items}}`: iterates or enters `items`.
    const section = resolvePath(name, scopes)
    scopes.push({ name, at, unit, ...(section !== null ? { self: section } : {}) })
    return { uses: section === null ? [] : [{ name: section, reference: true }] }
  } else scopes.push({ name, at, unit })
  return known
    ? { uses }
    : { uses, notice: `block helper "${name}" is not a Handlebars or Dotprompt helper: what it renders is not understood` }
}

/** Interprets a Handlebars tag (control marks and braces already removed). */
export function readHandlebarsTag(body: string, at: number, unit: number, scopes: ScopeStack): TagResult {
  const first = body[0]
  if (first === '#' || first === '^') {
    const inner = body.slice(1).trim()
    if (first === '^' && inner.length === 0) return { uses: [] } // `{{^}}` is `else`
    if (inner.startsWith('>')) {
      // A partial block `{{#> layout}}…{{/layout}}`: its fallback content renders only without the partial.
      const name = inner.slice(1).trim().split(/\s/)[0] ?? ''
      scopes.push({ name, at, unit })
      return { uses: [], notice: `partial "${name}" is inserted from another file: its text is not reviewed here` }
    }
    return openBlock(inner.startsWith('*') ? inner.slice(1) : inner, at, unit, scopes)
  }
  if (first === '/') {
    scopes.close(body.slice(1).trim(), at, unit, 'handlebars')
    return { uses: [] }
  }
  if (first === '>')
    return {
      uses: [],
      notice: `partial "${body.slice(1).trim().split(/\s/)[0]}" is inserted from another file: its text is not reviewed here`,
    }
  if (body === 'else' || body.startsWith('else ')) return { uses: argumentUses(splitArgs(body).slice(2), scopes, true) }
  const [head = '', ...args] = splitArgs(body)
  if (args.length === 0) {
    const name = resolvePath(head, scopes)
    return { uses: name === null || STRUCTURE_HELPERS.has(name) ? [] : [{ name, reference: false }] }
  }
  if (STRUCTURE_HELPERS.has(head)) return { uses: argumentUses(args, scopes, true) }
  if (INSERTING_HELPERS.has(head)) return { uses: argumentUses(args, scopes, false) }
  return {
    uses: argumentUses(args, scopes, true),
    notice: `helper "${head}" is not a Handlebars or Dotprompt helper: what it renders is not understood`,
  }
}

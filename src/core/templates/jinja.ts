// One Jinja statement (`{% … %}` without the braces), read as Jinja does: `for` binds loop
// variables to what they iterate, `set` and macro arguments are local names, blocks open and
// close, conditions reference inputs. `include`/`import`/`extends` pull in other files: a
// notice, since their text is not reviewed here.
import type { TagResult, TagUse } from './handlebars.js'
import { ScopeStack } from './scopes.js'
import { matchesOf } from '../text.js'

const KEYWORDS = new Set([
  'and',
  'or',
  'not',
  'in',
  'is',
  'if',
  'else',
  'true',
  'false',
  'none',
  'True',
  'False',
  'None',
  'defined',
  'undefined',
  'loop',
  'recursive',
])
const IDENT_PATH = /[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*/g

/** Input paths referenced by an expression (strings, keywords, calls and filters left out). */
export function expressionPaths(expr: string, scopes: ScopeStack): TagUse[] {
  const bare = expr.replace(/"[^"]*"|'[^']*'/g, ' ')
  const out: TagUse[] = []
  for (const m of matchesOf(IDENT_PATH, bare)) {
    const before = bare[(m.index ?? 0) - 1]
    const after = bare.slice((m.index ?? 0) + m[0].length).trimStart()[0]
    if (KEYWORDS.has(m[0].split('.')[0] ?? '') || before === '|' || before === '.' || after === '(') continue
    const name = scopes.resolve(m[0])
    if (name !== null && !out.some((u) => u.name === name)) out.push({ name, reference: true })
  }
  return out
}

function forLoop(rest: string, at: number, unit: number, scopes: ScopeStack): TagResult {
  // `for TARGETS in ITERABLE [if COND] [recursive]`, split by hand (no backtracking).
  const inAt = rest.search(/\sin\s/)
  if (inAt === -1) return { uses: [] }
  const targets = rest.slice(0, inAt)
  const tail = rest
    .slice(inAt + 4)
    .trim()
    .replace(/\srecursive$/, '')
  const cond = tail.search(/\sif\s/)
  const iterable = (cond === -1 ? tail : tail.slice(0, cond)).trim()
  const base = /^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*/.exec(iterable)?.[0]
  const target = base === undefined ? null : scopes.resolve(base.replace(/\.(?:items|values|keys)$/, ''))
  const element = target === null ? '\u0000' : `${target}[]`
  const aliases = new Map(targets.split(',').map((v) => [v.trim().replace(/[()]/g, ''), element] as [string, string]))
  const uses = expressionPaths(iterable, scopes)
  scopes.push({ name: 'for', at, unit, aliases })
  return { uses }
}

/** Interprets a Jinja statement (whitespace-control marks already removed). */
export function readJinjaStatement(body: string, at: number, unit: number, scopes: ScopeStack): TagResult {
  const keyword = /^[a-z_]+/.exec(body)?.[0] ?? ''
  const rest = body.slice(keyword.length).trim()
  if (keyword.startsWith('end')) {
    const name = keyword.slice(3)
    if (ScopeStack.isJinjaBlock(name)) scopes.close(name, at, unit, 'jinja')
    return { uses: [] }
  }
  switch (keyword) {
    case 'for':
      return forLoop(rest, at, unit, scopes)
    case 'if':
      scopes.push({ name: 'if', at, unit })
      return { uses: expressionPaths(rest, scopes) }
    case 'elif':
      return { uses: expressionPaths(rest, scopes) }
    case 'set': {
      const eq = rest.indexOf('=')
      const names = (eq === -1 ? rest : rest.slice(0, eq)).split(',').map((n) => n.trim())
      for (const n of names) scopes.declareGlobal(n)
      if (eq === -1) scopes.push({ name: 'set', at, unit })
      return { uses: eq === -1 ? [] : expressionPaths(rest.slice(eq + 1), scopes) }
    }
    case 'macro': {
      const m = /^([A-Za-z_]\w*)\s*\(([^)]*)\)/.exec(rest)
      const locals = new Set(
        (m?.[2] ?? '')
          .split(',')
          .map((a) => a.split('=')[0]?.trim() ?? '')
          .filter(Boolean),
      )
      if (m?.[1]) scopes.declareGlobal(m[1])
      scopes.push({ name: 'macro', at, unit, locals })
      return { uses: [] }
    }
    case 'call':
    case 'filter':
    case 'block':
    case 'with':
    case 'autoescape':
    case 'trans':
      scopes.push({ name: keyword, at, unit })
      return { uses: [] }
    case 'include':
    case 'import':
    case 'from':
    case 'extends':
      return { uses: [], notice: `{% ${keyword} %} pulls in another file: its text is not reviewed here` }
    default:
      return { uses: [] }
  }
}

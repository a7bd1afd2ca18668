// Nosey Parker patterns (Vectorscan/PCRE syntax) → the RE2 subset scripts/gitleaks/re2-to-js.mjs
// reads, and the literals every match contains (the rule's keyword prefilter).
//   - `(?x)` extended mode: unescaped whitespace and `#…` comments outside classes are
//     dropped, `\ ` and `\#` stay literal; `(?# … )` comment groups are dropped everywhere.
//   - leading flag groups are merged into one (`(?x)(?i)` → `(?i)`).
// Anything else re2-to-js does not know throws there, and the rule is reported as dropped.
import { parseRe2 } from '../gitleaks/re2-to-js.mjs'

export function toRe2(pattern) {
  let rest = pattern.trim()
  const flags = new Set()
  for (let m = /^\(\?([a-z]+)\)\s*/.exec(rest); m; m = /^\(\?([a-z]+)\)\s*/.exec(rest)) {
    for (const f of m[1]) flags.add(f)
    rest = rest.slice(m[0].length)
  }
  if (flags.has('x')) rest = stripExtended(rest)
  else rest = rest.replace(/\(\?#[^)]*\)/g, '')
  if (/\(\?[a-z]*x/.test(rest)) throw new Error('extended mode inside the pattern')
  flags.delete('x')
  const order = ['i', 's'].filter((f) => flags.has(f))
  for (const f of flags) if (!order.includes(f)) throw new Error(`unsupported flag ${f}`)
  return `${order.length ? `(?${order.join('')})` : ''}${rest}`
}

function stripExtended(source) {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (ch === '\\') {
      const next = source[i + 1] ?? ''
      // `\ ` and `\#` are literal in extended mode; RE2 reads them as escaped punctuation.
      out += next === ' ' ? '\\x20' : ch + next
      i++
    } else if (inClass) {
      if (ch === ']') inClass = false
      out += ch
    } else if (ch === '[') {
      inClass = true
      out += ch
      if (source[i + 1] === '^') out += source[++i]
      if (source[i + 1] === ']') out += source[++i]
    } else if (source.startsWith('(?#', i)) {
      i = source.indexOf(')', i)
      if (i < 0) throw new Error('unclosed (?# comment')
    } else if (ch === '#') {
      while (i < source.length && source[i] !== '\n') i++
    } else if (!/\s/.test(ch)) out += ch
  }
  return out
}

/** Lower-case literals of at least `min` characters, one of which every match contains; undefined when there are none. */
export function requiredLiterals(re2, min = 3) {
  const found = literalsOf(parseRe2(re2))
  return found.strings && found.strings.every((s) => s.length >= min) ? [...new Set(found.strings)] : undefined
}

const MAX_SET = 32

/** `{ strings, exact }`: every match contains one of `strings` (null: nothing known); `exact`: the node matches exactly one of them. */
function literalsOf(node) {
  switch (node.type) {
    case 'char':
      return { strings: [String.fromCodePoint(node.code).toLowerCase()], exact: true }
    case 'class': {
      const chars = classChars(node)
      return chars ? { strings: chars, exact: true } : { strings: null, exact: false }
    }
    case 'group':
      return node.look ? { strings: [''], exact: true, neutral: true } : literalsOf(node.body)
    case 'repeat': {
      if (node.min === 0) return { strings: null, exact: false }
      const inner = literalsOf(node.node)
      return node.min === 1 && node.max === 1 ? inner : { strings: inner.strings, exact: false }
    }
    case 'alt': {
      const alts = node.alts.map(literalsOf)
      if (alts.some((a) => !a.strings)) return { strings: null, exact: false }
      return { strings: alts.flatMap((a) => a.strings), exact: alts.every((a) => a.exact) }
    }
    case 'seq':
      return seqLiterals(node.items)
    case 'assert':
      return { strings: [''], exact: true, neutral: true }
    default:
      return { strings: null, exact: false }
  }
}

function seqLiterals(items) {
  const candidates = []
  let current = ['']
  let exact = true
  const flush = () => {
    if (current.some((s) => s !== '')) candidates.push(current)
    current = ['']
  }
  for (const item of items) {
    const lit = literalsOf(item)
    if (lit.neutral) continue
    if (lit.exact && lit.strings && current.length * lit.strings.length <= MAX_SET) {
      current = current.flatMap((a) => lit.strings.map((b) => a + b))
      continue
    }
    exact = false
    flush()
    if (lit.strings) candidates.push(lit.strings)
  }
  if (exact) return { strings: current, exact: true }
  flush()
  // The best prefilter: its shortest literal longest; a long list of short words (`api`, `app`,
  // `key`, …) counts one shorter, and of equals the shorter list wins.
  const score = (set) => Math.min(...set.map((s) => s.length)) - (set.length > 4 ? 1 : 0)
  const best = candidates.sort((a, b) => score(b) - score(a) || a.length - b.length)[0]
  return { strings: best ?? null, exact: false }
}

/** The characters a class matches, lower-cased, when it is a handful of literals (`[aA]`, `[pboa]`); else null. */
function classChars(node) {
  if (node.negated || node.items.some((it) => it.type !== 'range')) return null
  const chars = new Set()
  for (const it of node.items) {
    if (it.to - it.from > 8) return null
    for (let c = it.from; c <= it.to; c++) chars.add(String.fromCodePoint(c).toLowerCase())
  }
  return chars.size <= 8 ? [...chars] : null
}

/** How many capturing groups an RE2 pattern has. */
export const captureCount = (re2) => capturesIn(parseRe2(re2))

/** How many capturing groups a parsed node holds. */
function capturesIn(node) {
  switch (node.type) {
    case 'alt':
      return node.alts.reduce((n, a) => n + capturesIn(a), 0)
    case 'seq':
      return node.items.reduce((n, a) => n + capturesIn(a), 0)
    case 'group':
      return (node.capture ? 1 : 0) + capturesIn(node.body)
    case 'repeat':
      return capturesIn(node.node)
    default:
      return 0
  }
}

/**
 * `\s*.{1,N}\s*` (a short separator of any characters between optional blanks, as in
 * `Authorization" => "Basic`) is polynomial: blanks can be taken by either `\s*` or by `.`.
 * It is rewritten to the same language with one way to match: either the separator holds a
 * non-blank, and the first one starts it (`\s*\S.{0,N-1}\s*`), or it is blanks only, with a
 * blank among them that `.` matches (the first such one stands for `.`; JavaScript's `.`, which
 * the module runs, skips `\r` and the Unicode line separators as well as `\n`). Not for `(?s)`,
 * where `.` matches every character. Returns the pattern unchanged when it has no such separator.
 */
export function linearSeparators(re2) {
  if (/^\(\?[a-z]*s[a-z]*\)/.test(re2)) return re2
  return re2.replace(/(?<!\\)\\s\*\.\{1,(\d+)\}\\s\*/g, (_, max) => {
    const rest = Number(max) - 1
    const tail = rest > 0 ? `.{0,${rest}}` : ''
    const lineEnds = String.raw`\n\r\x{2028}\x{2029}`
    return `(?:\\s*\\S${tail}\\s*|[${lineEnds}]*[^\\S${lineEnds}]\\s*)`
  })
}

/** The first capturing group of a parsed pattern, depth first, or undefined. */
function firstCapture(node) {
  switch (node.type) {
    case 'group':
      return node.capture ? node : firstCapture(node.body)
    case 'repeat':
      return firstCapture(node.node)
    case 'alt':
      for (const a of node.alts) {
        const found = firstCapture(a)
        if (found) return found
      }
      return undefined
    case 'seq':
      for (const item of node.items) {
        const found = firstCapture(item)
        if (found) return found
      }
      return undefined
    default:
      return undefined
  }
}

/**
 * Literals of 3+ characters one of which every secret (the first capture group) contains, or
 * undefined: a secret with none (`\b([a-z0-9]{32})\b` after `adobe`) is found by a name nearby,
 * not by its own format.
 */
export function secretLiterals(re2) {
  const group = firstCapture(parseRe2(re2))
  if (!group) return undefined
  const found = literalsOf(group.body)
  return found.strings && found.strings.every((s) => s.length >= 3) ? [...new Set(found.strings)] : undefined
}

/** True when the pattern is an alternation whose every alternative has exactly one capturing group (`(hf_…)|(api_org_…)`). */
export function oneGroupPerAlternative(re2) {
  // Down through one-alternative alternations, non-capturing groups and sequences of one item
  // between assertions (`\b(?:…|…)\b`).
  let node = parseRe2(re2)
  for (;;) {
    const items = node.type === 'seq' ? node.items.filter((n) => n.type !== 'assert') : []
    if (node.type === 'alt' && node.alts.length === 1) node = node.alts[0]
    else if (node.type === 'group' && !node.capture && !node.look) node = node.body
    else if (node.type === 'seq' && items.length === 1) node = items[0]
    else break
  }
  if (node.type !== 'alt') return false
  return node.alts.every((a) => capturesIn(a) === 1)
}

/**
 * True when every match starts with one of `keywords` (`\badobe(?:.|…){0,32}?…`, `\b(aio_…)`):
 * the rule can then be tried where a keyword occurs, anchored there, instead of searched for
 * around it.
 */
export function startsWithKeyword(re2, keywords) {
  const leading = leadingLiterals([parseRe2(re2)], [''])
  return leading.every((prefix) => keywords.some((k) => prefix.startsWith(k)))
}

/** The literals every match starts with (extending `leading`); stops at the first item that is not literal text. */
function leadingLiterals(items, leading, state = { done: false }) {
  for (const item of items) {
    if (state.done) break
    const node = item.type === 'alt' && item.alts.length === 1 ? item.alts[0] : item
    const lit = literalsOf(node)
    if (lit.neutral) {
      // An assertion before any literal (`\b`) holds at the keyword's start too; one after it ends the prefix.
      if (leading.every((s) => s === '')) continue
      state.done = true
      break
    }
    if (lit.exact && lit.strings && leading.length * lit.strings.length <= MAX_SET) {
      leading = leading.flatMap((a) => lit.strings.map((b) => a + b))
      continue
    }
    // A group or sequence that starts with literal text (`(aio_[a-z0-9]{28})`) extends the prefix, then ends it.
    if (node.type === 'seq') leading = leadingLiterals(node.items, leading, state)
    else if (node.type === 'group' && !node.look) leading = leadingLiterals([node.body], leading, state)
    state.done = true
  }
  return leading
}

// Go RE2 → JavaScript regex source, for the subset gitleaks' rules use: groups (capturing,
// named `(?P<n>…)`, non-capturing, flag groups `(?i)`, `(?i:…)`, `(?-i:…)`, `(?s)`), classes
// with ranges, escapes and POSIX names (`[[:alnum:]]`), `\b \B \d \w \s \z \A \xNN`, greedy
// and lazy quantifiers. Case-insensitive scopes are expanded into explicit classes
// (`(?i)ab` → `[aA][bB]`) because Node 20 has no inline flag groups; a pattern that is
// case-insensitive throughout is emitted plain with the `i` flag instead. Named groups become
// plain capturing groups (numbering is unchanged). Anything else throws, so a new construct
// in an upstream rule fails the generator loudly instead of changing meaning.

const POSIX = {
  alnum: 'A-Za-z0-9',
  alpha: 'A-Za-z',
  digit: '0-9',
  lower: 'a-z',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f',
  word: 'A-Za-z0-9_',
  space: '\\t\\n\\v\\f\\r ',
}

/** Parses RE2 source into a small AST. */
export function parseRe2(source) {
  let pos = 0
  const flags0 = { i: false, s: false }

  const peek = () => source[pos]
  const fail = (why) => {
    throw new Error(`re2: ${why} at ${pos} in /${source}/`)
  }

  // alternation := sequence ('|' sequence)*; flag groups `(?i)` change flags for the rest of the group
  function alternation(flags) {
    const alts = []
    const state = { ...flags }
    for (;;) {
      alts.push(sequence(state))
      if (peek() !== '|') return { type: 'alt', alts }
      pos++
    }
  }

  function sequence(state) {
    const items = []
    while (pos < source.length && peek() !== '|' && peek() !== ')') {
      const atom = parseAtom(state)
      if (atom === null) continue
      items.push(quantified(atom))
    }
    return { type: 'seq', items }
  }

  function quantified(atom) {
    let node = atom
    for (;;) {
      const ch = peek()
      let min
      let max
      if (ch === '*') [min, max] = [0, Infinity]
      else if (ch === '+') [min, max] = [1, Infinity]
      else if (ch === '?') [min, max] = [0, 1]
      else if (ch === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(pos))
        if (!m) return node // RE2 reads a `{` that starts no repetition as a literal
        min = Number(m[1])
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
        pos += m[0].length - 1
      } else return node
      pos++
      let lazy = false
      if (peek() === '?') {
        lazy = true
        pos++
      }
      node = { type: 'repeat', node, min, max, lazy }
    }
  }

  function parseAtom(state) {
    const ch = source[pos++]
    if (ch === '(') return group(state)
    if (ch === '[') return charClass(state)
    if (ch === '\\') return escape(state, false)
    if (ch === '.') return { type: 'dot', s: state.s }
    if (ch === '^') return { type: 'assert', js: '^' }
    if (ch === '$') return { type: 'assert', js: '$' }
    if (ch === '{') return { type: 'char', code: 123, i: state.i }
    return { type: 'char', code: ch.codePointAt(0), i: state.i }
  }

  function group(state) {
    if (source.startsWith('?P<', pos) || source.startsWith('?<', pos)) {
      pos = source.indexOf('>', pos) + 1
      return closeGroup({ type: 'group', capture: true, body: alternation(state) })
    }
    if (source.startsWith('?=', pos) || source.startsWith('?!', pos)) {
      // not RE2: only the generator's own terminator lookahead uses it
      const js = source.slice(pos - 1, pos + 2)
      pos += 2
      return closeGroup({ type: 'group', capture: false, look: js, body: alternation(state) })
    }
    if (source.startsWith('?', pos)) {
      const m = /^\?([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])/.exec(source.slice(pos))
      if (!m) fail('unsupported group')
      pos += m[0].length
      const next = { ...state }
      for (const f of m[1]) applyFlag(next, f, true)
      for (const f of m[2] ?? '') applyFlag(next, f, false)
      if (m[3] === ')') {
        // `(?i)`: flags change for the rest of the enclosing group
        Object.assign(state, next)
        return null
      }
      return closeGroup({ type: 'group', capture: false, body: alternation(next) })
    }
    return closeGroup({ type: 'group', capture: true, body: alternation(state) })
  }

  function applyFlag(state, f, on) {
    if (f === 'i') state.i = on
    else if (f === 's') state.s = on
    else fail(`unsupported flag ${f}`)
  }

  function closeGroup(node) {
    if (source[pos++] !== ')') fail('unclosed group')
    return node
  }

  function escape(state, inClass) {
    const ch = source[pos++]
    if (ch === undefined) fail('trailing backslash')
    if ('dDwWsS'.includes(ch)) return { type: 'classEscape', js: `\\${ch}` }
    if (!inClass && ch === 'b') return { type: 'assert', js: '\\b' }
    if (!inClass && ch === 'B') return { type: 'assert', js: '\\B' }
    if (!inClass && ch === 'z') return { type: 'assert', js: '$' }
    if (!inClass && ch === 'A') return { type: 'assert', js: '^' }
    if (ch === 'x') {
      const m = /^(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{2}))/.exec(source.slice(pos))
      if (!m) fail('bad \\x escape')
      pos += m[0].length
      return { type: 'char', code: parseInt(m[1] ?? m[2], 16), i: state.i }
    }
    const controls = { n: 10, r: 13, t: 9, f: 12, v: 11 }
    if (ch in controls) return { type: 'char', code: controls[ch], i: state.i }
    if (/[A-Za-z0-9]/.test(ch)) fail(`unsupported escape \\${ch}`)
    return { type: 'char', code: ch.codePointAt(0), i: state.i }
  }

  function charClass(state) {
    const negated = peek() === '^'
    if (negated) pos++
    const items = []
    let first = true
    while (first || peek() !== ']') {
      if (pos >= source.length) fail('unclosed class')
      first = false
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(source.slice(pos))
      if (posix) {
        if (posix[1] || !(posix[2] in POSIX)) fail(`unsupported POSIX class ${posix[0]}`)
        pos += posix[0].length
        items.push({ type: 'raw', js: POSIX[posix[2]] })
        continue
      }
      const lo = classChar(state)
      if (peek() === '-' && source[pos + 1] !== ']' && lo.type === 'char') {
        pos++
        const hi = classChar(state)
        if (hi.type !== 'char') fail('bad range')
        items.push({ type: 'range', from: lo.code, to: hi.code })
      } else items.push(lo.type === 'char' ? { type: 'range', from: lo.code, to: lo.code } : lo)
    }
    pos++
    return { type: 'class', negated, items, i: state.i }
  }

  function classChar(state) {
    const ch = source[pos++]
    if (ch === '\\') return escape(state, true)
    return { type: 'char', code: ch.codePointAt(0), i: state.i }
  }

  const ast = alternation(flags0)
  if (pos !== source.length) fail('unbalanced )')
  return ast
}

/** True when every literal and class in the AST is case-insensitive (or caseless). */
function uniformlyInsensitive(node) {
  switch (node.type) {
    case 'alt':
      return node.alts.every(uniformlyInsensitive)
    case 'seq':
      return node.items.every(uniformlyInsensitive)
    case 'group':
      return uniformlyInsensitive(node.body)
    case 'repeat':
      return uniformlyInsensitive(node.node)
    case 'char':
    case 'class':
      return node.i || !hasLetter(node)
    default:
      return true
  }
}

function hasLetter(node) {
  if (node.type === 'char') return isLetter(node.code)
  return node.items.some((it) => it.type === 'range' && overlapsLetters(it.from, it.to))
}

const isLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const overlapsLetters = (from, to) => (from <= 90 && to >= 65) || (from <= 122 && to >= 97)

/** Emits JS regex source; `expandCase` turns case-insensitive scopes into explicit classes. */
function emit(node, expandCase) {
  switch (node.type) {
    case 'alt':
      return node.alts.map((a) => emit(a, expandCase)).join('|')
    case 'seq':
      return node.items.map((it) => emit(it, expandCase)).join('')
    case 'group':
      return `${node.look ?? (node.capture ? '(' : '(?:')}${emit(node.body, expandCase)})`
    case 'repeat': {
      const inner = emit(node.node, expandCase)
      const q =
        node.min === 0 && node.max === Infinity
          ? '*'
          : node.min === 1 && node.max === Infinity
            ? '+'
            : node.min === 0 && node.max === 1
              ? '?'
              : node.max === Infinity
                ? `{${node.min},}`
                : node.min === node.max
                  ? `{${node.min}}`
                  : `{${node.min},${node.max}}`
      return `${inner}${q}${node.lazy ? '?' : ''}`
    }
    case 'char': {
      if (expandCase && node.i && isLetter(node.code)) {
        const c = String.fromCharCode(node.code)
        return `[${c.toLowerCase()}${c.toUpperCase()}]`
      }
      return escapeChar(node.code, false)
    }
    case 'class':
      return emitClass(node, expandCase)
    case 'dot':
      return node.s ? '[\\s\\S]' : '.'
    case 'assert':
    case 'classEscape':
      return node.js
    default:
      throw new Error(`re2: cannot emit ${node.type}`)
  }
}

function emitClass(node, expandCase) {
  const parts = []
  for (const it of node.items) {
    if (it.type === 'range') {
      parts.push(rangeJs(it.from, it.to))
      if (expandCase && node.i) for (const [f, t] of swappedCase(it.from, it.to)) parts.push(rangeJs(f, t))
    } else parts.push(it.js)
  }
  return `[${node.negated ? '^' : ''}${[...new Set(parts)].join('')}]`
}

/** The other-case counterparts of the letters in [from, to]. */
function swappedCase(from, to) {
  const out = []
  const lo = [Math.max(from, 97), Math.min(to, 122)]
  if (lo[0] <= lo[1]) out.push([lo[0] - 32, lo[1] - 32])
  const up = [Math.max(from, 65), Math.min(to, 90)]
  if (up[0] <= up[1]) out.push([up[0] + 32, up[1] + 32])
  return out
}

function rangeJs(from, to) {
  return from === to ? escapeChar(from, true) : `${escapeChar(from, true)}-${escapeChar(to, true)}`
}

function escapeChar(code, inClass) {
  const ch = String.fromCodePoint(code)
  if (code === 10) return '\\n'
  if (code === 13) return '\\r'
  if (code === 9) return '\\t'
  if (code === 12) return '\\f'
  if (code === 11) return '\\v'
  if (code === 0x60) return '\\x60'
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`
  if (code > 0x7e) return `\\u${code.toString(16).padStart(4, '0')}`
  if (ch === '/') return '\\/'
  const special = inClass ? '\\]^-[' : '\\^$.|?*+()[]{}'
  return special.includes(ch) ? `\\${ch}` : ch
}

/** `{ source, flags }` for a JavaScript RegExp equivalent to the RE2 pattern. */
export function re2ToJs(re2) {
  const ast = parseRe2(re2)
  if (uniformlyInsensitive(ast) && /^\(\?i\)/.test(re2)) return { source: emit(ast, false), flags: 'i' }
  return { source: emit(ast, true), flags: '' }
}

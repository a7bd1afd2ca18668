// The string literals of a template tag (`{{ "AK" ~ "IA" }}`, `{% set k = 'x' %}`,
// `{{concat "a" "b"}}`) and, when the whole expression is a constant Jinja would fold, its
// value. Literals are decoded as Jinja decodes them (Python escapes).

export interface TagLiterals {
  /** Every string literal, decoded, in order. */
  literals: string[]
  /** The rendered value when the expression is a constant (literals, `~`/`+`, pure filters, a known name). */
  constant?: string
}

type Token = { kind: 'lit'; value: string } | { kind: 'name'; value: string } | { kind: 'op'; value: string }

const PURE_FILTERS: Readonly<Record<string, (s: string) => string>> = {
  upper: (s) => s.toUpperCase(),
  lower: (s) => s.toLowerCase(),
  trim: (s) => s.trim(),
  reverse: (s) => [...s].reverse().join(''),
  string: (s) => s,
  safe: (s) => s,
  e: (s) => s,
  escape: (s) => s,
}

/** Literals and constant value of a tag's inner text; `names` are constants bound by `{% set %}`. */
export function tagLiterals(inner: string, names: ReadonlyMap<string, string>): TagLiterals {
  const tokens = tokenize(inner)
  if (tokens === null) return { literals: [] }
  const literals = tokens.flatMap((t) => (t.kind === 'lit' ? [t.value] : []))
  const constant = constantValue(tokens, names)
  return constant === undefined ? { literals } : { literals, constant }
}

function tokenize(inner: string): Token[] | null {
  const tokens: Token[] = []
  let i = 0
  while (i < inner.length) {
    const c = inner[i] as string
    if (/\s/.test(c)) i++
    else if (c === '"' || c === "'") {
      const lit = readLiteral(inner, i)
      if (lit === null) return null
      tokens.push({ kind: 'lit', value: lit.value })
      i = lit.end
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w.]*/.exec(inner.slice(i, i + 200)) as RegExpExecArray
      tokens.push({ kind: 'name', value: m[0] })
      i += m[0].length
    } else {
      tokens.push({ kind: 'op', value: c })
      i++
    }
  }
  return tokens
}

function readLiteral(text: string, start: number): { value: string; end: number } | null {
  const quote = text[start]
  let value = ''
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i] as string
    if (c === quote) return { value, end: i + 1 }
    if (c !== '\\') {
      value += c
      continue
    }
    const escape = pythonEscape(text, i)
    value += escape.value
    i += escape.length - 1
  }
  return null
}

const SIMPLE: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
}

/** One Python string escape at `text[at]` (a backslash): its value and length. */
function pythonEscape(text: string, at: number): { value: string; length: number } {
  const rest = text.slice(at + 1, at + 10)
  const hex = /^(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))/.exec(rest)
  if (hex) {
    const cp = Number.parseInt(hex[1] ?? hex[2] ?? hex[3] ?? '', 16)
    if (cp <= 0x10ffff) return { value: String.fromCodePoint(cp), length: 1 + hex[0].length }
  }
  const octal = /^[0-7]{1,3}/.exec(rest)
  if (octal && octal[0] !== '0') return { value: String.fromCharCode(Number.parseInt(octal[0], 8)), length: 1 + octal[0].length }
  const simple = SIMPLE[rest[0] ?? '']
  if (simple !== undefined) return { value: simple, length: 2 }
  return { value: `\\${rest[0] ?? ''}`, length: rest.length > 0 ? 2 : 1 }
}

/** `LIT (~|+ LIT)*`, a `set` name, or `[LIT, …]|join(LIT?)`, each followed by pure filters. */
function constantValue(tokens: readonly Token[], names: ReadonlyMap<string, string>): string | undefined {
  let i = 0
  let value: string | undefined
  const at = (k: number): Token | undefined => tokens[k]
  const first = at(0)
  if (first?.kind === 'op' && first.value === '[') {
    const items: string[] = []
    i = 1
    while (at(i)?.kind === 'lit') {
      items.push((at(i) as Token).value)
      i++
      if (at(i)?.value === ',') i++
    }
    if (at(i)?.value !== ']' || at(i + 1)?.value !== '|' || at(i + 2)?.value !== 'join') return undefined
    i += 3
    let separator = ''
    if (at(i)?.value === '(') {
      const sep = at(i + 1)
      if (sep?.kind === 'lit' && at(i + 2)?.value === ')') [separator, i] = [sep.value, i + 3]
      else if (at(i + 1)?.value === ')') i += 2
      else return undefined
    }
    value = items.join(separator)
  } else if (first?.kind === 'name' && names.has(first.value)) {
    value = names.get(first.value)
    i = 1
  } else {
    while (at(i)?.kind === 'lit') {
      value = (value ?? '') + (at(i) as Token).value
      i++
      if (at(i)?.value !== '~' && at(i)?.value !== '+') break
      if (at(i + 1)?.kind !== 'lit') return undefined
      i++
    }
  }
  if (value === undefined) return undefined
  while (at(i)?.value === '|') {
    const filter = PURE_FILTERS[at(i + 1)?.value ?? '']
    if (filter === undefined || at(i + 1)?.kind !== 'name') return undefined
    value = filter(value)
    i += 2
    if (at(i)?.value === '(' && at(i + 1)?.value === ')') i += 2
  }
  return i === tokens.length ? value : undefined
}

// Reading the phrase rules' own regular-expression sources, so a cheap word check can be
// derived from them instead of kept by hand beside them (and drifting from them).

/** The top-level alternatives of a regular-expression source (`a|(?:b|c)d` → `a`, `(?:b|c)d`). */
export function topLevelAlternatives(source: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i))
      start = i + 1
    }
  }
  parts.push(source.slice(start))
  return parts
}

/**
 * Every string a source of lower-case words, spaces and `(?:…|…)` groups matches
 * (`(?:gay|trans) (?:men|women)` → four names). Throws on any other syntax: callers derive
 * checks that must be exact, so a source they cannot read in full is an error at load.
 */
export function expandAlternation(source: string): string[] {
  let at = 0
  const sequence = (): string[] => {
    let out = ['']
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      if (source.startsWith('(?:', at)) {
        at += 3
        const inner = alternation()
        if (source[at] !== ')') throw new Error(`expandAlternation: unclosed group in ${source}`)
        at++
        out = out.flatMap((prefix) => inner.map((s) => prefix + s))
      } else if (/[a-z ]/.test(source[at] as string)) {
        const c = source[at++] as string
        out = out.map((prefix) => prefix + c)
      } else throw new Error(`expandAlternation: "${source[at]}" at ${at} in ${source}`)
    }
    return out
  }
  const alternation = (): string[] => {
    const out = sequence()
    while (source[at] === '|') {
      at++
      out.push(...sequence())
    }
    return out
  }
  const all = alternation()
  if (at !== source.length) throw new Error(`expandAlternation: unexpected "${source[at]}" in ${source}`)
  return all
}

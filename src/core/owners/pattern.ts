// Compiles one CODEOWNERS pattern (gitignore rules with GitHub's exceptions) into a
// matcher over repository paths. No regex: segments and characters are matched with the
// linear two-pointer wildcard algorithm, so hostile paths cannot cause backtracking.
import { wildcardMatch, type WildToken } from './wildcard.js'

export type PathMatcher = (path: string) => boolean

export type CompiledPattern = { ok: true; match: PathMatcher } | { ok: false; message: string }

const STAR: WildToken<string> = { kind: 'star' }

/** Splits a repository path into its non-empty segments (`./a//b` → `a`, `b`). */
export function pathSegments(path: string): string[] {
  return path.split('/').filter((seg) => seg !== '' && seg !== '.')
}

export function compilePattern(pattern: string): CompiledPattern {
  const problem = syntaxProblem(pattern)
  if (problem !== null) return { ok: false, message: problem }
  if (pattern === '/') return { ok: true, match: () => false }
  const tokens = segmentTokens(pattern)
  return { ok: true, match: (path) => wildcardMatch(pathSegments(path), tokens) }
}

/** GitHub's documented exceptions to gitignore syntax, reported instead of guessed at. */
function syntaxProblem(pattern: string): string | null {
  if (pattern.startsWith('!')) return 'negated patterns (!) are not supported in CODEOWNERS'
  if (pattern.startsWith('\\#')) return 'escaping a leading # with \\ is not supported in CODEOWNERS'
  if (pattern.includes('***')) return 'a pattern cannot contain three consecutive asterisks'
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i]
    if (ch === '\\') i += 1
    else if (ch === '[' || ch === ']') return 'character ranges ([ ]) are not supported in CODEOWNERS'
  }
  if (pattern.endsWith('\\')) return 'a pattern cannot end with a lone backslash'
  return null
}

function segmentTokens(pattern: string): WildToken<string>[] {
  const raw = pattern.split('/')
  const leadingSlash = raw[0] === ''
  const trailingSlash = raw.length > 1 && raw[raw.length - 1] === ''
  const segs = raw.filter((seg) => seg !== '')
  // A slash at the start or in the middle anchors the pattern to the root.
  const anchored = leadingSlash || segs.length > 1
  const tokens: WildToken<string>[] = anchored || segs[0] === '**' ? [] : [STAR]
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1
    if (seg === '**') {
      // `**` alone or at the end needs at least one segment; elsewhere zero or more.
      if (last && !trailingSlash) tokens.push(anySegment(), STAR)
      else tokens.push(STAR)
      return
    }
    tokens.push({ kind: 'one', test: segmentTest(seg) })
    // `dir/*` matches direct children only; any other final name also covers
    // everything below it when it names a directory.
    if (last && !trailingSlash && seg !== '*') tokens.push(STAR)
  })
  if (trailingSlash) tokens.push(anySegment(), STAR)
  return tokens
}

function anySegment(): WildToken<string> {
  return { kind: 'one', test: () => true }
}

/** Matcher for one path segment: `*` any run, `?` one character, `\x` literal x. */
function segmentTest(seg: string): (name: string) => boolean {
  const tokens: WildToken<string>[] = []
  let literal = true
  for (let i = 0; i < seg.length; i += 1) {
    const ch = seg[i] as string
    if (ch === '\\' && i + 1 < seg.length) {
      i += 1
      const next = seg[i] as string
      tokens.push({ kind: 'one', test: (c) => c === next })
    } else if (ch === '*') {
      literal = false
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push(STAR)
    } else if (ch === '?') {
      literal = false
      tokens.push({ kind: 'one', test: () => true })
    } else {
      tokens.push({ kind: 'one', test: (c) => c === ch })
    }
  }
  if (literal) {
    const text = unescape(seg)
    return (name) => name === text
  }
  return (name) => wildcardMatch(name, tokens)
}

function unescape(seg: string): string {
  let out = ''
  for (let i = 0; i < seg.length; i += 1) {
    if (seg[i] === '\\' && i + 1 < seg.length) i += 1
    out += seg[i]
  }
  return out
}

// CODEOWNERS parser. Like GitHub, a line with invalid syntax is skipped on its own and
// reported with its line number; the rest of the file still applies.
import { compilePattern } from './pattern.js'
import { ownerKind } from './owner-syntax.js'
import type { CodeownersError, CodeownersRule, ParsedCodeowners } from './types.js'

export function parseCodeowners(text: string): ParsedCodeowners {
  const rules: CodeownersRule[] = []
  const errors: CodeownersError[] = []
  text.split('\n').forEach((rawLine, index) => {
    const line = index + 1
    const parsed = parseLine(rawLine)
    if (parsed === null) return
    if ('message' in parsed) {
      errors.push({ line, message: parsed.message })
      return
    }
    const compiled = compilePattern(parsed.pattern)
    if (!compiled.ok) {
      errors.push({ line, message: `${compiled.message}: ${parsed.pattern}` })
      return
    }
    rules.push({ line, pattern: parsed.pattern, owners: parsed.owners, matches: compiled.match })
  })
  return { rules, errors }
}

type LineResult = { pattern: string; owners: string[] } | { message: string } | null

function parseLine(rawLine: string): LineResult {
  const trimmed = rawLine.trim()
  if (trimmed === '' || trimmed.startsWith('#')) return null
  const { pattern, rest } = splitPattern(trimmed)
  const owners: string[] = []
  for (const token of rest.split(/\s+/)) {
    if (token === '') continue
    if (token.startsWith('#')) break // inline comment
    if (ownerKind(token) === null)
      return { message: `invalid owner "${clip(token)}" (expected @user, @org/team or an email address)` }
    owners.push(token)
  }
  return { pattern, owners }
}

/** The pattern ends at the first unescaped whitespace (`\ ` keeps a space in a path). */
function splitPattern(line: string): { pattern: string; rest: string } {
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i] as string
    if (ch === '\\') i += 1
    else if (ch === ' ' || ch === '\t') return { pattern: line.slice(0, i), rest: line.slice(i + 1) }
  }
  return { pattern: line, rest: '' }
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

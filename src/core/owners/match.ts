import type { OwnersResult, ParsedCodeowners } from './types.js'

/** Owners of one path: the last matching rule wins, even when it lists no owners. */
export function ownersOf(path: string, parsed: Pick<ParsedCodeowners, 'rules'>): OwnersResult {
  const normalized = path.startsWith('/') ? path.slice(1) : path
  for (let i = parsed.rules.length - 1; i >= 0; i -= 1) {
    const rule = parsed.rules[i]
    if (rule?.matches(normalized)) return { owners: [...rule.owners], line: rule.line }
  }
  return { owners: [], line: null }
}

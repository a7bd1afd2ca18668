// Owners per path: CODEOWNERS (GitHub semantics) merged with `owners:` rules from
// promptops.yml (picomatch globs). Config rules add owners; they never remove any.
// `windows: false` keeps matching identical on every OS (repository paths use `/`).
import picomatch from 'picomatch'
import { ownersOf } from './match.js'
import { ownerKey } from './owner-syntax.js'
import { parseCodeowners } from './parse.js'

export interface ExtraOwnerRule {
  pattern: string
  owners: readonly string[]
}

export function ownersForPaths(
  paths: readonly string[],
  codeownersText: string | null | undefined,
  extra: readonly ExtraOwnerRule[] = [],
): Record<string, string[]> {
  const parsed = parseCodeowners(codeownersText ?? '')
  const globs = extra.map((rule) => ({ test: picomatch(rule.pattern, { dot: true, windows: false }), owners: rule.owners }))
  const result: Record<string, string[]> = {}
  for (const path of paths) {
    const fromConfig = globs.filter((glob) => glob.test(stripSlash(path))).flatMap((glob) => glob.owners)
    result[path] = dedupe([...ownersOf(path, parsed).owners, ...fromConfig])
  }
  return result
}

function stripSlash(path: string): string {
  return path.startsWith('/') ? path.slice(1) : path
}

function dedupe(owners: readonly string[]): string[] {
  const seen = new Set<string>()
  return owners.filter((owner) => {
    const key = ownerKey(owner)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

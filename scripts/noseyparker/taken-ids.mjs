// Rule ids the engine already has: the hand-written rules (src/core/detect/secrets/rules.ts),
// those generated from gitleaks and, for Kingfisher, those generated from Nosey Parker. A rule of
// the same id is not generated again.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')

const generatedIds = (module) =>
  readFileSync(join(root, 'src/core/detect/secrets/generated', module), 'utf8').matchAll(/^ {4}id: '([a-z0-9-]+)',$/gm)

export function takenIds({ noseyParker = false } = {}) {
  const handWritten = readFileSync(join(root, 'src/core/detect/secrets/rules.ts'), 'utf8').matchAll(/^\s*rule\('([a-z0-9-]+)'/gm)
  const generated = [generatedIds('gitleaks-rules.ts'), ...(noseyParker ? [generatedIds('noseyparker-rules.ts')] : [])]
  return new Set([handWritten, ...generated].flatMap((ids) => [...ids].map((m) => m[1])))
}

/**
 * The token regexes of the rules generated from Nosey Parker (JavaScript source and flags, g and y
 * left out → rule id), so that a Kingfisher rule with the same pattern under another name is
 * dropped.
 */
export function takenPatterns() {
  const module = readFileSync(join(root, 'src/core/detect/secrets/generated/noseyparker-rules.ts'), 'utf8')
  const out = new Map()
  let id
  for (const line of module.split('\n')) {
    const named = /^ {4}id: '([a-z0-9-]+)',$/.exec(line)
    if (named) id = named[1]
    const token = /^ {4}tokens: \[\{ regex: \/(.*)\/([a-z]*), group: /.exec(line)
    if (token && id) out.set(`/${token[1]}/${token[2].replace(/[gy]/g, '')}`, id)
  }
  return out
}

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

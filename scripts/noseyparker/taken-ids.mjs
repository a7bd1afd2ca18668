// Rule ids the engine already has: the hand-written rules (src/core/detect/secrets/rules.ts) and
// those generated from gitleaks. A Nosey Parker rule of the same id is not generated again.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')

export function takenIds() {
  const handWritten = readFileSync(join(root, 'src/core/detect/secrets/rules.ts'), 'utf8').matchAll(/^\s*rule\('([a-z0-9-]+)'/gm)
  const gitleaks = readFileSync(join(root, 'src/core/detect/secrets/generated/gitleaks-rules.ts'), 'utf8').matchAll(
    /^ {4}id: '([a-z0-9-]+)',$/gm,
  )
  return new Set([...handWritten, ...gitleaks].map((m) => m[1]))
}

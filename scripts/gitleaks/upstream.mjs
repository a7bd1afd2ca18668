// The gitleaks inputs of the generator, read from a local mirror of gitleaks/gitleaks
// (`$PROMPTOPS_MIRROR/gitleaks+gitleaks/repo`, default /work/.mirror; the project's fetch tool
// brings it) at the commit pinned in source.json. Nothing of gitleaks is stored in this
// repository: each file is checked against its pinned git blob id (and the rule file against
// its sha256) before use.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const SOURCE = JSON.parse(readFileSync(join(import.meta.dirname, 'source.json'), 'utf8'))

export const mirrorDir = () => process.env.PROMPTOPS_MIRROR ?? '/work/.mirror'
const gitBlobId = (bytes) => createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')

/**
 * `{ rules, licence, template }` (texts of source.json's files), or `{ missing }` saying why
 * they cannot be read here. A file that is there but differs from its pin is an error.
 */
export function readUpstream(mirror = mirrorDir()) {
  const gitDir = join(mirror, SOURCE.repo.replace('/', '+'), 'repo')
  if (!existsSync(gitDir)) return { missing: `no mirror of ${SOURCE.repo} at ${gitDir}` }
  const texts = {}
  for (const [name, file] of Object.entries(SOURCE.files)) {
    let bytes
    try {
      bytes = execFileSync('git', ['--git-dir', gitDir, 'cat-file', 'blob', `${SOURCE.commit}:${file.path}`], {
        maxBuffer: 1 << 26,
        stdio: ['ignore', 'pipe', 'ignore'],
      })
    } catch {
      return { missing: `${SOURCE.repo}@${SOURCE.commit.slice(0, 12)}:${file.path} is not in the mirror (fetch that commit)` }
    }
    const blob = gitBlobId(bytes)
    if (blob !== file.blob)
      throw new Error(`${SOURCE.repo}@${SOURCE.commit}:${file.path} is blob ${blob}, source.json pins ${file.blob}`)
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    if (file.sha256 && sha256 !== file.sha256) throw new Error(`${file.path}: sha256 ${sha256}, source.json pins ${file.sha256}`)
    texts[name] = bytes.toString('utf8')
  }
  return texts
}

/**
 * The pieces gitleaks' generator assembles its semi-generic rules from (the raw-string
 * constants of utils/generate.go), read from the pinned file rather than copied here.
 */
export function templateOf(goSource) {
  const constants = {}
  for (const m of goSource.matchAll(/^\s*(\w+)\s*=\s*`([^`\n]*)`/gm)) constants[m[1]] = m[2]
  const wanted = [
    'identifierCaseInsensitivePrefix',
    'identifierCaseInsensitiveSuffix',
    'identifierPrefix',
    'identifierSuffix',
    'operator',
    'secretPrefix',
    'secretSuffix',
  ]
  for (const name of wanted)
    if (constants[name] === undefined) throw new Error(`${SOURCE.files.template.path}: constant ${name} not found`)
  return Object.fromEntries(wanted.map((name) => [name, constants[name]]))
}

// The inputs of the generator, read from a local mirror of the rule set's repository
// (`$PROMPTOPS_MIRROR/<owner>+<name>/repo`, default /work/.mirror; the project's fetch tool
// brings it) at the commit pinned in a source.json: Nosey Parker's here, Kingfisher's (a fork
// of Nosey Parker with the same rule format) in scripts/kingfisher. Nothing of either is stored
// in this repository but the derived module: the rule directory is checked against its pinned
// git tree id, LICENSE (and NOTICE, where there is one) against their blob ids.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const SOURCE = JSON.parse(readFileSync(join(import.meta.dirname, 'source.json'), 'utf8'))

export const mirrorDir = () => process.env.PROMPTOPS_MIRROR ?? '/work/.mirror'
const gitBlobId = (bytes) => createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')

/**
 * `{ rules: [{ path, text }], licence, notice }`, or `{ missing }` saying why they cannot be
 * read here. Content that is there but differs from its pin is an error.
 */
export function readUpstream(mirror = mirrorDir(), source = SOURCE) {
  const gitDir = join(mirror, source.repo.replace('/', '+'), 'repo')
  if (!existsSync(gitDir)) return { missing: `no mirror of ${source.repo} at ${gitDir}` }
  const git = (...args) =>
    execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] })
  let tree
  try {
    tree = git('rev-parse', `${source.commit}:${source.rules.path}`).toString().trim()
  } catch {
    return {
      missing: `${source.repo}@${source.commit.slice(0, 12)}:${source.rules.path} is not in the mirror (fetch that commit)`,
    }
  }
  if (tree !== source.rules.tree)
    throw new Error(`${source.repo}@${source.commit}:${source.rules.path} is tree ${tree}, source.json pins ${source.rules.tree}`)
  const paths = git('ls-tree', '-r', '--name-only', source.commit, '--', source.rules.path)
    .toString()
    .split('\n')
    .filter((p) => p.endsWith('.yml'))
    .sort()
  const rules = paths.map((path) => ({ path, text: git('cat-file', 'blob', `${source.commit}:${path}`).toString('utf8') }))
  const texts = {}
  for (const [name, file] of Object.entries(source.files)) {
    const bytes = git('cat-file', 'blob', `${source.commit}:${file.path}`)
    const blob = gitBlobId(bytes)
    if (blob !== file.blob)
      throw new Error(`${source.repo}@${source.commit}:${file.path} is blob ${blob}, source.json pins ${file.blob}`)
    texts[name] = bytes.toString('utf8')
  }
  return { rules, ...texts }
}

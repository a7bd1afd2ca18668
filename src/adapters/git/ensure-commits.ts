// Makes sure a shallow checkout has the commits we need; `actions/checkout` fetches only
// the merge commit by default. Returns false when they cannot be had (then the caller
// falls back to the REST API).
import { git } from './git.js'

async function has(repo: string, sha: string): Promise<boolean> {
  return git(repo, ['cat-file', '-e', `${sha}^{commit}`]).then(
    () => true,
    () => false,
  )
}

export async function ensureCommits(repo: string, shas: string[], log: (m: string) => void): Promise<boolean> {
  const isRepo = await git(repo, ['rev-parse', '--git-dir']).then(() => true, () => false)
  if (!isRepo) return false
  const missing = (await Promise.all(shas.map(async (s) => ((await has(repo, s)) ? null : s)))).filter((s): s is string => s !== null)
  if (missing.length === 0) return true
  log(`fetching ${missing.length} commit(s) missing from the shallow checkout`)
  try {
    await git(repo, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=100', 'origin', ...missing])
  } catch (error) {
    log(`could not fetch them (${(error as Error).message}); reading from the API instead`)
    return false
  }
  return (await Promise.all(missing.map((s) => has(repo, s)))).every(Boolean)
}

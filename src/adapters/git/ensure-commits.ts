// Makes sure a shallow checkout has the commits we need; `actions/checkout` fetches only
// the merge commit by default. Returns false when they cannot be had (then the caller
// falls back to the REST API). One `cat-file --batch-check` answers for every commit.
import { git } from './git.js'

/** The SHAs among `shas` that are not commits in `repo`; null when `repo` is no git repository. */
async function missingCommits(repo: string, shas: string[]): Promise<string[] | null> {
  const out = await git(repo, ['cat-file', '--batch-check'], shas.map((s) => `${s}^{commit}\n`).join('')).catch(() => null)
  if (out === null) return null
  const lines = out.split('\n')
  return shas.filter((_, i) => !/^[0-9a-f]{40,64} commit \d+$/.test(lines[i] ?? ''))
}

export async function ensureCommits(repo: string, shas: string[], log: (m: string) => void): Promise<boolean> {
  const missing = await missingCommits(repo, shas)
  if (missing === null) return false
  if (missing.length === 0) return true
  log(`fetching ${missing.length} commit(s) missing from the shallow checkout`)
  try {
    await git(repo, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=100', 'origin', ...missing])
  } catch (error) {
    log(`could not fetch them (${(error as Error).message}); reading from the API instead`)
    return false
  }
  return (await missingCommits(repo, missing))?.length === 0
}

// Named questions about a local clone, for the shells: they ask for what they need instead of
// composing git command lines (test/architecture.test.ts keeps raw git in src/adapters/git).
import { isAbsolute, resolve } from 'node:path'
import { git } from './git.js'

/** Whether `dir` is inside a work tree or is a (bare) git directory. */
export async function isGitRepository(dir: string): Promise<boolean> {
  if (
    await git(dir, ['rev-parse', '--is-inside-work-tree']).then(
      () => true,
      () => false,
    )
  )
    return true
  return git(dir, ['rev-parse', '--git-dir']).then(
    () => true,
    () => false,
  )
}

/** The repository's git directory, as an absolute path. */
export async function gitDirOf(repo: string): Promise<string> {
  const dir = (await git(repo, ['rev-parse', '--git-dir'])).trim()
  return isAbsolute(dir) ? dir : resolve(repo, dir)
}

/** The top of the work tree. */
export async function workTreeRoot(repo: string): Promise<string> {
  return (await git(repo, ['rev-parse', '--show-toplevel'])).trim()
}

/** The origin remote's URL; null when there is no origin. */
export async function originUrl(repo: string): Promise<string | null> {
  const url = (await git(repo, ['config', '--get', 'remote.origin.url']).catch(() => '')).trim()
  return url === '' ? null : url
}

/** Author dates (ISO 8601) of the commits in base..head, oldest first; empty when git cannot list them. */
export async function authorDates(repo: string, base: string, head: string): Promise<string[]> {
  return (await git(repo, ['log', '--reverse', '--format=%aI', `${base}..${head}`]).catch(() => '')).split('\n').filter(Boolean)
}

/** Every file path in the tree of `commit`. */
export async function listFiles(repo: string, commit: string): Promise<string[]> {
  return (await git(repo, ['ls-tree', '-r', '-z', '--name-only', commit])).split('\0').filter(Boolean)
}

// What each commit of a local audit branch changed, for the per-commit append-only check
// (the core's `commitOnlyAdds`): one `git log` lists what each commit (first parent, oldest
// first) changed, one `cat-file --batch` reads those blobs. Paths a commit did not touch are
// left out of both sides, which the check treats as unchanged.
import type { FileMap } from '../../core/audit/index.js'
import { gitBytes, readBlobs } from './git.js'

const ZERO = /^0+$/

interface Change {
  path: string
  before: string | null
  after: string | null
}

export interface CommitChange {
  sha: string
  /** The paths the commit touched, before it (absent: added) and after it (absent: deleted). */
  before: FileMap
  after: FileMap
}

export async function branchChanges(repo: string, branch: string): Promise<CommitChange[]> {
  const raw = await gitBytes(repo, [
    'log',
    '--first-parent',
    '--reverse',
    '--no-renames',
    '--raw',
    '--no-abbrev',
    '-z',
    '--format=%x01%H',
    `refs/heads/${branch}`,
  ])
  const commits = parseLog(raw.toString('utf8'))
  const shas = [
    ...new Set(commits.flatMap((c) => c.changes.flatMap((ch) => [ch.before, ch.after]).filter((s): s is string => s !== null))),
  ]
  const blobs = await readBlobs(repo, shas)
  const text = (sha: string | null): string | undefined => (sha === null ? undefined : (blobs.get(sha)?.toString('utf8') ?? ''))
  return commits.map((commit) => {
    const before: FileMap = {}
    const after: FileMap = {}
    for (const change of commit.changes) {
      const old = text(change.before)
      const now = text(change.after)
      if (old !== undefined) before[change.path] = old
      if (now !== undefined) after[change.path] = now
    }
    return { sha: commit.sha, before, after }
  })
}

/** `\x01<sha>\0` per commit, then `:<modes> <old> <new> <status>\0<path>\0` per changed path. */
function parseLog(out: string): Array<{ sha: string; changes: Change[] }> {
  return out
    .split('\x01')
    .filter(Boolean)
    .map((chunk) => {
      const [sha = '', ...rest] = chunk.split('\0')
      const tokens = rest.map((t) => t.replace(/^\n/, ''))
      const changes: Change[] = []
      for (let i = 0; i + 1 < tokens.length; i += 2) {
        const [, , before = '', after = ''] = (tokens[i] as string).slice(1).split(' ')
        changes.push({
          path: tokens[i + 1] as string,
          before: ZERO.test(before) ? null : before,
          after: ZERO.test(after) ? null : after,
        })
      }
      return { sha, changes }
    })
}

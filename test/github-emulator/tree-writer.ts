// Git's mktree writes one level; GitHub's create-tree accepts nested paths ("a/b/c.txt").
// This groups full-path entries by directory and writes subtrees bottom-up.
import type { Git, TreeEntry } from './git.js'

interface Dir {
  readonly files: TreeEntry[]
  readonly dirs: Map<string, Dir>
}

function emptyDir(): Dir {
  return { files: [], dirs: new Map() }
}

function insert(root: Dir, entry: TreeEntry): void {
  const parts = entry.path.split('/')
  const name = parts.pop() as string
  let dir = root
  for (const part of parts) {
    let next = dir.dirs.get(part)
    if (!next) dir.dirs.set(part, (next = emptyDir()))
    dir = next
  }
  dir.files.push({ ...entry, path: name })
}

async function write(git: Git, dir: Dir): Promise<string | undefined> {
  const entries: TreeEntry[] = [...dir.files]
  for (const [name, sub] of dir.dirs) {
    const sha = await write(git, sub)
    // Git has no empty directories: a subtree that lost all its files disappears.
    if (sha) entries.push({ mode: '040000', type: 'tree', sha, path: name })
  }
  if (entries.length === 0) return undefined
  return git.mktree(entries)
}

/** Writes a tree from blob/submodule entries with full paths; returns the root tree SHA. */
export async function writeNestedTree(git: Git, entries: readonly TreeEntry[]): Promise<string> {
  const root = emptyDir()
  for (const entry of entries) insert(root, entry)
  return (await write(git, root)) ?? (await git.mktree([]))
}

/** Rejects paths GitHub rejects: empty segments, `.`/`..`, leading or trailing slashes. */
export function isValidTreePath(path: string): boolean {
  return path.length > 0 && path.split('/').every((p) => p !== '' && p !== '.' && p !== '..' && p !== '.git')
}

// GitHub's create-tree accepts nested paths ("a/b/c.txt"). The tree is built in a private
// index file (read nothing, add every entry, write-tree): three git processes whatever the
// number of directories, instead of one mktree per directory.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Git, TreeEntry } from './git.js'

/** Writes a tree from blob/submodule entries with full paths; returns the root tree SHA. */
export async function writeNestedTree(git: Git, entries: readonly TreeEntry[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-index-'))
  const env = { GIT_INDEX_FILE: join(dir, 'index') }
  try {
    const info = entries.map((e) => `${e.mode} ${e.sha}\t${e.path}\0`).join('')
    if (info) await git.run(['update-index', '--add', '-z', '--index-info'], { input: info, env })
    return (await git.text(['write-tree'], { env })).trim()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Rejects paths GitHub rejects: empty segments, `.`/`..`, leading or trailing slashes. */
export function isValidTreePath(path: string): boolean {
  return path.length > 0 && path.split('/').every((p) => p !== '' && p !== '.' && p !== '..' && p !== '.git')
}

// Read access to one commit of a mirrored repository, for the importers.
import { execFileSync } from 'node:child_process'

export interface Tree {
  /** Every file path of the commit. */
  files(): string[]
  /** A file's text at the commit. */
  read(path: string): string
  /** A file's git blob id at the commit. */
  blob(path: string): string
}

export function gitTree(gitDir: string, commit: string): Tree {
  const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
  let files: string[] | undefined
  const blobs = new Map<string, string>()
  return {
    files: () => (files ??= git('ls-tree', '-r', '--name-only', commit).split('\n').filter(Boolean)),
    read: (path) => git('cat-file', 'blob', `${commit}:${path}`),
    blob: (path) => blobs.get(path) ?? blobs.set(path, git('rev-parse', `${commit}:${path}`).trim()).get(path) ?? '',
  }
}

/** What an importer proposes: where a sample is and our label; the runner adds repository, commit, blob and hash. */
export interface Draft {
  path: string
  at: string
  label: boolean
  rule?: string
  note?: string
  carrier?: string
  /** The text the importer read there, when it parsed the file itself: the runner checks the locator finds the same. */
  value?: string
}

export type Importer = (tree: Tree) => Draft[]

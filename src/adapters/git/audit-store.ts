// The audit branch in a local clone, through git plumbing: a private index file builds the
// next tree, `commit-tree` makes the commit, and `update-ref <new> <old>` swaps the branch
// only if it still points where we read it (compare-and-swap; never a force push).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AuditSnapshot, AuditStore, CommitOutcome } from '../audit/store.js'
import { git, gitBytes, readBlobs } from './git.js'

const IDENTITY = {
  GIT_AUTHOR_NAME: 'PromptOps',
  GIT_AUTHOR_EMAIL: 'promptops@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'PromptOps',
  GIT_COMMITTER_EMAIL: 'promptops@users.noreply.github.com',
}
const ZERO = '0000000000000000000000000000000000000000'

export function localAuditStore(repo: string, branch: string): AuditStore {
  const ref = `refs/heads/${branch}`
  return {
    branch,
    async load(): Promise<AuditSnapshot> {
      const tip = await git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).then(
        (s) => s.trim(),
        () => null,
      )
      return { tip, files: tip ? await readTree(repo, tip) : {} }
    },
    async commit(tip, files, message): Promise<CommitOutcome> {
      const dir = mkdtempSync(join(tmpdir(), 'promptops-index-'))
      const env = { ...IDENTITY, GIT_INDEX_FILE: join(dir, 'index') }
      try {
        await gitBytes(repo, tip ? ['read-tree', tip] : ['read-tree', '--empty'], undefined, env)
        for (const [path, text] of Object.entries(files)) {
          const sha = (await gitBytes(repo, ['hash-object', '-w', '--stdin'], Buffer.from(text))).toString().trim()
          await gitBytes(repo, ['update-index', '--add', '--cacheinfo', `100644,${sha},${path}`], undefined, env)
        }
        const tree = (await gitBytes(repo, ['write-tree'], undefined, env)).toString().trim()
        const commit = (await gitBytes(repo, ['commit-tree', tree, ...(tip ? ['-p', tip] : []), '-m', message], undefined, env))
          .toString()
          .trim()
        try {
          await gitBytes(repo, ['update-ref', ref, commit, tip ?? ZERO])
        } catch {
          return { ok: false, reason: 'conflict' }
        }
        return { ok: true, commit }
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}

export async function readTree(repo: string, commit: string): Promise<Record<string, string>> {
  const listing = await git(repo, ['ls-tree', '-r', '-z', commit])
  const entries = listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t')
      const sha = line.slice(0, tab).split(' ')[2]
      if (sha === undefined) throw new Error(`git ls-tree ${commit}: unexpected line ${JSON.stringify(line)}`)
      return { sha, path: line.slice(tab + 1) }
    })
  const blobs = await readBlobs(
    repo,
    entries.map((e) => e.sha),
  )
  return Object.fromEntries(entries.map((e) => [e.path, blobs.get(e.sha)?.toString('utf8') ?? '']))
}

/** Commits of the branch, oldest first (for the per-commit append-only check). */
export async function branchCommits(repo: string, branch: string): Promise<string[]> {
  const out = await git(repo, ['rev-list', '--reverse', '--first-parent', `refs/heads/${branch}`]).catch(() => '')
  return out.split('\n').filter(Boolean)
}

// The audit branch in a GitHub repository, through the git data API. Reading costs a constant
// number of calls whatever the log size: the ref, then the whole tree as one tarball
// (GitHub answers `GET …/tarball/{sha}` with a 302 to codeload, which fetch follows).
// Writing is tree (inline contents, on top of the tip's tree) → commit → ref update without
// force: GitHub refuses a non-fast-forward move with 422, which is our compare-and-swap.
// No author/committer is passed, so GitHub attributes (and signs) the commit as the App.
import type { AuditSnapshot, AuditStore, CommitOutcome } from '../audit/store.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'
import { readTarball } from './tar.js'

export function githubAuditStore(client: GitHubClient, repo: RepoRef, branch: string): AuditStore {
  return {
    branch,
    async load(): Promise<AuditSnapshot> {
      const tip = await readRef(client, repo, branch)
      if (tip === null) return { tip: null, files: {} }
      return { tip, files: await readTree(client, repo, tip) }
    },
    async commit(tip, files, message): Promise<CommitOutcome> {
      const baseTree = tip === null ? null : (await client.rest.git.getCommit({ ...repo, commit_sha: tip })).data.tree.sha
      const tree = Object.entries(files).map(([path, content]) => ({
        path,
        mode: '100644' as const,
        type: 'blob' as const,
        content,
      }))
      const { data: newTree } = await client.rest.git.createTree({ ...repo, tree, ...(baseTree ? { base_tree: baseTree } : {}) })
      const { data: commit } = await client.rest.git.createCommit({
        ...repo,
        message,
        tree: newTree.sha,
        parents: tip ? [tip] : [],
      })
      try {
        if (tip === null) await client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: commit.sha })
        else await client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha: commit.sha, force: false })
      } catch (error) {
        // "Update is not a fast forward" / "Reference already exists": another writer moved the
        // branch. Any 422 on the ref write is treated as a lost race; the caller re-reads.
        if (statusOf(error) === 422) return { ok: false, reason: 'conflict' }
        throw error
      }
      return { ok: true, commit: commit.sha }
    },
  }
}

async function readRef(client: GitHubClient, repo: RepoRef, branch: string): Promise<string | null> {
  try {
    const { data } = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` })
    return data.object.sha
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw error
  }
}

/** Every file at `commit`, as UTF-8 text, from one tarball download. */
export async function readTree(client: GitHubClient, repo: RepoRef, commit: string): Promise<Record<string, string>> {
  const response = await client.request('GET /repos/{owner}/{repo}/tarball/{ref}', {
    ...repo,
    ref: commit,
    request: { parseSuccessResponseBody: false },
  })
  const files = readTarball(await toBytes(response.data as unknown))
  return Object.fromEntries([...files].map(([path, bytes]) => [path, bytes.toString('utf8')]))
}

async function toBytes(data: unknown): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (data && typeof (data as ReadableStream).getReader === 'function')
    return new Uint8Array(await new Response(data as ReadableStream).arrayBuffer())
  throw new Error('unexpected tarball response (expected bytes)')
}

const statusOf = (error: unknown): number | undefined => (error as { status?: number }).status

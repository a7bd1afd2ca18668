// File contents through the REST API, for when there is no usable local checkout.
// The raw media type serves files up to 100 MB (the JSON form stops at 1 MB).
import type { FileClassifier } from '../../core/config/governed.js'
import type { FileChange, FileStatus } from '../../core/types.js'
import { decodeText } from '../decode.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'
import { isCommitSha, ShaCache } from './sha-cache.js'
import { mapLimit } from '../map-limit.js'

/** Contents at a commit SHA never change; files up to 1 MB are kept (at most 1,000). */
const contentsAtSha = new ShaCache<Uint8Array | null>(1000)
const CACHEABLE_BYTES = 1024 * 1024

export async function readContent(client: GitHubClient, repo: RepoRef, path: string, ref: string): Promise<Uint8Array | null> {
  if (!isCommitSha(ref)) return fetchContent(client, repo, path, ref)
  const key = `${client.request.endpoint.DEFAULTS.baseUrl} ${repo.owner}/${repo.repo}@${ref}:${path}`
  if (contentsAtSha.has(key)) return contentsAtSha.get(key)
  const bytes = await fetchContent(client, repo, path, ref)
  if (bytes === null || bytes.length <= CACHEABLE_BYTES) contentsAtSha.set(key, bytes)
  return bytes
}

async function fetchContent(client: GitHubClient, repo: RepoRef, path: string, ref: string): Promise<Uint8Array | null> {
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path,
      ref,
      headers: { accept: 'application/vnd.github.raw+json' },
      request: { parseSuccessResponseBody: false },
    })
    return await toBytes(response.data as unknown)
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null
    throw error
  }
}

async function toBytes(data: unknown): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (typeof data === 'string') return new TextEncoder().encode(data)
  if (data && typeof (data as ReadableStream).getReader === 'function') return new Uint8Array(await new Response(data as ReadableStream).arrayBuffer())
  throw new Error('unexpected contents response')
}

const STATUS: Record<string, FileStatus> = { added: 'added', removed: 'removed', modified: 'modified', renamed: 'renamed', changed: 'modified', copied: 'added', unchanged: 'modified' }

/** The PR's changed files (up to GitHub's 3,000) with contents of governed ones. */
export async function loadPullChangeSet(client: GitHubClient, repo: RepoRef, pull: number, base: string, head: string, classify: FileClassifier): Promise<FileChange[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: pull, per_page: 100 })
  const entries = files.map((f) => ({ status: STATUS[f.status] ?? 'modified', path: f.filename, ...(f.previous_filename ? { oldPath: f.previous_filename } : {}) }))
  return loadContents(client, repo, entries, base, head, classify)
}

export async function loadContents(client: GitHubClient, repo: RepoRef, entries: Array<{ status: FileStatus; path: string; oldPath?: string }>, base: string, head: string, classify: FileClassifier): Promise<FileChange[]> {
  const governed = (e: { path: string; oldPath?: string }): boolean => classify.needsContent(e.path) || (e.oldPath !== undefined && classify.needsContent(e.oldPath))
  return mapLimit(entries, 8, async (e): Promise<FileChange> => {
    if (!governed(e)) return { ...e, baseText: null, headText: null }
    const [b, h] = await Promise.all([
      e.status === 'added' ? null : readContent(client, repo, e.oldPath ?? e.path, base),
      e.status === 'removed' ? null : readContent(client, repo, e.path, head),
    ])
    const bt = b ? decodeText(b) : { text: null, binary: false }
    const ht = h ? decodeText(h) : { text: null, binary: false }
    return { ...e, baseText: bt.text, headText: ht.text, ...(bt.binary || ht.binary ? { binary: true } : {}) }
  })
}


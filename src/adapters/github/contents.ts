// File contents through the REST API, for when there is no usable local checkout.
// The raw media type serves files up to 100 MB (the JSON form stops at 1 MB).
import type { FileClassifier } from '../../core/config/governed.js'
import type { FileChange, FileStatus } from '../../core/types.js'
import { decodeText } from '../decode.js'
import { repoKey, type GitHubCache } from './cache.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'
import { isCommitSha } from './sha-cache.js'
import { mapLimit } from '../map-limit.js'

/** A file's text, or `binary` when it is not UTF-8 text. null (elsewhere) means absent. */
export type FileText = { text: string | null; binary: boolean }

/** A file's text at a ref through REST, cached when the ref is a commit SHA (texts at a commit never change). */
export async function readText(
  client: GitHubClient,
  repo: RepoRef,
  cache: GitHubCache,
  path: string,
  ref: string,
): Promise<FileText | null> {
  const key = `${repoKey(client, repo)}@${ref}:${path}`
  if (cache.texts.has(key)) return cache.texts.get(key)
  const bytes = await readContent(client, repo, path, ref)
  const value = bytes ? decodeText(bytes) : null
  if (isCommitSha(ref)) cache.texts.set(key, value)
  return value
}

export async function readContent(client: GitHubClient, repo: RepoRef, path: string, ref: string): Promise<Uint8Array | null> {
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

/** A blob's bytes by object id (the raw media type). */
export async function readBlob(client: GitHubClient, repo: RepoRef, oid: string): Promise<Uint8Array> {
  const response = await client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
    ...repo,
    file_sha: oid,
    headers: { accept: 'application/vnd.github.raw+json' },
    request: { parseSuccessResponseBody: false },
  })
  return toBytes(response.data as unknown)
}

async function toBytes(data: unknown): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (typeof data === 'string') return new TextEncoder().encode(data)
  if (data && typeof (data as ReadableStream).getReader === 'function')
    return new Uint8Array(await new Response(data as ReadableStream).arrayBuffer())
  throw new Error('unexpected contents response')
}

const STATUS: Record<string, FileStatus> = {
  added: 'added',
  removed: 'removed',
  modified: 'modified',
  renamed: 'renamed',
  changed: 'modified',
  copied: 'added',
  unchanged: 'modified',
}

export type ChangeEntry = { status: FileStatus; path: string; oldPath?: string }

/** REST file entries (pulls/files, compare) → change entries. */
export const toEntry = (f: { status: string; filename: string; previous_filename?: string }): ChangeEntry => ({
  status: STATUS[f.status] ?? 'modified',
  path: f.filename,
  ...(f.previous_filename ? { oldPath: f.previous_filename } : {}),
})

/** The PR's changed files (up to GitHub's 3,000), without contents. */
export async function listPullFiles(client: GitHubClient, repo: RepoRef, pull: number): Promise<ChangeEntry[]> {
  return (
    await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...repo, pull_number: pull, per_page: 100 })
  ).map(toEntry)
}

/** Whether an entry's contents matter (a governed path, before or after a rename). */
export const needsContent = (classify: FileClassifier, e: ChangeEntry): boolean =>
  classify.needsContent(e.path) || (e.oldPath !== undefined && classify.needsContent(e.oldPath))

/** Where an entry's two sides live: null for the side that does not exist. */
export const sidesOf = (
  e: ChangeEntry,
  base: string,
  head: string,
): { base: { sha: string; path: string } | null; head: { sha: string; path: string } | null } => ({
  base: e.status === 'added' ? null : { sha: base, path: e.oldPath ?? e.path },
  head: e.status === 'removed' ? null : { sha: head, path: e.path },
})

/** A change from its two sides' texts. */
export function toFileChange(e: ChangeEntry, b: FileText | null, h: FileText | null): FileChange {
  return { ...e, baseText: b?.text ?? null, headText: h?.text ?? null, ...(b?.binary || h?.binary ? { binary: true } : {}) }
}

export async function loadContents(
  client: GitHubClient,
  repo: RepoRef,
  cache: GitHubCache,
  entries: ChangeEntry[],
  base: string,
  head: string,
  classify: FileClassifier,
): Promise<FileChange[]> {
  return mapLimit(entries, 8, async (e): Promise<FileChange> => {
    if (!needsContent(classify, e)) return { ...e, baseText: null, headText: null }
    const sides = sidesOf(e, base, head)
    const [b, h] = await Promise.all([
      sides.base && readText(client, repo, cache, sides.base.path, sides.base.sha),
      sides.head && readText(client, repo, cache, sides.head.path, sides.head.sha),
    ])
    return toFileChange(e, b, h)
  })
}

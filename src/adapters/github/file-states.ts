// Paths at commits as git has them: mode, object type and id, and (for blobs) the text and a
// sha256 of the exact bytes. Read through the snapshot query (Commit.file) and cached by commit
// SHA; REST re-reads the bytes GraphQL cannot give exactly (truncated, not UTF-8, binary).
import { createHash } from 'node:crypto'
import { decodeText } from '../decode.js'
import { readContent, type FileText } from './contents.js'
import { fileKey, type FileAnswer, type Snapshot } from './graphql/answer.js'
import { readSnapshot } from './graphql/read.js'
import type { FileRef, SnapshotRequest } from './graphql/request.js'
import { repoKey, type GitHubCache } from './cache.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'
import { isCommitSha } from './sha-cache.js'

export interface FileState {
  /** Git file mode: 100644, 100755, 120000 (symlink), 160000 (submodule), 040000 (tree). */
  mode: string
  type: string
  oid: string
  /** The blob's text (null for trees and submodules); absent when only the state was read. */
  text?: FileText | null
  /** sha256 of the blob's bytes (with the text). */
  digest?: string | null
}

/** A path's state at a commit: undefined when not read, null when the path does not exist. */
export type StateLookup = (commit: string, path: string) => FileState | null | undefined

/** Reads what is not cached (paths at a commit SHA never change), in one snapshot query
 * together with `extra` parts (which are always asked when given). Returns the lookup over
 * everything asked and the snapshot. */
export async function readFileStates(
  client: GitHubClient,
  repo: RepoRef,
  cache: GitHubCache,
  refs: readonly FileRef[],
  extra: SnapshotRequest | null = null,
): Promise<{ lookup: StateLookup; snapshot: Snapshot | null }> {
  const cacheKey = (ref: FileRef): string => `${repoKey(client, repo)}@${fileKey(ref.commit, ref.path)}`
  const known = new Map<string, FileState | null>()
  const missing: FileRef[] = []
  for (const ref of refs) {
    const key = cacheKey(ref)
    const cached = cache.states.has(key) ? cache.states.get(key) : undefined
    // A cached state without text does not answer a request for text.
    if (cached !== undefined && (ref.stateOnly || cached === null || cached.text !== undefined))
      known.set(fileKey(ref.commit, ref.path), cached)
    else missing.push(ref)
  }
  const snapshot =
    missing.length > 0 || extra !== null ? await readSnapshot(client, repo, { ...(extra ?? {}), files: missing }) : null
  for (const ref of missing) {
    const answer = snapshot?.files.get(fileKey(ref.commit, ref.path))
    if (answer === undefined) throw new Error(`internal: ${fileKey(ref.commit, ref.path)} was not read`)
    let state: FileState | null = answer === null ? null : { mode: answer.mode, type: answer.type, oid: answer.oid }
    if (state !== null && answer !== null && answer.text !== undefined)
      state = { ...state, ...(await withText(client, repo, ref, answer.text)) }
    if (isCommitSha(ref.commit)) cache.states.set(cacheKey(ref), state)
    known.set(fileKey(ref.commit, ref.path), state)
  }
  return { lookup: (commit, path) => known.get(fileKey(commit, path)), snapshot }
}

async function withText(
  client: GitHubClient,
  repo: RepoRef,
  ref: FileRef,
  text: NonNullable<FileAnswer>['text'],
): Promise<Pick<FileState, 'text' | 'digest'>> {
  if (text !== undefined && text !== 'refetch' && !text.binary && text.text !== null)
    return { text, digest: sha256(Buffer.from(text.text, 'utf8')) }
  const bytes = await readContent(client, repo, ref.path, ref.commit)
  if (bytes === null) return { text: null, digest: null }
  return { text: decodeText(bytes), digest: sha256(bytes) }
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

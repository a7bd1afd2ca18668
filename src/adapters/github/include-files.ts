// Which changed files templates include, through the API: the head tree in one REST call, the
// templates' texts by blob id (cached for good: a push re-reads only blobs it changed), then the
// walk in core/templates/include-graph.ts. Only run when some changed file is not otherwise governed.
import type { FileClassifier } from '../../core/config/governed.js'
import { IncludeDepthError, includedChangedFiles } from '../../core/templates/include-graph.js'
import { includeScanText } from '../decode.js'
import type { ChangeEntry } from './contents.js'
import { readBlob } from './contents.js'
import { readSnapshot } from './graphql/read.js'
import { repoKey, type GitHubCache } from './cache.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

/** Changed path → templates including it at any of `revisions` (the head, and the base the
 * change merges into: a template there may include a file the head's templates do not, and a
 * file the change deletes is only found there); or why it could not be worked out (fails closed).
 * Blob texts are cached by object id: a blob's bytes never change. */
export async function includedFiles(
  client: GitHubClient,
  repo: RepoRef,
  cache: GitHubCache,
  revisions: readonly string[],
  entries: readonly ChangeEntry[],
  classify: FileClassifier,
): Promise<Record<string, string[]> | { unknown: string }> {
  // Files not otherwise read, and deleted templates (a partial others include).
  const candidates = new Set(
    entries
      .filter((e) => (e.status === 'removed' || !classify.needsContent(e.path)) && !classify.isPolicyFile(e.path))
      .map((e) => e.path),
  )
  if (candidates.size === 0) return {}
  const out: Record<string, Set<string>> = {}
  for (const revision of new Set(revisions)) {
    const found = await includedAt(client, repo, cache, revision, candidates, classify)
    if ('unknown' in found) return found
    for (const [path, roots] of Object.entries(found)) for (const root of roots) (out[path] ??= new Set()).add(root)
  }
  return Object.fromEntries(Object.entries(out).map(([path, roots]) => [path, [...roots].sort()]))
}

async function includedAt(
  client: GitHubClient,
  repo: RepoRef,
  cache: GitHubCache,
  revision: string,
  candidates: ReadonlySet<string>,
  classify: FileClassifier,
): Promise<Record<string, string[]> | { unknown: string }> {
  const { data } = await client.rest.git.getTree({ ...repo, tree_sha: revision, recursive: 'true' })
  if (data.truncated)
    return {
      unknown: 'the repository tree is too large for GitHub to list in full, so files that templates include cannot be found',
    }
  const oids = new Map(
    data.tree
      .filter((e) => e.type === 'blob' && typeof e.path === 'string' && typeof e.sha === 'string')
      .map((e) => [e.path as string, e.sha as string]),
  )
  const paths = [...oids.keys()]
  return includedChangedFiles({
    paths: new Set(paths),
    templates: paths.filter((p) => classify.isTemplate(p)),
    candidates,
    read: async (wanted) => {
      const key = (oid: string): string => `${repoKey(client, repo)} ${oid}`
      // The walk only asks for templates and paths it found in this tree.
      const oidOf = (path: string): string => {
        const oid = oids.get(path)
        if (oid === undefined) throw new Error(`include walk asked for ${path}, which is not a file in the tree at ${revision}`)
        return oid
      }
      const missing = [...new Set(wanted.map(oidOf).filter((oid) => !cache.blobTexts.has(key(oid))))]
      if (missing.length > 0) {
        const answer = await readSnapshot(client, repo, { blobs: missing })
        for (const oid of missing) {
          const got = answer.blobs.get(oid)
          // Not UTF-8 (or truncated): the bytes, so includes in it are still followed.
          const text =
            got === 'refetch' || got?.binary === true ? includeScanText(await readBlob(client, repo, oid)) : (got?.text ?? null)
          cache.blobTexts.set(key(oid), text)
        }
      }
      return new Map(wanted.map((p) => [p, cache.blobTexts.get(key(oidOf(p)))]))
    },
  }).catch((error: unknown) => {
    if (error instanceof IncludeDepthError) return { unknown: error.message }
    throw error
  })
}

// Which changed files templates include, through the API: the head tree in one REST call, the
// templates' texts through the snapshot query (cached by commit), then the walk in
// flows/include-graph.ts. Only run when some changed file is not otherwise governed.
import type { FileClassifier } from '../../core/config/governed.js'
import { includedChangedFiles } from '../../flows/include-graph.js'
import type { ChangeEntry } from './contents.js'
import { readFileStates } from './file-states.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

/** Changed path → templates including it; or why it could not be worked out (fails closed). */
export async function includedFiles(client: GitHubClient, repo: RepoRef, head: string, entries: readonly ChangeEntry[], classify: FileClassifier): Promise<Record<string, string[]> | { unknown: string }> {
  const candidates = new Set(entries.filter((e) => e.status !== 'removed' && !classify.needsContent(e.path) && !classify.isPolicyFile(e.path)).map((e) => e.path))
  if (candidates.size === 0) return {}
  const { data } = await client.rest.git.getTree({ ...repo, tree_sha: head, recursive: 'true' })
  if (data.truncated) return { unknown: 'the repository tree is too large for GitHub to list in full, so files that templates include cannot be found' }
  const paths = data.tree.filter((e) => e.type === 'blob' && typeof e.path === 'string').map((e) => e.path as string)
  return includedChangedFiles({
    paths: new Set(paths),
    templates: paths.filter((p) => classify.isTemplate(p)),
    candidates,
    read: async (wanted) => {
      const { lookup } = await readFileStates(client, repo, wanted.map((path) => ({ commit: head, path })))
      return new Map(wanted.map((p) => [p, lookup(head, p)?.text?.text ?? null]))
    },
  })
}

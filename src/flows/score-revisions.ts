// Score two revisions of a local clone: policy from the base, files from the merge base.
// Shared by `promptops score`, `route` and `audit record`.
import { classifier } from '../core/config/governed.js'
import { ownersForPaths } from '../core/owners/index.js'
import type { Report } from '../core/report/types.js'
import { unwrap } from '../core/result.js'
import type { Config } from '../core/config/config.schema.js'
import { loadChangeSet } from '../adapters/git/change-set.js'
import { resolveCommit } from '../adapters/git/git.js'
import { loadPolicyAt, type RepoPolicy } from '../adapters/git/policy.js'
import { scoreWithModeration } from './moderated-score.js'

export interface ScoredRevisions {
  base: string
  head: string
  config: Config
  policy: RepoPolicy
  report: Report
  /** Owners of any changed path at the base revision (CODEOWNERS + config). */
  owners: Record<string, string[]>
}

export async function scoreRevisions(
  repo: string,
  baseRef: string,
  headRef: string,
  now: Date,
  configOverride?: { path: string; text: string },
): Promise<ScoredRevisions> {
  const base = await resolveCommit(repo, baseRef)
  const head = await resolveCommit(repo, headRef)
  const policy = await loadPolicyAt(repo, base, configOverride)
  const config = unwrap(policy.config)
  const files = await loadChangeSet(repo, base, head, classifier(config))
  // Owners of every changed path (and old path) and of every template that includes one.
  const paths = new Set(files.flatMap((f) => [f.path, ...(f.oldPath ? [f.oldPath] : []), ...(f.includedBy ?? [])]))
  const owners = ownersForPaths([...paths], policy.codeowners?.text, config.owners)
  // External moderation runs only when the config asks for it (see flows/moderated-score.ts).
  const report = await scoreWithModeration(
    { files, config, ownersOf: (p) => owners[p] ?? [], now, codeownersAtBase: policy.codeownersPaths },
    { env: process.env },
  )
  return { base, head, config, policy, report, owners }
}

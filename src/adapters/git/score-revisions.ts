// Score two revisions of a local clone: policy from the base, files from the merge base.
// Shared by `promptops score`, `route` and `audit record`.
import type { Config } from '../../core/config/config.schema.js'
import { classifier } from '../../core/config/governed.js'
import type { ScoreInput } from '../../core/engine.js'
import { ownersForPaths } from '../../core/owners/index.js'
import type { Report } from '../../core/report/types.js'
import { unwrap } from '../../core/result.js'
import { loadChangeSet } from './change-set.js'
import { resolveCommits } from './git.js'
import { loadPolicyAt, type RepoPolicy } from './policy.js'

export interface ScoredRevisions {
  base: string
  head: string
  config: Config
  policy: RepoPolicy
  report: Report
}

/** scoreChanges with the owners as a record; a shell may pass one that uses more threads. */
export type ScoreFn = (input: Omit<ScoreInput, 'ownersOf'>, owners: Record<string, string[]>) => Report | Promise<Report>

export async function scoreRevisions(repo: string, baseRef: string, headRef: string, now: Date, configOverride?: { path: string; text: string }, score?: ScoreFn): Promise<ScoredRevisions> {
  const [base, head] = (await resolveCommits(repo, [baseRef, headRef])) as [string, string]
  const policy = await loadPolicyAt(repo, base, configOverride)
  const config = unwrap(policy.config)
  // The engine (and its tokenizer data) compiles while git reads the blobs.
  const scoreFn = score ?? inProcess(import('../../core/engine.js'))
  const files = await loadChangeSet(repo, base, head, classifier(config))
  const owners = ownersForPaths(files.map((f) => f.path), policy.codeowners?.text, config.owners)
  const report = await scoreFn({ files, config, now }, owners)
  return { base, head, config, policy, report }
}

const inProcess = (engine: Promise<typeof import('../../core/engine.js')>): ScoreFn => async (input, owners) => (await engine).scoreChanges({ ...input, ownersOf: (p) => owners[p] ?? [] })

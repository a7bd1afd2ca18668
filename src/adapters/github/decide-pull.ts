// Score a pull request and evaluate routing through the REST API, exactly as the
// `promptops/approval` check does: policy from a base revision (never the head), files from
// the merge base. Shared by the App's check, its audit recording and the reconciler.
import { classifier } from '../../core/config/governed.js'
import type { Config } from '../../core/config/config.schema.js'
import { scoreChanges } from '../../core/engine.js'
import { ownersForPaths } from '../../core/owners/index.js'
import type { Report } from '../../core/report/types.js'
import { evaluateRouting, routingInput, type PullFacts } from '../../core/routing/index.js'
import type { RoutingDecision } from '../../core/routing/types.js'
import type { FileChange } from '../../core/types.js'
import { loadBasePolicy, type BasePolicy } from './base-policy.js'
import { loadPullChangeSet } from './contents.js'
import type { GitHubClient } from './octokit.js'
import { loadPullFacts } from './pull-facts.js'
import type { RepoRef } from './repo-ref.js'
import { ShaCache } from './sha-cache.js'

export interface PullToDecide {
  number: number
  author: string
  headSha: string
  /** Base revision for the merge base (the PR's base SHA). */
  baseSha: string
}

export type PullDecision =
  | { kind: 'no-config' }
  | { kind: 'invalid-config'; message: string }
  /** Only with `requireGoverned`: nothing governed changed, so facts were not loaded. */
  | { kind: 'ungoverned' }
  | { kind: 'decided'; policy: BasePolicy; config: Config; files: FileChange[]; report: Report; facts: PullFacts; decision: RoutingDecision }

/** `policyRef`: where policy is read (the base branch for an open PR, the pre-merge base for a merged one). */
/** `loadFacts: 'always'` for recorders, which keep every review even when none was required. */
export async function decidePull(client: GitHubClient, repo: RepoRef, pull: PullToDecide, policyRef: string, now: Date, options: { requireGoverned?: boolean; loadFacts?: 'always' | 'when-needed' } = {}): Promise<PullDecision> {
  const policy = await loadBasePolicy(client, repo, policyRef)
  if (!policy.configFound) return { kind: 'no-config' }
  if (!policy.config.ok) return { kind: 'invalid-config', message: policy.config.error.message }
  const config = policy.config.value
  const files = await loadPullChangeSet(client, repo, pull.number, await mergeBase(client, repo, pull.baseSha, pull.headSha), pull.headSha, classifier(config))
  if (options.requireGoverned && !touchesGoverned(files, config)) return { kind: 'ungoverned' }
  const owners = ownersForPaths(files.map((f) => f.path), policy.codeowners?.text, config.owners)
  const report = scoreChanges({ files, config, ownersOf: (p) => owners[p] ?? [], now })
  // A tier that needs no human (low risk by default) needs no reviews, commits or teams.
  const tier = config.routing[report.policyFiles.length > 0 ? 'critical' : report.level]
  const needsHumans = tier.approvals > 0 || tier.allOwners || tier.require.length > 0
  const facts = needsHumans || options.loadFacts === 'always' ? await loadPullFacts(client, repo, pull, report, config) : { author: pull.author, coAuthors: [], reviews: [], teams: {}, headSha: pull.headSha, digestsAt: {} }
  const decision = evaluateRouting(routingInput(report, config, facts))
  return { kind: 'decided', policy, config, files, report, facts, decision }
}

/** Whether the change touched anything PromptOps governs: templates, memory files or policy files. */
export function touchesGoverned(files: readonly FileChange[], config: Config): boolean {
  const c = classifier(config)
  const governed = (p: string): boolean => c.isTemplate(p) || c.isPolicyFile(p) || c.isMemoryFile(p)
  return files.some((f) => governed(f.path) || (f.oldPath !== undefined && governed(f.oldPath)))
}

/** The merge base of two commits never changes: asked once per pair. */
const mergeBases = new ShaCache<string>(2000)

async function mergeBase(client: GitHubClient, repo: RepoRef, base: string, head: string): Promise<string> {
  const key = `${repo.owner}/${repo.repo} ${base}...${head}`
  if (mergeBases.has(key)) return mergeBases.get(key)
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}`, per_page: 1 })
  mergeBases.set(key, data.merge_base_commit.sha)
  return data.merge_base_commit.sha
}

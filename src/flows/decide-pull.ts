// Score a pull request and evaluate routing through the API, exactly as the
// `promptops/approval` check does: policy from a base revision (never the head), files from
// the merge base. Shared by the App's check, its audit recording and the CLI's `sla`.
//
// Reads, in order (each cached when addressed by commit SHA, so a review on an unchanged head
// repeats little):
//   1. REST compare base...head (merge base, changed files) and one GraphQL query: policy files
//      at the base, the pull request (state, reviews, commits with their people, the last base
//      change) and whatever the caller observes (its check runs, required checks).
//   2. One GraphQL query: governed files (mode, object id, text) at the merge base and the head,
//      and the members of the teams that own them.
//   3. Only when humans must approve: the head branch's push history (REST activity), and for
//      approvals on older commits one compare each and one query for the paths' states.
import { classifier, runsPromptOps } from '../core/config/governed.js'
import type { Config } from '../core/config/config.schema.js'
import { scoreChanges } from '../core/engine.js'
import { ownersForPaths } from '../core/owners/index.js'
import type { Report } from '../core/report/types.js'
import { evaluateRouting, routingInput, type PullFacts } from '../core/routing/index.js'
import { isBot } from '../core/routing/approvals.js'
import { dataClassApprovals } from '../core/routing/data-class-requirements.js'
import type { Pushers, RoutingDecision } from '../core/routing/types.js'
import { maxLevel, type FileChange } from '../core/types.js'
import { changedSinceApprovals } from '../adapters/github/approval-binding.js'
import { repoKey, type GitHubCache } from '../adapters/github/cache.js'
import { POLICY_PATHS, policyFrom, type BasePolicy } from '../adapters/github/base-policy.js'
import { compareCommits, type Comparison } from '../adapters/github/compare.js'
import { needsContent, sidesOf, type ChangeEntry, type FileText } from '../adapters/github/contents.js'
import { readFileStates, type FileState, type StateLookup } from '../adapters/github/file-states.js'
import type { CommitPeople, Snapshot } from '../adapters/github/graphql/answer.js'
import { remainingCommits } from '../adapters/github/graphql/read.js'
import { AUTHORS_PER_COMMIT, type FileRef, type SnapshotRequest } from '../adapters/github/graphql/request.js'
import { includedFiles } from '../adapters/github/include-files.js'
import type { GitHubClient } from '../adapters/github/octokit.js'
import { loadTeams, reviewsWithAccess, teamsNamed } from '../adapters/github/pull-facts.js'
import { pushersOf } from '../adapters/github/pushers.js'
import type { RepoRef } from '../adapters/github/repo-ref.js'
import { isCommitSha } from '../adapters/github/sha-cache.js'

export interface PullToDecide {
  number: number
  author: string
  headSha: string
  /** The merge base is taken with this commit: the base branch tip for an open PR, the
   * pre-merge base for a merged one. */
  baseSha: string
}

export type PullDecision =
  | { kind: 'no-config'; observed: Snapshot }
  | { kind: 'invalid-config'; message: string; observed: Snapshot }
  /** PromptOps could not see the change completely: the check fails closed with the reason. */
  | { kind: 'incomplete'; reason: string; observed: Snapshot }
  /** Only with `requireGoverned`: nothing governed changed, so facts were not loaded. */
  | { kind: 'ungoverned'; observed: Snapshot }
  | {
      kind: 'decided'
      policy: BasePolicy
      config: Config
      files: FileChange[]
      report: Report
      facts: PullFacts
      decision: RoutingDecision
      observed: Snapshot
    }

export interface DecideOptions {
  requireGoverned?: boolean
  /** 'always' for recorders, which keep every review even when none was required. */
  loadFacts?: 'always' | 'when-needed'
  /** More parts to read in the first query (the App: its check runs, required checks). */
  observe?: SnapshotRequest
  /** A snapshot already read with the pull request's details (and `observe`), to reuse. */
  prefetched?: Snapshot
  /** More commits whose templates' includes govern changed files, beside the head and the base
   * (a merge group's head, which also holds the PRs queued before this one). */
  includesAt?: readonly string[]
}

/** `policyRef`: the commit policy is read at (never the head). `cache`: the shell's (answers by SHA). */
export async function decidePull(
  client: GitHubClient,
  repo: RepoRef,
  cache: GitHubCache,
  pull: PullToDecide,
  policyRef: string,
  now: Date,
  options: DecideOptions = {},
): Promise<PullDecision> {
  const policyKey = `${repoKey(client, repo)}@${policyRef}`
  // Policy per base commit: a base SHA's config and CODEOWNERS never change.
  const cachedPolicy = isCommitSha(policyRef) && cache.policies.has(policyKey) ? cache.policies.get(policyKey) : null
  const policyRefs: FileRef[] = cachedPolicy ? [] : POLICY_PATHS.map((path) => ({ commit: policyRef, path }))
  // With a prefetched snapshot, policy files the caller already read are cached: no query.
  const extra = options.prefetched ? null : { ...options.observe, pull: { number: pull.number, details: true } }
  const [comparison, firstRead] = await Promise.all([
    compareCommits(client, repo, cache, pull.baseSha, pull.headSha, pull.number),
    readFileStates(client, repo, cache, policyRefs, extra),
  ])
  // Without a prefetched snapshot, `extra` made readFileStates query the pull request.
  const observed = options.prefetched ?? firstRead.snapshot
  if (!observed) throw new Error(`internal: pull request #${pull.number} was not read`)
  const policy = cachedPolicy ?? policyFrom(new Map(POLICY_PATHS.map((p) => [p, textOf(firstRead.lookup(policyRef, p))])))
  if (!cachedPolicy && isCommitSha(policyRef)) cache.policies.set(policyKey, policy)
  if (!policy.configFound) return { kind: 'no-config', observed }
  if (!policy.config.ok) return { kind: 'invalid-config', message: policy.config.error.message, observed }
  const config = policy.config.value
  const classify = classifier(config)
  if (comparison.incomplete)
    return {
      kind: 'incomplete',
      reason: `${comparison.incomplete}: PromptOps cannot see every changed file, so it cannot vouch for this change. Split the pull request.`,
      observed,
    }
  const includes = await includedFiles(
    client,
    repo,
    cache,
    [pull.headSha, pull.baseSha, ...(options.includesAt ?? [])],
    comparison.entries,
    classify,
  )
  if ('unknown' in includes) return { kind: 'incomplete', reason: includes.unknown as string, observed }
  const included: Record<string, string[]> = includes
  // Owners of every changed path and of every template that includes one.
  const ownedPaths = [
    ...new Set([
      ...comparison.entries.flatMap((e) => [e.path, ...(e.oldPath ? [e.oldPath] : [])]),
      ...Object.values(included).flat(),
    ]),
  ]
  const owners = ownersForPaths(ownedPaths, policy.codeowners?.text, config.owners)
  // A path a removed template (or included file) lived under may now be a link or submodule
  // standing in for its folder (see directoryStandIns): read its state so the engine can tell.
  const removedTemplates = comparison.entries
    .filter((e) => e.status === 'removed' && (classify.isTemplate(e.path) || included[e.path] !== undefined))
    .map((e) => e.path)
  const mayStandIn = (e: ChangeEntry): boolean =>
    e.status !== 'removed' && removedTemplates.some((p) => p.startsWith(`${e.path}/`))
  const isGoverned = (e: ChangeEntry): boolean => needsContent(classify, e) || included[e.path] !== undefined || mayStandIn(e)
  const governed = comparison.entries.filter(isGoverned)
  const teams = teamsNamed(
    ownedPaths.flatMap((p) => owners[p] ?? []),
    config,
  )
  const sideRefs = governed.flatMap((e) =>
    Object.values(sidesOf(e, comparison.mergeBase, pull.headSha))
      .filter((s): s is { sha: string; path: string } => s !== null)
      .map((s) => ({ commit: s.sha, path: s.path })),
  )
  const main = await readFileStates(client, repo, cache, sideRefs, teams.length > 0 ? { teams } : null)
  const files = comparison.entries.map((e) =>
    isGoverned(e)
      ? toFileChange(e, comparison.mergeBase, pull.headSha, main.lookup, included[e.path])
      : { ...e, baseText: null, headText: null },
  )
  if (options.requireGoverned && !touchesGoverned(files, config)) return { kind: 'ungoverned', observed }
  const ownersOf = (p: string): string[] => owners[p] ?? []
  const report = scoreChanges({ files, config, ownersOf, now, codeownersAtBase: policy.codeownersPaths })
  const tier = config.routing[report.policyFiles.length > 0 ? maxLevel([report.level, 'high']) : report.level]
  // Data-class approvers are required whatever the tier (routing/data-class-requirements.ts).
  const classApprovers = dataClassApprovals(report, config).some((c) => c.approvers.length > 0)
  const needsHumans =
    tier.approvals > 0 || tier.allOwners || tier.require.length > 0 || report.policyFiles.length > 0 || classApprovers
  const facts =
    needsHumans || options.loadFacts === 'always'
      ? await pullFacts(client, repo, cache, pull, {
          report,
          config,
          comparison,
          observed,
          teamsRead: { asked: teams, answered: main.snapshot },
          ownersOf,
          isGoverned: (p) => classify.needsContent(p) || classify.isPolicyFile(p) || included[p] !== undefined,
        })
      : {
          author: pull.author,
          coAuthors: [],
          reviews: [],
          teams: {},
          headSha: pull.headSha,
          changedSince: {},
          writeAccessKnown: true,
        }
  const decision = evaluateRouting(routingInput(report, config, facts, ownersOf))
  return { kind: 'decided', policy, config, files, report, facts, decision, observed }
}

/** Whether the change touched anything PromptOps governs: templates, memory files, policy
 * files, or files a template includes. */
export function touchesGoverned(files: readonly FileChange[], config: Config): boolean {
  const c = classifier(config)
  const runs = (f: FileChange): boolean => runsPromptOps(f.baseText) || runsPromptOps(f.headText)
  const governed = (p: string, f: FileChange): boolean =>
    c.isTemplate(p) || c.isPolicyFile(p) || c.isMemoryFile(p) || (c.isWorkflow(p) && runs(f))
  return files.some(
    (f) => governed(f.path, f) || (f.oldPath !== undefined && governed(f.oldPath, f)) || (f.includedBy?.length ?? 0) > 0,
  )
}

function toFileChange(
  e: ChangeEntry,
  mergeBase: string,
  head: string,
  lookup: StateLookup,
  includedBy: string[] | undefined,
): FileChange {
  const sides = sidesOf(e, mergeBase, head)
  const b = sides.base ? lookup(sides.base.sha, sides.base.path) : null
  const h = sides.head ? lookup(sides.head.sha, sides.head.path) : null
  const missing = (sides.base && !b) || (sides.head && !h)
  return {
    ...e,
    baseText: b?.text?.text ?? null,
    headText: h?.text?.text ?? null,
    ...(b ? { baseMode: b.mode, baseDigest: b.digest ?? null } : {}),
    ...(h ? { headMode: h.mode, headDigest: h.digest ?? null } : {}),
    ...(b?.text?.binary || h?.text?.binary ? { binary: true } : {}),
    ...(missing ? { unreadable: 'GitHub did not return this side of the file' } : {}),
    ...(includedBy ? { includedBy } : {}),
  }
}

interface FactsContext {
  report: Report
  config: Config
  comparison: Comparison
  observed: Snapshot
  /** Which teams the files query asked for and its answer: a team asked for and absent does
   * not exist or cannot be read, so it stays absent (fails closed). */
  teamsRead: { asked: string[]; answered: Snapshot | null }
  isGoverned: (path: string) => boolean
  /** Owners of a changed path at the base (policy files' owners are teams to read too). */
  ownersOf: (path: string) => string[]
}

async function pullFacts(
  client: GitHubClient,
  repo: RepoRef,
  cache: GitHubCache,
  pull: PullToDecide,
  ctx: FactsContext,
): Promise<PullFacts> {
  const reviews = await reviewsWithAccess(client, repo, pull.number, ctx.observed.reviews)
  const commits = await remainingCommits(client, repo, pull.number, ctx.observed)
  const named = teamsNamed(
    [...ctx.report.templates.flatMap((t) => t.owners), ...ctx.report.policyFiles.flatMap(ctx.ownersOf)],
    ctx.config,
  )
  const known = ctx.teamsRead.answered?.teams ?? {}
  const toPage = named.filter(
    (t) => !ctx.teamsRead.asked.includes(t) || (ctx.teamsRead.answered?.teamsToPage.includes(t) ?? false),
  )
  const teams = { ...known, ...(await loadTeams(client, toPage)) }
  const people = commits === null ? null : new Set(commits.flatMap((c) => c.logins).filter((l) => !isBot({ login: l })))
  const approvedCommits = [
    ...new Set(
      reviews.flatMap((r) => (r.state === 'APPROVED' && r.commit_id && r.commit_id !== pull.headSha ? [r.commit_id] : [])),
    ),
  ]
  return {
    author: pull.author,
    coAuthors: people === null ? [] : [...people].filter((l) => l.toLowerCase() !== pull.author.toLowerCase()),
    pushers: await pushersFor(client, ctx.observed, commits, ctx.comparison.totalCommits),
    reviews,
    teams: Object.fromEntries(named.flatMap((t) => (Object.hasOwn(teams, t) ? [[t, teams[t] ?? []] as const] : []))),
    headSha: pull.headSha,
    changedSince: await changedSinceApprovals(client, repo, cache, {
      base: pull.baseSha,
      head: pull.headSha,
      current: ctx.comparison,
      approved: approvedCommits,
      isGoverned: ctx.isGoverned,
    }),
    baseChangedAt: ctx.observed.baseChangedAt,
    writeAccessKnown: true,
  }
}

/** The head branch's push history, from the pull request as GitHub reports it now. */
async function pushersFor(
  client: GitHubClient,
  observed: Snapshot,
  commits: CommitPeople[] | null,
  total: number,
): Promise<Pushers> {
  if (commits === null) return { unknown: 'the pull request has too many commits to read' }
  // GitHub lists at most 250 commits of a pull request: the people on the rest are unknown.
  if (commits.length < total) return { unknown: `the pull request has ${total} commits and GitHub listed ${commits.length}` }
  // A co-author past the page GitHub lists could be the approver.
  const crowded = commits.find((c) => c.truncated)
  if (crowded)
    return { unknown: `commit ${crowded.oid.slice(0, 7)} names more co-authors than PromptOps reads (${AUTHORS_PER_COMMIT})` }
  if (!observed.pull) return { unknown: 'the pull request could not be read' }
  return pushersOf(client, observed.pull.headRepo, observed.pull.headRef, new Set(commits.map((c) => c.oid)))
}

const textOf = (state: FileState | null | undefined): FileText | null => (state ? (state.text ?? null) : null)

// Score a pull request and evaluate routing through the API, exactly as the
// `promptops/approval` check does: policy from a base revision (never the head), files from
// the merge base. Shared by the App's check, its audit recording and the CLI's `sla`.
//
// Reads, in order (each cached when addressed by commit SHA, so a review on an unchanged head
// repeats little):
//   1. REST compare base...head: the merge base, changed files and commits (co-authors).
//   2. One GraphQL query: policy files at the base, governed files at the merge base and the
//      head, reviews, review requests, team members, and (for the check) our existing run and
//      the branch's required checks. When the policy for this base commit is not cached yet it
//      is read first, in a query of its own, beside the compare.
//   3. Only when an approval was given on an older commit whose templates are not cached: one
//      more query for them.
import { classifier } from '../../core/config/governed.js'
import type { Config } from '../../core/config/config.schema.js'
import { scoreChanges } from '../../core/engine.js'
import { ownersForPaths } from '../../core/owners/index.js'
import type { Report } from '../../core/report/types.js'
import { evaluateRouting, routingInput, type PullFacts } from '../../core/routing/index.js'
import type { Review, RoutingDecision } from '../../core/routing/types.js'
import type { FileChange } from '../../core/types.js'
import { POLICY_PATHS, policyFrom, type BasePolicy } from './base-policy.js'
import { cachedText, listPullFiles, needsContent, readText, rememberText, sidesOf, toEntry, toFileChange, type ChangeEntry, type FileText } from './contents.js'
import { readSnapshot, type Snapshot, type SnapshotRequest } from './graphql-snapshot.js'
import type { GitHubClient } from './octokit.js'
import { coAuthorsOf, digestsAt, loadTeams, teamsNamed, type CommitLike } from './pull-facts.js'
import type { RepoRef } from './repo-ref.js'
import { isCommitSha, ShaCache } from './sha-cache.js'

export interface PullToDecide {
  number: number
  author: string
  headSha: string
  /** Base revision for the merge base (the PR's base SHA). */
  baseSha: string
}

/** What the check writer needs to know before it writes, read in the same query: our latest
 * run on the check commit, who is requested now (fresh, unlike the webhook payload), and the
 * checks the base branch requires. */
export type Observed = Pick<Snapshot, 'checkRun' | 'requested' | 'requiredChecks'>

export type PullDecision =
  | { kind: 'no-config'; observed: Observed }
  | { kind: 'invalid-config'; message: string; observed: Observed }
  /** Only with `requireGoverned`: nothing governed changed, so facts were not loaded. */
  | { kind: 'ungoverned'; observed: Observed }
  | { kind: 'decided'; policy: BasePolicy; config: Config; files: FileChange[]; report: Report; facts: PullFacts; decision: RoutingDecision; observed: Observed }

export interface DecideOptions {
  requireGoverned?: boolean
  /** 'always' for recorders, which keep every review even when none was required. */
  loadFacts?: 'always' | 'when-needed'
  /** Also observe our check run on `sha` and the checks `branch` requires. */
  check?: { sha: string; name: string; appId: number | null; branch: string }
}

/** `policyRef`: where policy is read (the base commit for an open PR, the pre-merge base for a merged one). */
export async function decidePull(client: GitHubClient, repo: RepoRef, pull: PullToDecide, policyRef: string, now: Date, options: DecideOptions = {}): Promise<PullDecision> {
  const observing: SnapshotRequest = { pull: pull.number, ...(options.check ? { checkRun: options.check, requiredChecksOf: options.check.branch } : {}) }
  const cachedPolicy = policyCache.get(client, repo, policyRef)
  const [comparison, early] = await Promise.all([compare(client, repo, pull), cachedPolicy ? null : readSnapshot(client, repo, { ...observing, blobs: POLICY_PATHS.map((p) => `${policyRef}:${p}`) })])
  const policy = cachedPolicy ?? policyCache.set(client, repo, policyRef, await policyFromSnapshot(client, repo, policyRef, early!))
  const config = policy.config.ok ? policy.config.value : null
  const classify = config ? classifier(config) : null
  const governed = classify ? comparison.entries.filter((e) => needsContent(classify, e)) : []
  const wanted = governed.flatMap((e) => Object.values(sidesOf(e, comparison.mergeBase, pull.headSha)).filter((s): s is { sha: string; path: string } => s !== null))
  const { known, missing } = splitCached(client, repo, wanted)
  // Owners of every changed path, once: the teams to read now, and the report's owners later.
  const owners = config ? ownersForPaths(comparison.entries.map((e) => e.path), policy.codeowners?.text, config.owners) : {}
  const teams = config ? teamsNamed(governed.flatMap((e) => owners[e.path] ?? []), config) : []
  const needMain = early === null || missing.length > 0 || teams.length > 0
  const main = needMain ? await readSnapshot(client, repo, { ...(early ? {} : observing), blobs: missing.map((s) => `${s.sha}:${s.path}`), teams }) : null
  const seen = early ?? main!
  const observed: Observed = { checkRun: seen.checkRun, requested: seen.requested, requiredChecks: seen.requiredChecks }
  if (!policy.configFound) return { kind: 'no-config', observed }
  if (!policy.config.ok) return { kind: 'invalid-config', message: policy.config.error.message, observed }
  const texts = await completeTexts(client, repo, known, main, missing)
  const files = comparison.entries.map((e) => {
    if (!needsContent(classify!, e)) return { ...e, baseText: null, headText: null }
    const sides = sidesOf(e, comparison.mergeBase, pull.headSha)
    return toFileChange(e, sides.base && texts(sides.base.sha, sides.base.path), sides.head && texts(sides.head.sha, sides.head.path))
  })
  if (options.requireGoverned && !touchesGoverned(files, config!)) return { kind: 'ungoverned', observed }
  const report = scoreChanges({ files, config: config!, ownersOf: (p) => owners[p] ?? [], now })
  // A tier that needs no human (low risk by default) needs no reviews, commits or teams.
  const tier = config!.routing[report.policyFiles.length > 0 ? 'critical' : report.level]
  const needsHumans = tier.approvals > 0 || tier.allOwners || tier.require.length > 0
  const facts = needsHumans || options.loadFacts === 'always' ? await pullFacts(client, repo, pull, report, config!, comparison, seen, { asked: teams, answered: main }) : { author: pull.author, coAuthors: [], reviews: [], teams: {}, headSha: pull.headSha, digestsAt: {} }
  const decision = evaluateRouting(routingInput(report, config!, facts))
  return { kind: 'decided', policy, config: config!, files, report, facts, decision, observed }
}

/** Whether the change touched anything PromptOps governs: templates, memory files or policy files. */
export function touchesGoverned(files: readonly FileChange[], config: Config): boolean {
  const c = classifier(config)
  const governed = (p: string): boolean => c.isTemplate(p) || c.isPolicyFile(p) || c.isMemoryFile(p)
  return files.some((f) => governed(f.path) || (f.oldPath !== undefined && governed(f.oldPath)))
}

/** `teams`: which teams the main query asked for and what it answered. A team asked for and
 * absent from the answer does not exist or cannot be read: it stays absent (fails closed). */
async function pullFacts(client: GitHubClient, repo: RepoRef, pull: PullToDecide, report: Report, config: Config, comparison: Comparison, observedPull: Snapshot, teamsRead: { asked: string[]; answered: Snapshot | null }): Promise<PullFacts> {
  const reviews = observedPull.reviews ?? (await listReviews(client, repo, pull.number))
  const commits = comparison.commitsComplete ? comparison.commits : await listCommits(client, repo, pull.number)
  const named = teamsNamed(report.templates.flatMap((t) => t.owners), config)
  const known = teamsRead.answered?.teams ?? {}
  const toPage = named.filter((t) => !teamsRead.asked.includes(t) || (teamsRead.answered?.teamsToPage.includes(t) ?? false))
  const teams = { ...known, ...(await loadTeams(client, toPage)) }
  return {
    author: pull.author,
    coAuthors: coAuthorsOf(commits, pull.author),
    reviews,
    teams: Object.fromEntries(named.filter((t) => t in teams).map((t) => [t, teams[t]!])),
    headSha: pull.headSha,
    digestsAt: await reviewedDigests(client, repo, reviews, pull.headSha, report),
  }
}

/** Digests of the report's templates at each commit an approval was given on. */
async function reviewedDigests(client: GitHubClient, repo: RepoRef, reviews: Review[], head: string, report: Report): Promise<PullFacts['digestsAt']> {
  const commits = [...new Set(reviews.filter((r) => r.state === 'APPROVED' && r.commit_id && r.commit_id !== head).map((r) => r.commit_id!))]
  const wanted = commits.flatMap((sha) => report.templates.map((t) => ({ sha, path: t.path })))
  const { known, missing } = splitCached(client, repo, wanted)
  const snapshot = missing.length > 0 ? await readSnapshot(client, repo, { blobs: missing.map((s) => `${s.sha}:${s.path}`) }) : null
  const texts = await completeTexts(client, repo, known, snapshot, missing)
  return digestsAt(commits, report.templates.map((t) => t.path), (sha, path) => texts(sha, path)?.text ?? null)
}

type Side = { sha: string; path: string }
const sideKey = (s: Side): string => `${s.sha}:${s.path}`

/** Texts already cached (copied out now, so later evictions cannot lose them) and the rest. */
function splitCached(client: GitHubClient, repo: RepoRef, wanted: readonly Side[]): { known: Map<string, FileText | null>; missing: Side[] } {
  const known = new Map<string, FileText | null>()
  const missing: Side[] = []
  for (const s of wanted) {
    const cached = cachedText(client, repo, s.sha, s.path)
    if (cached === undefined) missing.push(s)
    else known.set(sideKey(s), cached)
  }
  return { known, missing }
}

/** Adds the missing texts from a snapshot (or through REST when GraphQL could not give the
 * exact bytes), remembering them by SHA; the lookup answers from this call's own map. */
async function completeTexts(client: GitHubClient, repo: RepoRef, known: Map<string, FileText | null>, snapshot: Snapshot | null, missing: readonly Side[]): Promise<(sha: string, path: string) => FileText | null> {
  for (const s of missing) {
    const answer = snapshot?.blobs.get(sideKey(s))
    if (answer === undefined) throw new Error(`internal: ${sideKey(s)} was not read`)
    const text = answer === 'refetch' ? await readText(client, repo, s.path, s.sha) : answer
    rememberText(client, repo, s.sha, s.path, text)
    known.set(sideKey(s), text)
  }
  return (sha, path) => known.get(sideKey({ sha, path })) ?? null
}

async function policyFromSnapshot(client: GitHubClient, repo: RepoRef, ref: string, snapshot: Snapshot): Promise<BasePolicy> {
  const texts = new Map<string, FileText | null>()
  for (const path of POLICY_PATHS) {
    const answer = snapshot.blobs.get(`${ref}:${path}`) ?? null
    texts.set(path, answer === 'refetch' ? await readText(client, repo, path, ref) : answer)
  }
  return policyFrom(texts)
}

interface Comparison {
  mergeBase: string
  entries: ChangeEntry[]
  commits: CommitLike[]
  /** False when the PR has more commits than one compare page lists. */
  commitsComplete: boolean
}

/** Compare answers for a pair of commits never change. */
const comparisons = new ShaCache<Comparison>(500)
/** GitHub lists at most 300 files in a comparison; a PR with more is listed in full instead. */
const COMPARE_FILE_LIMIT = 300
const COMMITS_PER_PAGE = 100

async function compare(client: GitHubClient, repo: RepoRef, pull: PullToDecide): Promise<Comparison> {
  const key = `${client.request.endpoint.DEFAULTS.baseUrl} ${repo.owner}/${repo.repo} ${pull.baseSha}...${pull.headSha}`
  if (comparisons.has(key)) return comparisons.get(key)
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${pull.baseSha}...${pull.headSha}`, per_page: COMMITS_PER_PAGE })
  const files = data.files ?? []
  const comparison: Comparison = {
    mergeBase: data.merge_base_commit.sha,
    entries: files.length >= COMPARE_FILE_LIMIT ? await listPullFiles(client, repo, pull.number) : files.map(toEntry),
    // Only what co-authorship needs: whole commit objects would bloat the cache.
    commits: data.commits.map((c) => ({ author: c.author ? { login: c.author.login } : null, committer: c.committer ? { login: c.committer.login } : null, commit: { message: c.commit.message } })),
    commitsComplete: data.commits.length >= data.total_commits,
  }
  if (isCommitSha(pull.baseSha) && isCommitSha(pull.headSha)) comparisons.set(key, comparison)
  return comparison
}

const listReviews = async (client: GitHubClient, repo: RepoRef, number: number): Promise<Review[]> =>
  (await client.paginate(client.rest.pulls.listReviews, { ...repo, pull_number: number, per_page: 100 })).map((r) => ({ id: Number(r.id), user: r.user ? { login: r.user.login } : null, state: r.state as Review['state'], commit_id: r.commit_id ?? null, body: r.body ?? null, ...(r.submitted_at ? { submitted_at: r.submitted_at } : {}) }))

const listCommits = async (client: GitHubClient, repo: RepoRef, number: number): Promise<CommitLike[]> => client.paginate(client.rest.pulls.listCommits, { ...repo, pull_number: number, per_page: 100 })

/** Policy per base commit: a base SHA's config and CODEOWNERS never change. */
const policyCache = {
  entries: new ShaCache<BasePolicy>(200),
  key: (client: GitHubClient, repo: RepoRef, ref: string) => `${client.request.endpoint.DEFAULTS.baseUrl} ${repo.owner}/${repo.repo}@${ref}`,
  get(client: GitHubClient, repo: RepoRef, ref: string): BasePolicy | null {
    const key = this.key(client, repo, ref)
    return isCommitSha(ref) && this.entries.has(key) ? this.entries.get(key) : null
  },
  set(client: GitHubClient, repo: RepoRef, ref: string, policy: BasePolicy): BasePolicy {
    if (isCommitSha(ref)) this.entries.set(this.key(client, repo, ref), policy)
    return policy
  },
}

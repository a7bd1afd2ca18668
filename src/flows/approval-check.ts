// The `promptops/approval` use-case: an event about a pull request → decide every open pull
// request that shares its head commit, under each one's own base branch → one check on that
// commit → review requests. Nothing from the webhook payload is trusted beyond the PR number:
// the current head and base are read from GitHub, payload values only save a round trip when
// they are still current, and a head the PR left behind is re-decided (usually: superseded).
import {
  APPROVAL_CHECK_NAME,
  planHeadCheck,
  planReviewRequests,
  planSetupWarning,
  type PullOutcome,
} from '../core/plan/approval-check.js'
import { checkSetup } from '../core/setup/protection.js'
import { describeSla, firstReviewAt, slaPolicy, slaStatus } from '../core/governance/sla.js'
import { requestReviewers, writeApprovalCheck } from '../adapters/github/approval-outputs.js'
import { POLICY_PATHS } from '../adapters/github/base-policy.js'
import type { GitHubCache } from '../adapters/github/cache.js'
import { compareCommits } from '../adapters/github/compare.js'
import { decidePull, type PullDecision } from './decide-pull.js'
import { readFileStates } from '../adapters/github/file-states.js'
import type { Snapshot } from '../adapters/github/graphql/answer.js'
import { readSnapshot } from '../adapters/github/graphql/read.js'
import type { SnapshotRequest } from '../adapters/github/graphql/request.js'
import type { GitHubClient } from '../adapters/github/octokit.js'
import type { RepoRef } from '../adapters/github/repo-ref.js'

export interface Trigger {
  pull: number
  /** What the event said, used only while it is still true. */
  hint?: { head?: string; base?: string; baseRef?: string }
  /** Heads the pull request had before these events (`synchronize`'s `before`). */
  left?: readonly string[]
}

export interface HeadEvaluation {
  sha: string
  /** The pull requests decided, as `number>base`. */
  pulls: string[]
  conclusion: 'success' | 'action_required' | 'failure'
  write: 'created' | 'updated' | 'unchanged' | 'skipped'
  requested: boolean
}

export interface CheckOptions {
  /** This app's id: only its own runs are read, and the setup warning checks the pin. */
  appId: number | null
  now: () => Date
  /** Answers by SHA, kept between events by the shell. */
  cache: GitHubCache
}

/** `audit.branch`'s default; the configured name is read once the policy is known. */
const DEFAULT_AUDIT_BRANCH = 'promptops-audit'

/** Re-reads after a passing write that found the pull requests moved, before giving up. */
const MAX_ROUNDS = 3

export async function evaluateTrigger(
  client: GitHubClient,
  repo: RepoRef,
  trigger: Trigger,
  options: CheckOptions,
): Promise<HeadEvaluation[]> {
  try {
    return await evaluateRounds(client, repo, trigger, options)
  } catch (error) {
    // Fail closed where we can: the hinted head gets a failing check naming the cause.
    const sha = trigger.hint?.head
    if (sha) {
      const plan = planHeadCheck([
        {
          pull: trigger.pull,
          base: trigger.hint?.baseRef ?? '',
          kind: 'failed',
          title: 'PromptOps could not evaluate this pull request',
          details: `The evaluation failed, so the check fails closed. Re-run the check once the cause is fixed.\n\n${(error as Error).message}`,
        },
      ])
      await writeApprovalCheck(client, repo, sha, plan, null).catch(() => undefined)
    }
    throw error
  }
}

async function evaluateRounds(
  client: GitHubClient,
  repo: RepoRef,
  trigger: Trigger,
  options: CheckOptions,
): Promise<HeadEvaluation[]> {
  const results: HeadEvaluation[] = []
  let hint = trigger.hint
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const first = await readTriggerPull(client, repo, trigger, hint, options)
    const pull = first.pull
    if (!pull) return results
    // Heads the pull request left behind keep no passing check: a force-push back to one must
    // not find an old success waiting (a run that did not pass is harmless and left alone).
    const left = [
      ...new Set([...(trigger.left ?? []), hint?.head].filter((s): s is string => s !== undefined && s !== pull.headSha)),
    ]
    for (const sha of left)
      if (first.checkRuns.get(sha)?.conclusion === 'success') results.push(await evaluateHead(client, repo, sha, null, options))
    if (pull.state !== 'OPEN') return results
    // The first read answered for the hinted head and base; reusable only if they are current.
    const fresh = hint?.head === pull.headSha && hint.baseRef === pull.baseRef
    const current = await evaluateHead(client, repo, pull.headSha, { number: trigger.pull, snapshot: first, fresh }, options)
    results.push(current)
    // A pass is only as good as the state it was decided on: if the pull requests moved while
    // deciding (another replica, a quick base switch), decide again.
    if (current.conclusion !== 'success' || (await stillCurrent(client, repo, current))) return results
    hint = undefined
  }
  return results
}

/** Merge queue: the group's head commit needs the check too, and it passes only when every
 * pull request the group contains is approved, each re-decided now at its current head. */
export async function evaluateMergeGroup(
  client: GitHubClient,
  repo: RepoRef,
  group: { headSha: string; baseRef: string },
  options: CheckOptions,
): Promise<HeadEvaluation> {
  const snapshot = await readSnapshot(client, repo, {
    mergeQueueOf: group.baseRef,
    checkRuns: { shas: [group.headSha], name: APPROVAL_CHECK_NAME, appId: options.appId },
  })
  const queue = snapshot.mergeQueue
  const at = queue?.findIndex((e) => e.headSha === group.headSha) ?? -1
  const existing = snapshot.checkRuns.get(group.headSha) ?? null
  if (!queue || at < 0) {
    const plan = planHeadCheck([
      {
        pull: 0,
        base: group.baseRef,
        kind: 'failed',
        title: 'Merge group not found in the merge queue',
        details: `PromptOps could not read which pull requests the merge group ${group.headSha} contains (${queue ? 'no queue entry has this head commit' : 'the merge queue is not readable'}), so it cannot vouch for them.`,
      },
    ])
    return {
      sha: group.headSha,
      pulls: [],
      conclusion: 'failure',
      write: await writeApprovalCheck(client, repo, group.headSha, plan, null, existing),
      requested: false,
    }
  }
  const numbers = queue.slice(0, at + 1).map((e) => e.number)
  const decided: string[] = []
  const outcomes: PullOutcome[] = []
  for (const number of numbers) {
    const state = await readSnapshot(client, repo, { pull: { number, details: true } })
    const pr = state.pull
    if (!pr || pr.state !== 'OPEN') {
      outcomes.push({
        pull: number,
        base: group.baseRef,
        kind: 'failed',
        title: `#${number} is not open`,
        details: `Pull request #${number} in the merge group is not open.`,
      })
      continue
    }
    // The group's head holds the PRs queued before this one: their templates' includes count too.
    const decision = await decidePull(
      client,
      repo,
      options.cache,
      { number, author: pr.author?.login ?? '', headSha: pr.headSha, baseSha: pr.baseSha },
      pr.baseSha,
      options.now(),
      { prefetched: state, includesAt: [group.headSha] },
    )
    outcomes.push(toOutcome(number, pr.baseRef, decision, options))
    decided.push(`${number}>${pr.baseRef}`)
  }
  const plan = planHeadCheck(outcomes)
  return {
    sha: group.headSha,
    pulls: decided,
    conclusion: plan.conclusion,
    write: await writeApprovalCheck(client, repo, group.headSha, plan, null, existing),
    requested: false,
  }
}

/** The pull request now, plus what the event's hints let one query answer at once: policy at
 * the hinted base, open PRs on the hinted head, our runs there and on the previous head, the
 * base branch's required checks. The hinted comparison starts alongside (cached by SHA). */
async function readTriggerPull(
  client: GitHubClient,
  repo: RepoRef,
  trigger: Trigger,
  hint: Trigger['hint'],
  options: CheckOptions,
): Promise<Snapshot> {
  const shas = [...new Set([hint?.head, ...(trigger.left ?? [])].filter((s): s is string => s !== undefined))]
  const request: SnapshotRequest = {
    pull: { number: trigger.pull, details: true },
    ...(hint?.head ? { headPulls: hint.head } : {}),
    ...(shas.length > 0 ? { checkRuns: { shas, name: APPROVAL_CHECK_NAME, appId: options.appId } } : {}),
    ...(hint?.baseRef ? { branches: [hint.baseRef, DEFAULT_AUDIT_BRANCH] } : {}),
  }
  const base = hint?.base
  const policy = base ? POLICY_PATHS.map((path) => ({ commit: base, path })) : []
  const compared =
    base && hint.head ? compareCommits(client, repo, options.cache, base, hint.head, trigger.pull).catch(() => null) : null
  const [{ snapshot }] = await Promise.all([readFileStates(client, repo, options.cache, policy, request), compared])
  // readFileStates always queries when given a request.
  if (snapshot === null) throw new Error(`internal: pull request #${trigger.pull} was not read`)
  return snapshot
}

interface Known {
  number: number
  snapshot: Snapshot
  /** Whether the snapshot's head and base parts were asked for the current head and base. */
  fresh: boolean
}

/** Decides every open pull request whose head is `sha` and writes the check on `sha`. */
async function evaluateHead(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  known: Known | null,
  options: CheckOptions,
): Promise<HeadEvaluation> {
  const base = known?.snapshot.pull?.baseRef
  const around = known?.fresh
    ? known.snapshot
    : await readSnapshot(client, repo, {
        headPulls: sha,
        checkRuns: { shas: [sha], name: APPROVAL_CHECK_NAME, appId: options.appId },
        ...(base ? { branches: [base, DEFAULT_AUDIT_BRANCH] } : {}),
      })
  const existing = around.checkRuns.get(sha) ?? null
  const sharing = around.headPulls
  if (sharing === null || sharing === undefined) {
    const plan = planHeadCheck([
      {
        pull: known?.number ?? 0,
        base: base ?? '',
        kind: 'failed',
        title: 'Too many pull requests share this commit',
        details:
          'More open pull requests have this commit as their head than PromptOps can read at once, so it cannot vouch for all of them.',
      },
    ])
    return {
      sha,
      pulls: [],
      conclusion: 'failure',
      write: await writeApprovalCheck(client, repo, sha, plan, null, existing),
      requested: false,
    }
  }
  const outcomes: PullOutcome[] = []
  const errors: unknown[] = []
  let asked: { number: number; decision: PullDecision } | null = null
  let auditBranch = DEFAULT_AUDIT_BRANCH
  for (const { number, baseRef } of sharing) {
    try {
      const snapshot =
        number === known?.number ? known.snapshot : await readSnapshot(client, repo, { pull: { number, details: true } })
      const pr = snapshot.pull
      if (!pr || pr.headSha !== sha || pr.state !== 'OPEN') continue
      const decided = await decidePull(
        client,
        repo,
        options.cache,
        { number, author: pr.author?.login ?? '', headSha: sha, baseSha: pr.baseSha },
        pr.baseSha,
        options.now(),
        { prefetched: snapshot },
      )
      outcomes.push(toOutcome(number, pr.baseRef, decided, options))
      if (number === known?.number) {
        asked = { number, decision: decided }
        if (decided.kind === 'decided') auditBranch = decided.config.audit.branch
      }
    } catch (error) {
      // One pull request that cannot be decided fails the check closed; the others still show.
      errors.push(error)
      outcomes.push({
        pull: number,
        base: baseRef,
        kind: 'failed',
        title: 'PromptOps could not evaluate this pull request',
        details: `The evaluation failed, so the check fails closed. Re-run the check once the cause is fixed.\n\n${(error as Error).message}`,
      })
    }
  }
  const warning = base ? await setupWarning(client, repo, around, base, auditBranch, options) : null
  const plan = planHeadCheck(outcomes, warning ? [warning] : [])
  const write = await writeApprovalCheck(client, repo, sha, plan, known?.snapshot.pull?.url ?? null, existing)
  if (errors.length > 0) throw errors[0]
  const requested = asked && known ? await askReviewers(client, repo, asked, known.snapshot) : false
  return { sha, pulls: outcomes.map((o) => `${o.pull}>${o.base}`), conclusion: plan.conclusion, write, requested }
}

function toOutcome(number: number, base: string, decided: PullDecision, options: CheckOptions): PullOutcome {
  switch (decided.kind) {
    case 'no-config':
      return {
        pull: number,
        base,
        kind: 'failed',
        title: 'No PromptOps config on the base branch',
        details: `Add \`.github/promptops.yml\` to \`${base}\` (even an empty file uses the defaults). Until then prompt changes cannot be approved.`,
      }
    case 'invalid-config':
      return {
        pull: number,
        base,
        kind: 'failed',
        title: 'Invalid PromptOps config on the base branch',
        details: `Fix \`.github/promptops.yml\` on \`${base}\`:\n\n\`\`\`\n${decided.message}\n\`\`\``,
      }
    case 'incomplete':
      return { pull: number, base, kind: 'failed', title: 'PromptOps cannot see this change completely', details: decided.reason }
    case 'ungoverned':
      throw new Error('unreachable: governed-only evaluation was not requested')
    case 'decided': {
      const { decision, report, config, facts } = decided
      // Review SLA: shown while humans are needed, so reviewers see when it is due.
      const policy = decision.requirements.length > 0 ? slaPolicy(report, config) : null
      const createdAt = decided.observed.pull?.createdAt ?? null
      const sla =
        policy && createdAt
          ? describeSla(slaStatus(policy, createdAt, firstReviewAt(facts.reviews, facts.author), options.now()))
          : null
      return { pull: number, base, kind: 'decided', decision, notes: sla ? [sla] : [] }
    }
  }
}

async function askReviewers(
  client: GitHubClient,
  repo: RepoRef,
  target: { number: number; decision: PullDecision },
  snapshot: Snapshot,
): Promise<boolean> {
  if (target.decision.kind !== 'decided') return false
  const { decision, facts } = target.decision
  const reviewers = facts.reviews.flatMap((r) => (r.user ? [r.user.login] : []))
  const requested = snapshot.requested ?? { users: [], teams: [] }
  const plan = planReviewRequests(decision, {
    author: facts.author,
    requestedUsers: requested.users,
    requestedTeams: requested.teams,
    reviewers,
    org: repo.owner,
  })
  return requestReviewers(client, repo, target.number, plan, snapshot.requested)
}

/** The base branch's and the audit branch's protection, judged by `checkSetup`; null when this
 * server cannot tell (older GHES) or all is well. */
async function setupWarning(
  client: GitHubClient,
  repo: RepoRef,
  around: Snapshot,
  base: string,
  auditBranch: string,
  options: CheckOptions,
): Promise<string | null> {
  const missing = [base, auditBranch].filter((b) => !around.branches.has(b))
  const branches =
    missing.length === 0
      ? around.branches
      : new Map([...around.branches, ...(await readSnapshot(client, repo, { branches: missing })).branches])
  const baseSettings = branches.get(base)
  const auditSettings = branches.get(auditBranch)
  if (!baseSettings || !auditSettings) return null
  const app = options.appId === null ? null : { id: options.appId, how: 'this App' }
  // GraphQL cannot read rulesets that target a branch that does not exist yet: the audit
  // branch is judged once the first merge created it (`promptops doctor` reads it through REST).
  const checks = checkSetup({ base: baseSettings, audit: auditSettings, app, posters: null })
  return planSetupWarning(auditSettings.exists === false ? checks.filter((c) => !c.id.startsWith('audit-branch')) : checks)
}

/** After a passing write: are the pull requests on this head, and their bases, the ones decided? */
async function stillCurrent(client: GitHubClient, repo: RepoRef, evaluation: HeadEvaluation): Promise<boolean> {
  const now = await readSnapshot(client, repo, { headPulls: evaluation.sha })
  if (!now.headPulls) return false
  return now.headPulls.map((p) => `${p.number}>${p.baseRef}`).join(',') === evaluation.pulls.join(',')
}

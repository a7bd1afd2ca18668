// In-memory GitHub state that has no git equivalent: pulls, labels, comments, check runs,
// reviews, teams, protection. Timestamps come from a deterministic clock (1 s per tick).
import { ZERO_SHA, type Git } from './git.js'
import type { AppInfo } from './fixtures/users.js'
import { writeNestedTree } from './tree-writer.js'

export interface PullRecord {
  number: number
  title: string
  body: string | null
  author: string
  /** Branch name shown as head.ref */
  headRef: string
  headSha: string
  baseRef: string
  state: 'open' | 'closed'
  merged: boolean
  draft: boolean
  /** Head lives in a fork (`<author>/<repo>`), as for fork PRs. */
  fork: boolean
  labels: string[]
  requestedReviewers: string[]
  requestedTeams: string[]
  createdAt: string
  updatedAt: string
  closedAt: string | null
  /** Set by `mergePull`: the merge commit and when it landed. */
  mergeCommitSha: string | null
  mergedAt: string | null
  /** Base branch tip when the PR was merged; GitHub freezes `base.sha` and the file list then. */
  baseShaAtClose: string | null
}

export interface LabelRecord {
  id: number
  name: string
  color: string
  description: string | null
}

export interface CommentRecord {
  id: number
  issue: number
  user: string
  body: string
  createdAt: string
  updatedAt: string
}

export interface ReviewRecord {
  id: number
  pull: number
  user: string
  body: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING' | 'DISMISSED'
  commitId: string
  submittedAt: string
  /** Who last edited the body and when (anyone with write access may edit a review's body). */
  editedBy?: string
  editedAt?: string
}

export interface Annotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: string
  message: string
  [key: string]: unknown
}

export interface CheckRunRecord {
  id: number
  name: string
  headSha: string
  status: string
  conclusion: string | null
  startedAt: string | null
  completedAt: string | null
  externalId: string | null
  detailsUrl: string | null
  output: { title: string | null; summary: string | null; text: string | null }
  annotations: Annotation[]
  /** The App that created it, when not the installed one (a token from the `apps` option). */
  app?: AppInfo
}

/** A required status check: a bare context may come from any source; `appId` pins its App. */
export type RequiredCheckInput = string | { context: string; appId: number | null }

export const requiredCheck = (c: RequiredCheckInput): { context: string; appId: number | null } =>
  typeof c === 'string' ? { context: c, appId: null } : c

/** Classic branch protection of one branch (GET …/branches/{branch}/protection). */
export interface BranchProtectionInput {
  /** Pull requests (and their review settings) required; default true. */
  requirePullRequest?: boolean
  requiredApprovingReviewCount?: number
  requireCodeOwnerReviews?: boolean
  requireLastPushApproval?: boolean
  requiredStatusChecks?: RequiredCheckInput[]
  /** "Require branches to be up to date before merging"; default true. */
  requireUpToDate?: boolean
  enforceAdmins?: boolean
  /** GitHub's defaults for a protected branch: force pushes and deletion blocked. */
  allowForcePushes?: boolean
  allowDeletions?: boolean
}

/** One rule of a repository ruleset (GET …/rules/branches/{branch} lists the active ones). */
export type RuleInput =
  | {
      type: 'pull_request'
      requiredApprovingReviewCount?: number
      requireCodeOwnerReview?: boolean
      requireLastPushApproval?: boolean
    }
  | { type: 'required_status_checks'; checks: RequiredCheckInput[]; /** strict policy; default true */ upToDate?: boolean }
  | { type: 'merge_queue' }
  | { type: 'non_fast_forward' }
  | { type: 'deletion' }

/** An active repository ruleset targeting the named branches. */
export interface RulesetInput {
  name: string
  branches: string[]
  rules: RuleInput[]
}

/** One entry of the repository activity API: a push (or force push, branch creation) by an account. */
export interface ActivityRecord {
  id: number
  ref: string
  before: string
  after: string
  actor: string
  type: 'push' | 'force_push' | 'branch_creation' | 'branch_deletion' | 'pr_merge' | 'merge_queue_merge'
  timestamp: string
}

/** A timeline event that changes what a pull request is compared with. */
export interface BaseChangeRecord {
  pull: number
  type: 'BaseRefChangedEvent' | 'BaseRefForcePushedEvent'
  actor: string
  at: string
  previous: string
  current: string
}

/** One pull request waiting in a branch's merge queue; `headSha` is its merge group's head. */
export interface QueueEntry {
  pull: number
  headSha: string
  baseSha: string
}

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'

export interface CreatePullInput {
  number?: number
  /** A commit SHA or a branch name. With `files`, the branch is created/advanced. */
  head: string
  base: string
  author: string
  title: string
  body?: string | null
  /** path → new content (null deletes), committed on top of head (or base when head is new). */
  files?: Record<string, string | null>
  draft?: boolean
  fork?: boolean
  /** Who pushed the commits of `files` (default: the author). */
  pusher?: string
  state?: 'open' | 'closed'
  merged?: boolean
  labels?: string[]
}

export class EmulatorState {
  readonly pulls = new Map<number, PullRecord>()
  readonly labels = new Map<string, LabelRecord>()
  readonly comments = new Map<number, CommentRecord>()
  readonly reviews: ReviewRecord[] = []
  readonly checkRuns = new Map<number, CheckRunRecord>()
  /** "org/slug" → member logins */
  readonly teams = new Map<string, string[]>()
  readonly protection = new Map<string, BranchProtectionInput>()
  /** Pushes and other ref updates, newest last. */
  readonly activity: ActivityRecord[] = []
  readonly baseChanges: BaseChangeRecord[] = []
  /** Branch → queued pull requests, in queue order. */
  readonly mergeQueues = new Map<string, QueueEntry[]>()
  /** Login (lowercase) → permission; anyone not listed can push (write), as a team's members do. */
  readonly permissions = new Map<string, Permission>()
  /** Verified e-mail (lowercase) → login, as GitHub links commit addresses to accounts. */
  readonly userEmails = new Map<string, string>()
  readonly rulesets: RulesetInput[] = []
  codeownersErrors: Array<{ line: number; column: number; kind: string; message: string; path: string }> = []
  #nextId = 1000
  #tick = 0

  constructor(
    readonly git: Git,
    readonly startTime = Date.parse('2026-01-01T00:00:00Z'),
  ) {}

  nextId(): number {
    return ++this.#nextId
  }

  /** Deterministic ISO timestamp; each call advances one second. */
  now(): string {
    return new Date(this.startTime + 1000 * this.#tick++).toISOString().replace('.000Z', 'Z')
  }

  addLabel(name: string, color = 'ededed', description: string | null = null): LabelRecord {
    const existing = this.labels.get(name.toLowerCase())
    if (existing) return existing
    const label = { id: this.nextId(), name, color, description }
    this.labels.set(name.toLowerCase(), label)
    return label
  }

  setTeam(org: string, slug: string, members: string[]): void {
    this.teams.set(`${org}/${slug}`, members)
  }

  permissionOf(login: string): Permission {
    return this.permissions.get(login.toLowerCase()) ?? 'write'
  }

  /** Records a ref update by `actor`, as the repository activity API lists it. */
  recordPush(ref: string, before: string, after: string, actor: string, type: ActivityRecord['type'] = 'push'): ActivityRecord {
    const record = {
      id: this.nextId(),
      ref: ref.startsWith('refs/') ? ref : `refs/heads/${ref}`,
      before,
      after,
      actor,
      type,
      timestamp: this.now(),
    }
    this.activity.push(record)
    return record
  }

  /** Retargets an open pull request at another base branch (the "Edit" button), recording the
   * timeline event GitHub shows. */
  changeBase(number: number, base: string, actor: string): BaseChangeRecord {
    const pr = this.pulls.get(number)
    if (!pr) throw new Error(`no pull request #${number}`)
    const record: BaseChangeRecord = {
      pull: number,
      type: 'BaseRefChangedEvent',
      actor,
      at: this.now(),
      previous: pr.baseRef,
      current: base,
    }
    pr.baseRef = base
    pr.updatedAt = record.at
    this.baseChanges.push(record)
    return record
  }

  addReview(pull: number, user: string, state: ReviewRecord['state'], body = '', commitId?: string): ReviewRecord {
    const pr = this.pulls.get(pull)
    if (!pr) throw new Error(`no pull request #${pull}`)
    const review = { id: this.nextId(), pull, user, body, state, commitId: commitId ?? pr.headSha, submittedAt: this.now() }
    this.reviews.push(review)
    return review
  }

  /** Edits a review's body as `editor` (GitHub lets anyone with write access do it; GraphQL
   * then shows `editor` and `lastEditedAt`). */
  editReview(id: number, body: string, editor: string): ReviewRecord {
    const review = this.reviews.find((r) => r.id === id)
    if (!review) throw new Error(`no review ${id}`)
    Object.assign(review, { body, editedBy: editor, editedAt: this.now() })
    return review
  }

  /** Opens a pull request backed by real git commits; the file list is always computed from git. */
  async createPull(input: CreatePullInput): Promise<PullRecord> {
    const number = input.number ?? Math.max(0, ...this.pulls.keys()) + 1
    if (this.pulls.has(number)) throw new Error(`pull request #${number} exists`)
    if (!(await this.git.resolveCommit(input.base))) throw new Error(`base ${input.base} does not exist`)
    const isSha = /^[0-9a-f]{40}$/.test(input.head)
    let headSha = await this.git.resolveCommit(isSha ? input.head : `refs/heads/${input.head}`)
    if (input.files)
      headSha = await this.#commitFiles(input, headSha ?? (await this.git.revParse(`refs/heads/${input.base}`)), isSha)
    if (!headSha) throw new Error(`head ${input.head} does not exist`)
    // A branch made outside the emulator was pushed by someone too: by the author, unless told.
    if (!input.files && !isSha && !this.activity.some((a) => a.ref === `refs/heads/${input.head}` && a.after === headSha))
      this.recordPush(input.head, ZERO_SHA, headSha, input.pusher ?? input.author, 'branch_creation')
    await this.git.run(['update-ref', `refs/pull/${number}/head`, headSha])
    const at = this.now()
    const closed = input.state === 'closed' || input.merged === true
    const pr: PullRecord = {
      number,
      title: input.title,
      body: input.body ?? null,
      author: input.author,
      headRef: isSha ? `pr-${number}` : input.head,
      headSha,
      baseRef: input.base,
      state: closed ? 'closed' : 'open',
      merged: input.merged ?? false,
      draft: input.draft ?? false,
      fork: input.fork ?? false,
      labels: [],
      requestedReviewers: [],
      requestedTeams: [],
      createdAt: at,
      updatedAt: at,
      closedAt: closed ? this.now() : null,
      mergeCommitSha: null,
      mergedAt: null,
      baseShaAtClose: null,
    }
    for (const name of input.labels ?? []) pr.labels.push(this.addLabel(name).name)
    this.pulls.set(number, pr)
    return pr
  }

  /** Merges an open PR like the merge button: a real two-parent merge commit on the base
   * branch (compare-and-swap), then the PR is closed with `merged_at` / `merge_commit_sha`. */
  async mergePull(number: number, mergedBy = 'admin'): Promise<PullRecord> {
    const pr = this.pulls.get(number)
    if (!pr || pr.state !== 'open') throw new Error(`pull request #${number} is not open`)
    const ref = `refs/heads/${pr.baseRef}`
    const base = await this.git.revParse(`${ref}^{commit}`)
    const tree = (await this.git.text(['merge-tree', '--write-tree', base, pr.headSha])).split('\n')[0]!.trim()
    const person = { name: mergedBy, email: `${mergedBy}@users.noreply.github.com`, date: this.now() }
    const message = `Merge pull request #${number} from ${pr.headRef}\n\n${pr.title}`
    const commit = await this.git.commitTree(tree, [base, pr.headSha], message, person, person)
    if (!(await this.git.updateRef(ref, commit, base))) throw new Error(`could not move ${ref}`)
    this.recordPush(ref, base, commit, mergedBy, 'pr_merge')
    Object.assign(pr, {
      state: 'closed',
      merged: true,
      mergeCommitSha: commit,
      mergedAt: person.date,
      closedAt: person.date,
      updatedAt: person.date,
      baseShaAtClose: base,
    })
    return pr
  }

  async #commitFiles(input: CreatePullInput, parent: string, isSha: boolean): Promise<string> {
    const changes = Object.entries(input.files ?? {})
    const entries = await this.git.lsTree(parent, true)
    const blobs = new Map(entries.filter((e) => e.type !== 'tree').map((e) => [e.path, e]))
    const written = changes.filter((c): c is [string, string] => c[1] !== null)
    const shas = await this.git.writeBlobs(written.map(([, content]) => Buffer.from(content)))
    for (const [path, content] of changes) if (content === null) blobs.delete(path)
    written.forEach(([path], i) => blobs.set(path, { mode: '100644', type: 'blob', sha: shas[i] ?? '', path }))
    const tree = await writeNestedTree(this.git, [...blobs.values()])
    const person = { name: input.author, email: `${input.author}@users.noreply.github.com`, date: this.now() }
    const sha = await this.git.commitTree(tree, [parent], input.title, person, person)
    if (!isSha) {
      const ref = `refs/heads/${input.head}`
      const old = (await this.git.resolveCommit(ref)) ?? ZERO_SHA
      if (!(await this.git.updateRef(ref, sha, old))) throw new Error(`could not move ${ref}`)
      this.recordPush(ref, old, sha, input.pusher ?? input.author, old === ZERO_SHA ? 'branch_creation' : 'push')
    }
    return sha
  }
}

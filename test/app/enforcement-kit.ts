// Building blocks for the enforcement attack tests: commits with exact bytes, modes, authors and
// pushers; pushes, base switches and reviews delivered to the real App as GitHub would send them.
import { ZERO_SHA } from '../github-emulator/git.js'
import type { Emulator } from '../github-emulator/index.js'
import type { PullRecord } from '../github-emulator/state.js'
import { writeNestedTree } from '../github-emulator/tree-writer.js'
import { deliver, pullRequestPayload, reviewPayload, settledCheck, type AppProcess, type Delivery } from './harness.js'

export const REF = { owner: 'acme', repo: 'prompts' }

/** A path's new content: text, exact bytes, a symbolic link, or null to delete it. */
export type Content = string | Buffer | { symlink: string } | null

export interface CommitOptions {
  /** Git author and committer (name and e-mail), default the login's noreply address. */
  author?: string
  email?: string
  message?: string
}

export class Kit {
  constructor(
    readonly emulator: Emulator,
    readonly app: AppProcess,
  ) {}

  /** A commit of `files` on top of `parent` (no ref moves). */
  async commit(parent: string, files: Record<string, Content>, options: CommitOptions = {}): Promise<string> {
    const { git } = this.emulator
    const entries = new Map((await git.lsTree(parent, true)).filter((e) => e.type !== 'tree').map((e) => [e.path, e]))
    const written = Object.entries(files).filter((f): f is [string, Exclude<Content, null>] => f[1] !== null)
    // One git process for every blob: a commit of hundreds of files stays fast.
    const shas = await git.writeBlobs(
      written.map(([, content]) =>
        typeof content === 'string' ? Buffer.from(content) : Buffer.isBuffer(content) ? content : Buffer.from(content.symlink),
      ),
    )
    for (const [path, content] of Object.entries(files)) if (content === null) entries.delete(path)
    written.forEach(([path, content], i) =>
      entries.set(path, {
        mode: typeof content === 'object' && !Buffer.isBuffer(content) ? '120000' : '100644',
        type: 'blob',
        sha: shas[i]!,
        path,
      }),
    )
    const tree = await writeNestedTree(git, [...entries.values()])
    const login = options.author ?? 'admin'
    const person = { name: login, email: options.email ?? `${login}@users.noreply.github.com`, date: this.emulator.state.now() }
    return git.commitTree(tree, [parent], options.message ?? 'change', person, person)
  }

  /** Moves a branch (creating it), recording who pushed. */
  async setBranch(branch: string, sha: string, pusher = 'admin'): Promise<void> {
    const ref = `refs/heads/${branch}`
    const old = (await this.emulator.git.resolveCommit(ref)) ?? ZERO_SHA
    await this.emulator.git.run(['update-ref', ref, sha])
    this.emulator.state.recordPush(ref, old, sha, pusher, old === ZERO_SHA ? 'branch_creation' : 'push')
  }

  /** A branch cut from `from` with `files` committed on it; returns its tip. */
  async branch(name: string, from: string, files: Record<string, Content>, options: CommitOptions = {}): Promise<string> {
    const base = await this.emulator.git.revParse(`refs/heads/${from}^{commit}`)
    const sha = await this.commit(base, files, options)
    await this.setBranch(name, sha, options.author)
    return sha
  }

  /** Opens a pull request and delivers `opened`. */
  async open(head: string, base: string, author: string, files?: Record<string, string | null>): Promise<PullRecord> {
    const pr = await this.emulator.state.createPull({
      head,
      base,
      author,
      title: `${head} → ${base}`,
      ...(files ? { files } : {}),
    })
    await this.send('pull_request', await pullRequestPayload(this.emulator, REF, pr.number, 'opened'))
    return pr
  }

  /** A push to the pull request's branch by `pusher` (a force-push when `to` is given). */
  async push(
    pr: PullRecord,
    files: Record<string, Content>,
    options: CommitOptions & { pusher?: string; deliver?: boolean } = {},
  ): Promise<{ before: string; after: string }> {
    const before = pr.headSha
    const after = await this.commit(before, files, { author: options.author ?? pr.author, ...options })
    return this.moveHead(pr, after, options.pusher ?? pr.author, options.deliver ?? true)
  }

  /** Points the pull request's branch at `sha` (a force-push), optionally delivering `synchronize`. */
  async moveHead(pr: PullRecord, sha: string, pusher: string, deliverEvent = true): Promise<{ before: string; after: string }> {
    const before = pr.headSha
    await this.emulator.git.run(['update-ref', `refs/heads/${pr.headRef}`, sha])
    await this.emulator.git.run(['update-ref', `refs/pull/${pr.number}/head`, sha])
    this.emulator.state.recordPush(
      pr.headRef,
      before,
      sha,
      pusher,
      (await this.emulator.git.isAncestor(before, sha)) ? 'push' : 'force_push',
    )
    pr.headSha = sha
    pr.updatedAt = this.emulator.state.now()
    if (deliverEvent)
      await this.send(
        'pull_request',
        await pullRequestPayload(this.emulator, REF, pr.number, 'synchronize', { before, after: sha }),
      )
    return { before, after: sha }
  }

  /** Retargets the pull request (the "Edit" button) and delivers `edited` with the base change. */
  async retarget(pr: PullRecord, base: string, actor: string): Promise<Record<string, unknown>> {
    const from = pr.baseRef
    this.emulator.state.changeBase(pr.number, base, actor)
    const payload = await pullRequestPayload(this.emulator, REF, pr.number, 'edited', {
      changes: { base: { ref: { from }, sha: { from: 'x' } } },
    })
    await this.send('pull_request', payload)
    return payload
  }

  async review(pr: PullRecord, login: string, state: 'APPROVED' | 'CHANGES_REQUESTED' = 'APPROVED'): Promise<void> {
    const review = this.emulator.state.addReview(pr.number, login, state)
    await this.send('pull_request_review', await reviewPayload(this.emulator, REF, pr.number, review.id))
  }

  async send(event: string, payload: unknown): Promise<Delivery> {
    const d = await deliver(this.app, this.emulator, event, payload)
    if (d.status !== 200) throw new Error(`${event}: HTTP ${d.status} ${d.body}\n${this.app.output()}`)
    return d
  }

  check(sha: string) {
    return settledCheck(this.emulator, sha)
  }

  /** The latest `promptops/approval` on `sha`, or undefined (no waiting). */
  latest(sha: string) {
    return [...this.emulator.state.checkRuns.values()].filter((c) => c.name === 'promptops/approval' && c.headSha === sha).at(-1)
  }
}

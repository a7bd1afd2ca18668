// Fields the approval check relies on to know exactly what it judges and who may approve:
// Commit.file (a path's tree entry: mode, type, object), Commit.authors (git author and
// Co-authored-by trailers, linked to accounts by verified address), Commit.associatedPullRequests,
// PullRequest.timelineItems (base changes), PullRequestReview.authorCanPushToRepository and
// Repository.mergeQueue. All read the same git repository and state as REST.
import type { GitPerson, TreeEntry } from '../git.js'
import { nodeId, stableId } from '../fixtures/users.js'
import type { PullRecord, QueueEntry } from '../state.js'
import { connection } from './connection.js'
import { argsOf, type GraphQLContext, type Resolver, type Resolvers } from './resolver.js'
import { commitSource, type CommitSource, type PullSource, type ReviewSource } from './sources.js'

const NOREPLY = '@users.noreply.github.com'

/** The account GitHub links an address to: noreply addresses, or a verified e-mail. */
export function userOfEmail(ctx: GraphQLContext, email: string): { __typename: 'User'; login: string } | null {
  const lower = email.toLowerCase()
  const linked = ctx.emu.state.userEmails.get(lower)
  if (linked) return { __typename: 'User', login: linked }
  if (!lower.endsWith(NOREPLY)) return null
  const login = email.slice(0, -NOREPLY.length).replace(/^\d+\+/, '')
  return login && !login.endsWith('[bot]') ? { __typename: 'User', login } : null
}

/** Commit.file(path): the tree entry at that path, or null. */
export const commitFile: Resolver<CommitSource> = async (c, args, ctx) => {
  const { path } = argsOf<{ path: string }>(args)
  const clean = path.replace(/^\/+|\/+$/g, '')
  if (clean === '' || /[\n\0]/.test(clean)) return null
  const entries = await ctx.memo(`file:${c.oid}:${clean}`, () => ctx.emu.git.text(['ls-tree', '-l', '-z', c.oid, '--', clean]))
  const line = entries.split('\0').find((l) => l.slice(l.indexOf('\t') + 1) === clean)
  if (!line) return null
  const tab = line.indexOf('\t')
  const [mode = '', type = '', sha = '', size = '-'] = line.slice(0, tab).split(/ +/)
  const slash = clean.lastIndexOf('/')
  const entry: TreeEntry = {
    mode,
    type: type as TreeEntry['type'],
    sha,
    path: clean.slice(slash + 1),
    ...(size === '-' ? {} : { size: Number(size) }),
  }
  return { entry, dir: slash < 0 ? undefined : clean.slice(0, slash) }
}

/** Commit.authors: the git author first, then each Co-authored-by trailer. */
export const commitAuthors: Resolver<CommitSource> = async (c, args, ctx, info) => {
  const commit = await ctx.emu.git.readCommit(c.oid)
  const people: GitPerson[] = [commit.author]
  for (const m of commit.message.matchAll(/^Co-authored-by:\s*([^<\n]*?)\s*<([^<>\s]+)>\s*$/gim))
    people.push({ name: m[1] ?? '', email: m[2] ?? '', date: commit.author.date })
  return connection(
    people.map((p) => ({
      name: p.name,
      email: p.email,
      date: p.date,
      user: userOfEmail(ctx, p.email),
      avatarUrl: `https://avatars.githubusercontent.com/u/e?email=${encodeURIComponent(p.email)}`,
    })),
    args,
    info,
  )
}

/** Open pull requests whose head is, or contains, the commit; and the merged one that introduced it. */
export const commitPulls: Resolver<CommitSource> = async (c, args, ctx, info) => {
  const pulls: PullRecord[] = []
  for (const pr of ctx.emu.state.pulls.values()) {
    if (pr.mergeCommitSha === c.oid) pulls.push(pr)
    else if (pr.state === 'open' && (pr.headSha === c.oid || (await ctx.emu.git.isAncestor(c.oid, pr.headSha)))) pulls.push(pr)
  }
  pulls.sort((a, b) => a.number - b.number)
  return connection(
    pulls.map((pr): PullSource => ({ __typename: 'PullRequest', pr })),
    args,
    info,
  )
}

interface TimelineArgs {
  readonly itemTypes?: readonly string[] | null
}

const TIMELINE_TYPES: Readonly<Record<string, string>> = {
  BASE_REF_CHANGED_EVENT: 'BaseRefChangedEvent',
  BASE_REF_FORCE_PUSHED_EVENT: 'BaseRefForcePushedEvent',
}

/** PullRequest.timelineItems, for the base-change events the emulator records. */
export const pullTimeline: Resolver<PullSource> = ({ pr }, args, ctx, info) => {
  const { itemTypes } = argsOf<TimelineArgs>(args)
  const wanted = itemTypes == null ? null : new Set(itemTypes.map((t) => TIMELINE_TYPES[t]).filter(Boolean))
  const items = ctx.emu.state.baseChanges
    .filter((e) => e.pull === pr.number && (wanted === null || wanted.has(e.type)))
    .map((e) => ({
      __typename: e.type,
      id: nodeId(e.type === 'BaseRefChangedEvent' ? 'BRCE' : 'BRFPE', stableId(e.type, `${e.pull}:${e.at}`)),
      createdAt: e.at,
      actor: { __typename: 'User', login: e.actor },
      previousRefName: e.previous,
      currentRefName: e.current,
      pullRequest: { __typename: 'PullRequest', pr },
    }))
  return connection(items, args, info)
}

export const reviewCanPush: Resolver<ReviewSource> = ({ rec }, _a, ctx) =>
  ['admin', 'maintain', 'write'].includes(ctx.emu.state.permissionOf(rec.user)) && !rec.user.endsWith('[bot]')

interface QueueSource {
  readonly __typename: 'MergeQueue'
  readonly branch: string
}

/** Repository.mergeQueue(branch): null when the branch has no queue. */
export const repositoryMergeQueue: Resolver<unknown> = (_r, args, ctx): QueueSource | null => {
  const { branch } = argsOf<{ branch?: string | null }>(args)
  const name = branch ?? ctx.emu.repo.defaultBranch
  return ctx.emu.state.mergeQueues.has(name) ? { __typename: 'MergeQueue', branch: name } : null
}

interface EntrySource {
  readonly __typename: 'MergeQueueEntry'
  readonly entry: QueueEntry
  readonly position: number
}

export const mergeQueueResolvers: Resolvers<QueueSource> = {
  id: (q) => nodeId('MQ', stableId('merge-queue', q.branch)),
  entries: (q, args, ctx, info) =>
    connection(
      (ctx.emu.state.mergeQueues.get(q.branch) ?? []).map((entry, i): EntrySource => ({
        __typename: 'MergeQueueEntry',
        entry,
        position: i + 1,
      })),
      args,
      info,
    ),
}

export const mergeQueueEntryResolvers: Resolvers<EntrySource> = {
  id: (e) => nodeId('MQE', stableId('merge-queue-entry', `${e.entry.pull}:${e.entry.headSha}`)),
  position: (e) => e.position,
  state: () => 'AWAITING_CHECKS',
  headCommit: (e) => commitSource(e.entry.headSha),
  baseCommit: (e) => commitSource(e.entry.baseSha),
  pullRequest: (e, _a, ctx): PullSource | null => {
    const pr = ctx.emu.state.pulls.get(e.entry.pull)
    return pr ? { __typename: 'PullRequest', pr } : null
  },
  jump: () => false,
  solo: () => false,
}

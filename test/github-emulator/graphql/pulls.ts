// PullRequest and its reviews, review requests, commits and files: the same state and git reads
// as the REST pulls routes (routes/pulls.ts), so both APIs tell the same story.
import { diffFiles, type DiffFile } from '../diff.js'
import { nodeId, stableId } from '../fixtures/users.js'
import type { PullRecord } from '../state.js'
import { connection } from './connection.js'
import { findRef } from './refs.js'
import { argsOf, type GraphQLContext, type Resolvers } from './resolver.js'
import {
  REPOSITORY,
  actorSource,
  commitSource,
  pullDatabaseId,
  teamSource,
  webUrl,
  type ActorSource,
  type PullSource,
  type ReviewSource,
  type TeamSource,
} from './sources.js'

/** GitHub lists at most 250 commits and 3,000 files of a pull request, as on REST. */
const MAX_COMMITS = 250
const MAX_FILES = 3000

const PATCH_STATUS: Readonly<Record<DiffFile['status'], string>> = {
  added: 'ADDED',
  removed: 'DELETED',
  modified: 'MODIFIED',
  renamed: 'RENAMED',
  copied: 'COPIED',
  changed: 'CHANGED',
  unchanged: 'MODIFIED',
}

/** As REST: the base SHA frozen at merge, else the base branch tip. */
function baseSha(ctx: GraphQLContext, pr: PullRecord): Promise<string> {
  return ctx.memo(
    `base:${pr.number}`,
    async () => pr.baseShaAtClose ?? (await ctx.emu.git.resolveCommit(`refs/heads/${pr.baseRef}`)) ?? pr.headSha,
  )
}

async function filesOf(ctx: GraphQLContext, pr: PullRecord): Promise<DiffFile[]> {
  return (await diffFiles(ctx.emu.git, await baseSha(ctx, pr), pr.headSha)).slice(0, MAX_FILES)
}

function commitsOf(ctx: GraphQLContext, pr: PullRecord): Promise<string[]> {
  return ctx.memo(`pull-commits:${pr.number}:${pr.headSha}`, async () => {
    const base = await baseSha(ctx, pr)
    const shas = await ctx.emu.git.revList((await ctx.emu.git.mergeBase(base, pr.headSha)) ?? base, pr.headSha)
    return shas.slice(0, MAX_COMMITS)
  })
}

interface ReviewArgs {
  readonly author?: string | null
  readonly states?: readonly string[] | null
}

interface ReviewRequestSource {
  readonly pr: PullRecord
  readonly reviewer: ActorSource | TeamSource
}

interface PullCommitSource {
  readonly pr: PullRecord
  readonly oid: string
}

export const pullResolvers: Resolvers<PullSource> = {
  id: ({ pr }, _a, ctx) => nodeId('PR', pullDatabaseId(ctx.emu, pr.number)),
  databaseId: ({ pr }, _a, ctx) => pullDatabaseId(ctx.emu, pr.number),
  number: ({ pr }) => pr.number,
  title: ({ pr }) => pr.title,
  body: ({ pr }) => pr.body ?? '',
  url: ({ pr }, _a, ctx) => webUrl(ctx.emu, `/pull/${pr.number}`),
  permalink: ({ pr }, _a, ctx) => webUrl(ctx.emu, `/pull/${pr.number}`),
  state: ({ pr }) => (pr.merged ? 'MERGED' : pr.state === 'open' ? 'OPEN' : 'CLOSED'),
  closed: ({ pr }) => pr.state === 'closed',
  isDraft: ({ pr }) => pr.draft,
  isCrossRepository: ({ pr }) => pr.fork,
  author: ({ pr }) => actorSource(pr.author),
  authorAssociation: ({ pr }) => (pr.fork ? 'CONTRIBUTOR' : 'MEMBER'),
  headRefOid: ({ pr }) => pr.headSha,
  headRefName: ({ pr }) => pr.headRef,
  baseRefOid: ({ pr }, _a, ctx) => baseSha(ctx, pr),
  baseRefName: ({ pr }) => pr.baseRef,
  baseRef: ({ pr }, _a, ctx) => findRef(ctx, `refs/heads/${pr.baseRef}`),
  // A fork lives in the author's account, which the emulator does not host.
  headRepository: ({ pr }) => (pr.fork ? null : REPOSITORY),
  // A fork's head branch lives in the fork, not in this repository.
  headRef: ({ pr }, _a, ctx) => (pr.fork ? null : findRef(ctx, `refs/heads/${pr.headRef}`)),
  createdAt: ({ pr }) => pr.createdAt,
  updatedAt: ({ pr }) => pr.updatedAt,
  closedAt: ({ pr }) => pr.closedAt,
  merged: ({ pr }) => pr.merged,
  mergedAt: ({ pr }) => pr.mergedAt ?? (pr.merged ? pr.closedAt : null),
  mergeCommit: ({ pr }) => (pr.mergeCommitSha ? commitSource(pr.mergeCommitSha) : null),
  repository: () => REPOSITORY,
  additions: async ({ pr }, _a, ctx) => (await filesOf(ctx, pr)).reduce((n, f) => n + f.additions, 0),
  deletions: async ({ pr }, _a, ctx) => (await filesOf(ctx, pr)).reduce((n, f) => n + f.deletions, 0),
  changedFiles: async ({ pr }, _a, ctx) => (await filesOf(ctx, pr)).length,
  labels: ({ pr }, args, ctx, info) => {
    const labels = pr.labels.flatMap((name) => {
      const rec = ctx.emu.state.labels.get(name.toLowerCase())
      return rec ? [{ id: nodeId('LA', rec.id), name: rec.name, color: rec.color, description: rec.description }] : []
    })
    return connection(labels, args, info)
  },
  // Submission order, as REST lists them.
  reviews: ({ pr }, args, ctx, info) => {
    const { author, states } = argsOf<ReviewArgs>(args)
    const reviews = ctx.emu.state.reviews
      .filter((r) => r.pull === pr.number)
      .filter((r) => author == null || r.user === author)
      .filter((r) => states == null || states.includes(r.state))
    return connection(
      reviews.map((rec): ReviewSource => ({ __typename: 'PullRequestReview', rec })),
      args,
      info,
    )
  },
  // Users first, then teams, as REST's requested_reviewers lists them.
  reviewRequests: ({ pr }, args, ctx, info) => {
    const reviewers = [
      ...pr.requestedReviewers.map(actorSource),
      ...pr.requestedTeams.map((slug) => teamSource(ctx.emu.repo.owner, slug)),
    ]
    return connection(
      reviewers.map((reviewer): ReviewRequestSource => ({ pr, reviewer })),
      args,
      info,
    )
  },
  commits: async ({ pr }, args, ctx, info) =>
    connection(
      (await commitsOf(ctx, pr)).map((oid): PullCommitSource => ({ pr, oid })),
      args,
      info,
    ),
  files: async ({ pr }, args, ctx, info) => {
    const files = (await filesOf(ctx, pr)).map((f) => ({
      path: f.filename,
      additions: f.additions,
      deletions: f.deletions,
      changeType: PATCH_STATUS[f.status],
      viewerViewedState: 'UNVIEWED',
    }))
    return connection(files, args, info)
  },
}

export const reviewResolvers: Resolvers<ReviewSource> = {
  id: ({ rec }) => nodeId('PRR', rec.id),
  databaseId: ({ rec }) => rec.id,
  author: ({ rec }) => actorSource(rec.user),
  authorAssociation: () => 'MEMBER',
  state: ({ rec }) => rec.state,
  body: ({ rec }) => rec.body,
  editor: ({ rec }) => (rec.editedBy ? actorSource(rec.editedBy) : null),
  lastEditedAt: ({ rec }) => rec.editedAt ?? null,
  // A pending review has not been submitted yet.
  submittedAt: ({ rec }) => (rec.state === 'PENDING' ? null : rec.submittedAt),
  createdAt: ({ rec }) => rec.submittedAt,
  commit: ({ rec }) => commitSource(rec.commitId),
  url: ({ rec }, _a, ctx) => webUrl(ctx.emu, `/pull/${rec.pull}#pullrequestreview-${rec.id}`),
  pullRequest: ({ rec }, _a, ctx): PullSource | null => {
    const pr = ctx.emu.state.pulls.get(rec.pull)
    return pr ? { __typename: 'PullRequest', pr } : null
  },
}

export const reviewRequestResolvers: Resolvers<ReviewRequestSource> = {
  id: (r) =>
    nodeId(
      'RR',
      stableId(
        'review-request',
        `${r.pr.number}:${r.reviewer.__typename}:${'slug' in r.reviewer ? r.reviewer.slug : r.reviewer.login}`,
      ),
    ),
  asCodeOwner: () => false,
  requestedReviewer: (r) => r.reviewer,
  pullRequest: (r): PullSource => ({ __typename: 'PullRequest', pr: r.pr }),
}

export const pullCommitResolvers: Resolvers<PullCommitSource> = {
  id: (c) => nodeId('PRC', stableId('pull-commit', `${c.pr.number}:${c.oid}`)),
  commit: (c) => commitSource(c.oid),
  pullRequest: (c): PullSource => ({ __typename: 'PullRequest', pr: c.pr }),
  url: (c, _a, ctx) => webUrl(ctx.emu, `/pull/${c.pr.number}/commits/${c.oid}`),
  resourcePath: (c, _a, ctx) => new URL(webUrl(ctx.emu, `/pull/${c.pr.number}/commits/${c.oid}`)).pathname,
}

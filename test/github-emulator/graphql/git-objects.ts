// Blob, Tree, TreeEntry, Commit and Tag, read from the emulator's real git repository.
import type { GitCommitObject, GitPerson, TreeEntry } from '../git.js'
import { nodeId, stableId } from '../fixtures/users.js'
import { connection } from './connection.js'
import { userOfEmail } from './governance.js'
import {
  REPOSITORY,
  commitSource,
  gitObject,
  webUrl,
  type BlobSource,
  type CommitSource,
  type GitObjectSource,
  type TagSource,
  type TreeSource,
} from './sources.js'
import { NotEmulatedError } from './errors.js'
import { argsOf, type GraphQLContext, type Resolver, type Resolvers } from './resolver.js'

/** git's rule (buffer_is_binary): a NUL byte in the first 8,000 bytes. */
const BINARY_PROBE = 8000

/**
 * Resolves a revision expression (`main:prompts/a.md`, a SHA, a branch…) or an object id to a
 * GitObject, or null when git has no such object: `Repository.object` answers null, not an error.
 */
export function lookupObject(ctx: GraphQLContext, spec: string, path?: string): Promise<GitObjectSource | null> {
  return ctx.memo(`object:${spec}`, async () => {
    // One `cat-file --batch-check` reads the name from stdin, so it cannot be taken for an option.
    if (spec === '' || /[\n\0]/.test(spec)) return null
    const out = (await ctx.emu.git.run(['cat-file', '--batch-check'], { input: `${spec}\n` })).toString('utf8')
    const match = /^([0-9a-f]{40}) (\w+) (\d+)$/.exec(out.trim())
    if (!match) return null
    return gitObject(match[2] ?? '', match[1] ?? '', Number(match[3]), path)
  })
}

/** The path part of `<rev>:<path>`, so a tree reached that way lists entries with full paths. */
export function expressionPath(expression: string): string | undefined {
  const colon = expression.indexOf(':')
  return colon < 0 ? undefined : expression.slice(colon + 1).replace(/\/+$/, '')
}

function blobBytes(ctx: GraphQLContext, oid: string): Promise<Buffer> {
  return ctx.memo(`blob:${oid}`, () => ctx.emu.git.readBlob(oid))
}

function readCommit(ctx: GraphQLContext, oid: string): Promise<GitCommitObject> {
  return ctx.memo(`commit:${oid}`, () => ctx.emu.git.readCommit(oid))
}

function gitActor(ctx: GraphQLContext, person: GitPerson): Record<string, unknown> {
  return {
    name: person.name,
    email: person.email,
    date: person.date,
    user: userOfEmail(ctx, person.email),
    avatarUrl: `https://avatars.githubusercontent.com/u/e?email=${encodeURIComponent(person.email)}`,
  }
}

/** Fields every GitObject shares. */
function gitObjectFields(kind: string): Resolvers<GitObjectSource> {
  return {
    id: (o) => nodeId(kind, stableId(kind, o.oid)),
    abbreviatedOid: (o) => o.oid.slice(0, 7),
    commitUrl: (o, _a, ctx) => webUrl(ctx.emu, `/commit/${o.oid}`),
    commitResourcePath: (o, _a, ctx) => new URL(webUrl(ctx.emu, `/commit/${o.oid}`)).pathname,
    repository: () => REPOSITORY,
  }
}

export const blobResolvers: Resolvers<BlobSource> = {
  ...gitObjectFields('B'),
  isBinary: async (b, _a, ctx) => (await blobBytes(ctx, b.oid)).subarray(0, BINARY_PROBE).includes(0),
  isTruncated: (b, _a, ctx) => b.byteSize > ctx.blobTextLimit,
  // Invalid UTF-8 decodes to U+FFFD, as Buffer#toString does; a cut character at the limit too.
  text: async (b, _a, ctx) => {
    const data = await blobBytes(ctx, b.oid)
    return data.subarray(0, BINARY_PROBE).includes(0) ? null : data.subarray(0, ctx.blobTextLimit).toString('utf8')
  },
}

interface TreeEntrySource {
  readonly entry: TreeEntry
  readonly dir: string | undefined
}

export const treeResolvers: Resolvers<TreeSource> = {
  ...gitObjectFields('TR'),
  entries: async (t, _a, ctx) =>
    (await ctx.memo(`tree:${t.oid}`, () => ctx.emu.git.lsTree(t.oid))).map((entry): TreeEntrySource => ({ entry, dir: t.path })),
}

function entryPath(e: TreeEntrySource): string {
  return e.dir ? `${e.dir}/${e.entry.path}` : e.entry.path
}

export const treeEntryResolvers: Resolvers<TreeEntrySource> = {
  name: (e) => e.entry.path,
  nameRaw: (e) => Buffer.from(e.entry.path).toString('base64'),
  path: (e) => entryPath(e),
  pathRaw: (e) => Buffer.from(entryPath(e)).toString('base64'),
  type: (e) => e.entry.type,
  oid: (e) => e.entry.sha,
  mode: (e) => parseInt(e.entry.mode, 8),
  size: (e) => e.entry.size ?? 0,
  extension: (e) => (e.entry.path.includes('.') ? e.entry.path.slice(e.entry.path.lastIndexOf('.')) : null),
  isGenerated: () => false,
  // A submodule's commit lives in another repository.
  object: (e) => (e.entry.type === 'commit' ? null : gitObject(e.entry.type, e.entry.sha, e.entry.size ?? 0, entryPath(e))),
  repository: () => REPOSITORY,
}

/** REST strips the message's final newline; GraphQL shows the same message. */
function messageOf(c: GitCommitObject): string {
  return c.message.replace(/\n$/, '')
}

interface HistoryArgs {
  readonly path?: string | null
  readonly since?: string | null
  readonly until?: string | null
  readonly author?: unknown
}

/** `Commit.history`: "the linear commit history starting from (and including) this commit, in
 * the same order as `git log`" (every parent followed, newest commit date first). */
const commitHistory: Resolver<CommitSource> = async (c, args, ctx, info) => {
  const a = argsOf<HistoryArgs>(args)
  if (a.author != null) throw new NotEmulatedError('Commit.history(author:) is not emulated')
  // GitTimestamp arguments are ISO 8601; git reads epoch seconds exactly (`@<seconds>`).
  const epoch = (iso: string): string => `@${Math.floor(Date.parse(iso) / 1000)}`
  const limits = [...(a.since ? [`--since=${epoch(a.since)}`] : []), ...(a.until ? [`--until=${epoch(a.until)}`] : [])]
  const paths = a.path ? ['--', a.path] : []
  const listing = await ctx.memo(`history:${c.oid}:${limits.join(' ')}:${a.path ?? ''}`, () =>
    ctx.emu.git.text(['rev-list', ...limits, c.oid, ...paths]),
  )
  return connection(listing.split('\n').filter(Boolean).map(commitSource), args, info)
}

export const commitResolvers: Resolvers<CommitSource> = {
  ...gitObjectFields('C'),
  id: (c) => nodeId('C', stableId('commit', c.oid)),
  url: (c, _a, ctx) => webUrl(ctx.emu, `/commit/${c.oid}`),
  message: async (c, _a, ctx) => messageOf(await readCommit(ctx, c.oid)),
  messageHeadline: async (c, _a, ctx) => messageOf(await readCommit(ctx, c.oid)).split('\n')[0] ?? '',
  messageBody: async (c, _a, ctx) =>
    messageOf(await readCommit(ctx, c.oid))
      .split('\n')
      .slice(1)
      .join('\n')
      .replace(/^\n+/, ''),
  committedDate: async (c, _a, ctx) => (await readCommit(ctx, c.oid)).committer.date,
  authoredDate: async (c, _a, ctx) => (await readCommit(ctx, c.oid)).author.date,
  author: async (c, _a, ctx) => gitActor(ctx, (await readCommit(ctx, c.oid)).author),
  committer: async (c, _a, ctx) => gitActor(ctx, (await readCommit(ctx, c.oid)).committer),
  tree: async (c, _a, ctx): Promise<TreeSource> => ({
    __typename: 'Tree',
    oid: (await readCommit(ctx, c.oid)).tree,
    path: undefined,
  }),
  parents: async (c, args, ctx, info) => connection((await readCommit(ctx, c.oid)).parents.map(commitSource), args, info),
  history: commitHistory,
}

interface TagObject {
  readonly name: string
  readonly message: string
  readonly targetType: string
  readonly target: string
  readonly tagger: GitPerson | undefined
}

async function readTag(ctx: GraphQLContext, oid: string): Promise<TagObject> {
  const raw = await ctx.memo(`tag:${oid}`, () => ctx.emu.git.text(['cat-file', 'tag', oid]))
  const split = raw.indexOf('\n\n')
  const headers = new Map(
    raw
      .slice(0, split < 0 ? raw.length : split)
      .split('\n')
      .map((h) => [h.slice(0, h.indexOf(' ')), h.slice(h.indexOf(' ') + 1)]),
  )
  const tagger = headers.get('tagger')
  return {
    name: headers.get('tag') ?? '',
    message: split < 0 ? '' : raw.slice(split + 2),
    targetType: headers.get('type') ?? '',
    target: headers.get('object') ?? '',
    tagger: tagger === undefined ? undefined : personOf(tagger),
  }
}

/** "Name <email> 1700000000 +0000" → UTC, as the git wrapper parses commit authors. */
function personOf(raw: string): GitPerson {
  const lt = raw.lastIndexOf('<')
  const gt = raw.lastIndexOf('>')
  const seconds = Number(raw.slice(gt + 2).split(' ')[0] ?? '0')
  return {
    name: raw.slice(0, Math.max(0, lt - 1)),
    email: raw.slice(lt + 1, gt),
    date: new Date(seconds * 1000).toISOString().replace('.000Z', 'Z'),
  }
}

export const tagResolvers: Resolvers<TagSource> = {
  ...gitObjectFields('TG'),
  name: async (t, _a, ctx) => (await readTag(ctx, t.oid)).name,
  message: async (t, _a, ctx) => (await readTag(ctx, t.oid)).message,
  tagger: async (t, _a, ctx) => {
    const tagger = (await readTag(ctx, t.oid)).tagger
    return tagger ? gitActor(ctx, tagger) : null
  },
  target: async (t, _a, ctx) => lookupObject(ctx, (await readTag(ctx, t.oid)).target),
}

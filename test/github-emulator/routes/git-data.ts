// Git data API: refs, blobs, trees and commits, all read from and written to the real repository.
import { HttpError, notFound, repoApi, type EmulatorContext } from '../context.js'
import { gitCommit } from '../fixtures/commits.js'
import { nodeId, stableId } from '../fixtures/users.js'
import { ZERO_SHA, type GitPerson } from '../git.js'
import { wrapBase64 } from './repos.js'
import { treeRoutes } from './git-trees.js'
import { bodyOf, type RouteRequest, type RouteTable } from './types.js'

export function gitRef(ctx: EmulatorContext, ref: string, sha: string): Record<string, unknown> {
  return {
    ref,
    node_id: nodeId('REF', stableId('ref', ref)),
    url: `${repoApi(ctx)}/git/${ref}`,
    object: { type: 'commit', sha, url: `${repoApi(ctx)}/git/commits/${sha}` },
  }
}

async function validRefName(ctx: EmulatorContext, ref: string): Promise<boolean> {
  if (!ref.startsWith('refs/') || ref.split('/').length < 3) return false
  try {
    await ctx.git.run(['check-ref-format', ref])
    return true
  } catch {
    return false
  }
}

async function getRef(req: RouteRequest) {
  const ref = `refs/${req.params['ref'] ?? ''}`
  const sha = (await req.ctx.git.listRefs(ref)).find((r) => r.ref === ref)?.sha
  if (!sha) throw notFound()
  return { status: 200, body: gitRef(req.ctx, ref, sha) }
}

async function matchingRefs(req: RouteRequest) {
  const prefix = `refs/${req.params['ref'] ?? ''}`
  const refs = (await req.ctx.git.listRefs('refs/')).filter((r) => r.ref.startsWith(prefix))
  return { status: 200, body: refs.map((r) => gitRef(req.ctx, r.ref, r.sha)) }
}

async function createRef(req: RouteRequest) {
  const { ctx } = req
  const input = bodyOf<{ ref: string; sha: string }>(req)
  if (!(await validRefName(ctx, input.ref))) throw new HttpError(422, 'Reference name is invalid')
  if ((await ctx.git.typeOf(input.sha)) !== 'commit') throw new HttpError(422, 'Object does not exist')
  if (!(await ctx.git.updateRef(input.ref, input.sha, ZERO_SHA))) throw new HttpError(422, 'Reference already exists')
  return { status: 201, body: gitRef(ctx, input.ref, input.sha) }
}

/** Compare-and-swap on the ref, refusing non-fast-forward moves unless `force`. */
async function updateRef(req: RouteRequest) {
  const { ctx } = req
  const ref = `refs/${req.params['ref'] ?? ''}`
  const input = bodyOf<{ sha: string; force?: boolean }>(req)
  const current = (await ctx.git.listRefs(ref)).find((r) => r.ref === ref)?.sha
  if (!current) throw new HttpError(422, 'Reference does not exist')
  if ((await ctx.git.typeOf(input.sha)) !== 'commit') throw new HttpError(422, 'Object does not exist')
  if (!input.force && !(await ctx.git.isAncestor(current, input.sha))) throw new HttpError(422, 'Update is not a fast forward')
  // Another writer moved the ref between our read and this write: GitHub reports the same.
  if (!(await ctx.git.updateRef(ref, input.sha, current))) throw new HttpError(422, 'Update is not a fast forward')
  return { status: 200, body: gitRef(ctx, ref, input.sha) }
}

async function createBlob(req: RouteRequest) {
  const { ctx } = req
  const input = bodyOf<{ content: string; encoding?: string }>(req)
  const encoding = input.encoding ?? 'utf-8'
  if (encoding !== 'utf-8' && encoding !== 'base64') throw new HttpError(422, `encoding must be utf-8 or base64`)
  const sha = await ctx.git.writeBlob(Buffer.from(input.content, encoding === 'base64' ? 'base64' : 'utf8'))
  return { status: 201, body: { url: `${repoApi(ctx)}/git/blobs/${sha}`, sha } }
}

async function getBlob(req: RouteRequest) {
  const { ctx } = req
  const sha = req.params['file_sha'] ?? ''
  if (!/^[0-9a-f]{40}$/.test(sha) || (await ctx.git.typeOf(sha)) !== 'blob') throw notFound()
  const data = await ctx.git.readBlob(sha)
  // The raw media type serves the blob's bytes instead of JSON, as GitHub does.
  if (req.accept.includes('application/vnd.github.raw'))
    return { status: 200, raw: data, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } }
  const body = {
    sha,
    node_id: nodeId('B', stableId('blob', sha)),
    size: data.length,
    url: `${repoApi(ctx)}/git/blobs/${sha}`,
    content: wrapBase64(data),
    encoding: 'base64',
  }
  return { status: 200, body }
}

interface PersonInput {
  name: string
  email: string
  date?: string
}

function person(input: PersonInput | undefined, fallback: GitPerson): GitPerson {
  if (!input) return fallback
  return { name: input.name, email: input.email, date: input.date ?? fallback.date }
}

async function createCommit(req: RouteRequest) {
  const { ctx, caller } = req
  const input = bodyOf<{ message: string; tree: string; parents?: string[]; author?: PersonInput; committer?: PersonInput }>(req)
  if ((await ctx.git.typeOf(input.tree)) !== 'tree') throw new HttpError(422, 'Tree SHA does not exist')
  for (const parent of input.parents ?? []) {
    if ((await ctx.git.typeOf(parent)) !== 'commit')
      throw new HttpError(422, 'Parent SHA does not exist or is not a commit object')
  }
  const me = { name: caller.login, email: `${caller.login}@users.noreply.github.com`, date: ctx.state.now() }
  const author = person(input.author, me)
  const committer = person(input.committer, author)
  const sha = await ctx.git.commitTree(input.tree, input.parents ?? [], input.message, author, committer)
  return { status: 201, body: gitCommit(ctx, await ctx.git.readCommit(sha)) }
}

async function getCommit(req: RouteRequest) {
  const { ctx } = req
  const sha = req.params['commit_sha'] ?? ''
  if (!/^[0-9a-f]{40}$/.test(sha) || (await ctx.git.typeOf(sha)) !== 'commit') throw notFound()
  return { status: 200, body: gitCommit(ctx, await ctx.git.readCommit(sha)) }
}

export const gitDataRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}/git/ref/{ref}': getRef,
  'GET /repos/{owner}/{repo}/git/matching-refs/{ref}': matchingRefs,
  'POST /repos/{owner}/{repo}/git/refs': createRef,
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}': updateRef,
  'POST /repos/{owner}/{repo}/git/blobs': createBlob,
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': getBlob,
  'POST /repos/{owner}/{repo}/git/commits': createCommit,
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': getCommit,
  ...treeRoutes,
}

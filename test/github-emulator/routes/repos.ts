// Repository routes: metadata, contents, compare and single commits.
import { HttpError, notFound, repoApi, repoWeb, type EmulatorContext } from '../context.js'
import { diffEntry, diffFiles } from '../diff.js'
import { repoCommit } from '../fixtures/commits.js'
import { fullRepository } from '../fixtures/repository.js'
import { EMPTY_TREE, type TreeEntry } from '../git.js'
import { paginate } from './paginate.js'
import type { RouteRequest, RouteTable } from './types.js'

/** GitHub serves file content up to 1 MB inline; larger files come back with encoding "none". */
const INLINE_LIMIT = 1024 * 1024

export async function resolveOr404(ctx: EmulatorContext, ref: string): Promise<string> {
  const sha = await ctx.git.resolveCommit(ref)
  if (!sha) throw new HttpError(404, `No commit found for the ref ${ref}`)
  return sha
}

/** GitHub wraps base64 at 60 columns with a trailing newline. */
export function wrapBase64(data: Buffer): string {
  const b64 = data.toString('base64')
  const lines: string[] = []
  for (let i = 0; i < b64.length; i += 60) lines.push(b64.slice(i, i + 60))
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

function contentLinks(ctx: EmulatorContext, path: string, sha: string, ref: string, kind: 'blob' | 'tree') {
  const enc = path.split('/').map(encodeURIComponent).join('/')
  const self = `${repoApi(ctx)}/contents/${enc}?ref=${encodeURIComponent(ref)}`
  const git = `${repoApi(ctx)}/git/${kind === 'blob' ? 'blobs' : 'trees'}/${sha}`
  const html = `${repoWeb(ctx)}/${kind}/${encodeURIComponent(ref)}/${enc}`
  return { url: self, git_url: git, html_url: html, _links: { self, git, html } }
}

function entryJson(ctx: EmulatorContext, dir: string, e: TreeEntry, ref: string): Record<string, unknown> {
  const path = dir ? `${dir}/${e.path}` : e.path
  const type = e.type === 'tree' ? 'dir' : e.type === 'commit' ? 'submodule' : e.mode === '120000' ? 'symlink' : 'file'
  const links = contentLinks(ctx, path, e.sha, ref, e.type === 'tree' ? 'tree' : 'blob')
  const download = type === 'file' ? `${repoWeb(ctx)}/raw/${encodeURIComponent(ref)}/${path}` : null
  return { type, size: e.size ?? 0, name: e.path, path, sha: e.sha, download_url: download, ...links }
}

/** A scan, not /\/+$/: that regex is quadratic on long runs of slashes. */
function trimTrailingSlashes(path: string): string {
  let end = path.length
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--
  return path.slice(0, end)
}

async function getContent(req: RouteRequest) {
  const { ctx } = req
  const ref = String(req.query['ref'] ?? ctx.repo.defaultBranch)
  const commit = await resolveOr404(ctx, ref)
  const path = trimTrailingSlashes(req.params['path'] ?? '')
  const type = await ctx.git.typeOf(`${commit}:${path}`)
  if (type === undefined) throw notFound()
  if (type === 'tree') {
    const entries = await ctx.git.lsTree(`${commit}:${path}`)
    return { status: 200, body: entries.map((e) => entryJson(ctx, path, e, ref)) }
  }
  const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : ''
  const entry = (await ctx.git.lsTree(`${commit}:${parent}`)).find((e) => e.path === path.slice(parent ? parent.length + 1 : 0))
  if (!entry) throw notFound()
  const json = entryJson(ctx, parent, entry, ref)
  const data = await ctx.git.readBlob(entry.sha)
  // The raw media type serves file bytes (up to 100 MB on GitHub) instead of JSON.
  if (req.accept.includes('application/vnd.github.raw') && json['type'] === 'file')
    return { status: 200, raw: data, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } }
  if (json['type'] === 'symlink') return { status: 200, body: { ...json, target: data.toString('utf8') } }
  const inline = data.length <= INLINE_LIMIT
  return { status: 200, body: { ...json, content: inline ? wrapBase64(data) : '', encoding: inline ? 'base64' : 'none' } }
}

function splitBasehead(basehead: string): [string, string] {
  const three = basehead.indexOf('...')
  if (three >= 0) return [basehead.slice(0, three), basehead.slice(three + 3)]
  const two = basehead.indexOf('..')
  if (two >= 0) return [basehead.slice(0, two), basehead.slice(two + 2)]
  throw notFound()
}

async function compare(req: RouteRequest) {
  const { ctx } = req
  const [baseRef, headRef] = splitBasehead(req.params['basehead'] ?? '')
  const base = await resolveOr404(ctx, baseRef)
  const head = await resolveOr404(ctx, headRef)
  const mergeBase = (await ctx.git.mergeBase(base, head)) ?? base
  const ahead = await ctx.git.revList(mergeBase, head)
  const behind = await ctx.git.revList(mergeBase, base)
  const status = ahead.length === 0 ? (behind.length === 0 ? 'identical' : 'behind') : behind.length === 0 ? 'ahead' : 'diverged'
  const paged = req.url.searchParams.has('page') || req.url.searchParams.has('per_page')
  const listed = paged ? (paginate(req, ahead, (s) => s).body as string[]) : ahead.slice(-250)
  const commits = await Promise.all(listed.map(async (sha) => repoCommit(ctx, await ctx.git.readCommit(sha))))
  const firstPage = !paged || Number(req.query['page'] ?? 1) === 1
  const files = firstPage ? (await diffFiles(ctx.git, base, head)).slice(0, 300).map((f) => diffEntry(ctx, head, f)) : []
  const web = `${repoWeb(ctx)}/compare/${baseRef}...${headRef}`
  return {
    status: 200,
    body: {
      url: `${repoApi(ctx)}/compare/${baseRef}...${headRef}`,
      html_url: web,
      permalink_url: `${repoWeb(ctx)}/compare/${ctx.repo.owner}:${base.slice(0, 7)}...${ctx.repo.owner}:${head.slice(0, 7)}`,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      base_commit: repoCommit(ctx, await ctx.git.readCommit(base)),
      merge_base_commit: repoCommit(ctx, await ctx.git.readCommit(mergeBase)),
      status,
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits,
      files,
    },
  }
}

async function getCommit(req: RouteRequest) {
  const { ctx } = req
  const sha = await resolveOr404(ctx, req.params['ref'] ?? '')
  const commit = await ctx.git.readCommit(sha)
  const files = await diffFiles(ctx.git, commit.parents[0] ?? EMPTY_TREE, sha)
  const additions = files.reduce((n, f) => n + f.additions, 0)
  const deletions = files.reduce((n, f) => n + f.deletions, 0)
  const page = paginate(req, files, (f) => diffEntry(ctx, sha, f), { limit: 3000, defaultPerPage: 300, maxPerPage: 300 })
  const body = repoCommit(ctx, commit, { stats: { additions, deletions, total: additions + deletions }, files: page.body })
  return { status: 200, body, headers: page.headers ?? {} }
}

export const repoRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}': async ({ ctx }) => ({ status: 200, body: fullRepository(ctx.urls, ctx.repo) }),
  'GET /repos/{owner}/{repo}/contents/{path}': getContent,
  'GET /repos/{owner}/{repo}/compare/{basehead}': compare,
  'GET /repos/{owner}/{repo}/commits/{ref}': getCommit,
}

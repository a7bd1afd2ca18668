// Git trees: create (with base_tree and nested paths) and get (optionally recursive).
import { HttpError, notFound, repoApi, type EmulatorContext } from '../context.js'
import type { TreeEntry } from '../git.js'
import { isValidTreePath, writeNestedTree } from '../tree-writer.js'
import { bodyOf, type RouteRequest, type RouteTable } from './types.js'

interface TreeItem {
  path: string
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha?: string | null
  content?: string
}

const MODE_TYPE: Readonly<Record<string, TreeItem['type']>> = {
  '100644': 'blob',
  '100755': 'blob',
  '120000': 'blob',
  '040000': 'tree',
  '160000': 'commit',
}

function entryJson(ctx: EmulatorContext, e: TreeEntry): Record<string, unknown> {
  const kind = e.type === 'tree' ? 'trees' : e.type === 'blob' ? 'blobs' : 'commits'
  const url = e.type === 'commit' ? undefined : `${repoApi(ctx)}/git/${kind}/${e.sha}`
  return {
    path: e.path,
    mode: e.mode,
    type: e.type,
    sha: e.sha,
    ...(e.size !== undefined ? { size: e.size } : {}),
    ...(url ? { url } : {}),
  }
}

async function treeJson(ctx: EmulatorContext, sha: string, recursive: boolean) {
  const entries = await ctx.git.lsTree(sha, recursive)
  return { sha, url: `${repoApi(ctx)}/git/trees/${sha}`, tree: entries.map((e) => entryJson(ctx, e)), truncated: false }
}

function removeUnder(files: Map<string, TreeEntry>, path: string): void {
  files.delete(path)
  for (const key of [...files.keys()]) if (key.startsWith(`${path}/`)) files.delete(key)
}

async function applyItem(ctx: EmulatorContext, files: Map<string, TreeEntry>, item: TreeItem, written?: string): Promise<void> {
  if (!isValidTreePath(item.path)) throw new HttpError(422, `tree.path contains a malformed path component`)
  const type = MODE_TYPE[item.mode]
  if (!type || type !== item.type) throw new HttpError(422, `Must supply a valid tree.mode and tree.type`)
  if (item.content !== undefined && item.sha !== undefined)
    throw new HttpError(422, 'Must supply either tree.sha or tree.content, not both')
  if (item.sha === null) return removeUnder(files, item.path)
  removeUnder(files, item.path)
  if (item.content !== undefined) {
    if (type !== 'blob') throw new HttpError(422, 'tree.content is only valid for blobs')
    const sha = written ?? (await ctx.git.writeBlob(Buffer.from(item.content, 'utf8')))
    files.set(item.path, { mode: item.mode, type, sha, path: item.path })
    return
  }
  const sha = item.sha ?? ''
  if (type === 'commit') {
    files.set(item.path, { mode: item.mode, type, sha, path: item.path })
    return
  }
  if ((await ctx.git.typeOf(sha)) !== type) throw new HttpError(422, `tree.sha ${sha} is not a valid ${type}`)
  if (type === 'blob') return void files.set(item.path, { mode: item.mode, type, sha, path: item.path })
  for (const e of await ctx.git.lsTree(sha, true)) {
    if (e.type !== 'tree') files.set(`${item.path}/${e.path}`, { ...e, path: `${item.path}/${e.path}` })
  }
}

async function createTree(req: RouteRequest) {
  const { ctx } = req
  const input = bodyOf<{ tree: TreeItem[]; base_tree?: string }>(req)
  const files = new Map<string, TreeEntry>()
  if (input.base_tree !== undefined) {
    if ((await ctx.git.typeOf(`${input.base_tree}^{tree}`)) !== 'tree') throw new HttpError(422, 'base_tree is not a valid tree')
    for (const e of await ctx.git.lsTree(`${input.base_tree}^{tree}`, true)) if (e.type !== 'tree') files.set(e.path, e)
  }
  // One `git fast-import` for every inline content instead of one hash-object per file.
  const contents = input.tree.filter(
    (i) => i.content !== undefined && i.sha === undefined && MODE_TYPE[i.mode] === 'blob' && i.type === 'blob',
  )
  const shas = await ctx.git.writeBlobs(contents.map((i) => Buffer.from(i.content ?? '', 'utf8')))
  const written = new Map(contents.map((item, n) => [item, shas[n] ?? '']))
  for (const item of input.tree) await applyItem(ctx, files, item, written.get(item))
  const sha = await writeNestedTree(ctx.git, [...files.values()])
  return { status: 201, body: await treeJson(ctx, sha, false) }
}

async function getTree(req: RouteRequest) {
  const { ctx } = req
  const spec = `${req.params['tree_sha'] ?? ''}^{tree}`
  if (spec.startsWith('-') || (await ctx.git.typeOf(spec)) !== 'tree') throw notFound()
  const sha = await ctx.git.revParse(spec)
  return { status: 200, body: await treeJson(ctx, sha, req.query['recursive'] !== undefined) }
}

export const treeRoutes: RouteTable = {
  'POST /repos/{owner}/{repo}/git/trees': createTree,
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': getTree,
}

// Repository tarballs. Like GitHub, the API answers 302 to a download host ("codeload");
// the emulator serves that host itself under CODELOAD_PREFIX, outside the API's path
// prefix and OpenAPI validation (codeload is not part of the REST API).
import { gzipSync } from 'node:zlib'
import type { EmulatorContext } from '../context.js'
import { resolveOr404 } from './repos.js'
import type { RouteReply, RouteRequest, RouteTable } from './types.js'

export const CODELOAD_PREFIX = '/_codeload/'

async function tarballRedirect(req: RouteRequest): Promise<RouteReply> {
  const { ctx } = req
  const sha = await resolveOr404(ctx, req.params['ref'] ?? '')
  const location = `${ctx.urls.web}${CODELOAD_PREFIX}${ctx.repo.owner}/${ctx.repo.repo}/legacy.tar.gz/${sha}`
  return { status: 302, headers: { location } }
}

/** `/_codeload/<owner>/<repo>/legacy.tar.gz/<sha>`: `git archive` of that commit, gzipped,
 * inside `<owner>-<repo>-<short sha>/` like GitHub's tarballs. Undefined for other paths. */
export async function serveCodeload(ctx: EmulatorContext, rawUrl: string): Promise<RouteReply | undefined> {
  const pathname = new URL(rawUrl, ctx.urls.web).pathname
  if (!pathname.startsWith(CODELOAD_PREFIX)) return undefined
  const [owner, repo, kind, sha, ...rest] = pathname.slice(CODELOAD_PREFIX.length).split('/')
  const ok =
    owner === ctx.repo.owner &&
    repo === ctx.repo.repo &&
    kind === 'legacy.tar.gz' &&
    rest.length === 0 &&
    /^[0-9a-f]{40}$/.test(sha ?? '')
  if (!ok || (await ctx.git.typeOf(sha!)) !== 'commit') return { status: 404, body: { message: 'Not Found' } }
  const tar = await ctx.git.run(['archive', '--format=tar', `--prefix=${owner}-${repo}-${sha!.slice(0, 7)}/`, sha!])
  return {
    status: 200,
    headers: {
      'content-type': 'application/x-gzip',
      'content-disposition': `attachment; filename=${owner}-${repo}-${sha!.slice(0, 7)}.tar.gz`,
    },
    raw: gzipSync(tar),
  }
}

export const archiveRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}/tarball/{ref}': tarballRedirect,
}

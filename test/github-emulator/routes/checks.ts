// Check run routes. GitHub accepts at most 50 annotations per create/update request.
import { HttpError, notFound } from '../context.js'
import { checkRun } from '../fixtures/checks.js'
import type { Annotation, CheckRunRecord } from '../state.js'
import { paginate } from './paginate.js'
import { resolveOr404 } from './repos.js'
import { bodyOf, type RouteRequest, type RouteTable } from './types.js'

const MAX_ANNOTATIONS = 50

interface CheckInput {
  name?: string
  head_sha?: string
  status?: string
  conclusion?: string
  started_at?: string
  completed_at?: string
  external_id?: string
  details_url?: string
  output?: { title?: string; summary?: string; text?: string; annotations?: Annotation[] }
}

function checkAnnotations(input: CheckInput): Annotation[] {
  const annotations = input.output?.annotations ?? []
  if (annotations.length > MAX_ANNOTATIONS) {
    throw new HttpError(422, 'Invalid request.\n\nOnly 50 annotations are allowed per request.')
  }
  return annotations
}

/** Applies status/conclusion the way GitHub does: a conclusion implies completed. */
function applyStatus(rec: CheckRunRecord, input: CheckInput, now: () => string): void {
  if (input.conclusion !== undefined) {
    rec.conclusion = input.conclusion
    rec.status = 'completed'
  } else if (input.status !== undefined) {
    rec.status = input.status
  }
  if (rec.status === 'completed' && rec.conclusion === null) {
    throw new HttpError(422, 'Invalid request.\n\n"conclusion" wasn\'t supplied.')
  }
  if (input.started_at !== undefined) rec.startedAt = input.started_at
  if (rec.status === 'completed') rec.completedAt = input.completed_at ?? rec.completedAt ?? now()
}

async function createCheckRun(req: RouteRequest) {
  const { ctx, caller } = req
  if (!caller.app) throw new HttpError(403, 'You must authenticate via a GitHub App.')
  const input = bodyOf<CheckInput>(req)
  const annotations = checkAnnotations(input)
  const sha = await ctx.git.resolveCommit(input.head_sha ?? '')
  if (!sha || sha !== input.head_sha) throw new HttpError(422, `No commit found for SHA: ${input.head_sha}`)
  const rec: CheckRunRecord = {
    id: ctx.state.nextId(),
    name: input.name ?? '',
    headSha: sha,
    status: 'queued',
    conclusion: null,
    startedAt: ctx.state.now(),
    completedAt: null,
    externalId: input.external_id ?? null,
    detailsUrl: input.details_url ?? null,
    output: { title: input.output?.title ?? null, summary: input.output?.summary ?? null, text: input.output?.text ?? null },
    annotations,
    ...(caller.app.id === ctx.app.id ? {} : { app: caller.app }),
  }
  applyStatus(rec, input, () => ctx.state.now())
  ctx.state.checkRuns.set(rec.id, rec)
  return { status: 201, body: await checkRun(ctx, rec) }
}

async function updateCheckRun(req: RouteRequest) {
  const { ctx, caller } = req
  if (!caller.app) throw new HttpError(403, 'You must authenticate via a GitHub App.')
  const rec = ctx.state.checkRuns.get(Number(req.params['check_run_id']))
  if (!rec) throw notFound()
  const input = bodyOf<CheckInput>(req)
  const annotations = checkAnnotations(input)
  if (input.name !== undefined) rec.name = input.name
  if (input.details_url !== undefined) rec.detailsUrl = input.details_url
  if (input.external_id !== undefined) rec.externalId = input.external_id
  if (input.output) {
    rec.output = {
      title: input.output.title ?? rec.output.title,
      summary: input.output.summary ?? rec.output.summary,
      text: input.output.text ?? rec.output.text,
    }
  }
  applyStatus(rec, input, () => ctx.state.now())
  rec.annotations.push(...annotations)
  return { status: 200, body: await checkRun(ctx, rec) }
}

/** `filter=latest` (GitHub's default) keeps the most recent run of each name; `all` keeps every run. */
function latestPerName(runs: readonly CheckRunRecord[]): CheckRunRecord[] {
  const seen = new Set<string>()
  const latest: CheckRunRecord[] = []
  for (const run of runs) {
    if (seen.has(run.name)) continue
    seen.add(run.name)
    latest.push(run)
  }
  return latest
}

async function listForRef(req: RouteRequest) {
  const { ctx } = req
  const sha = await resolveOr404(ctx, req.params['ref'] ?? '')
  const name = req.query['check_name']
  const status = req.query['status']
  const appId = req.query['app_id']
  // Every run the emulator holds was created by the installed app.
  const newestFirst = [...ctx.state.checkRuns.values()]
    .filter((r) => r.headSha === sha)
    .filter((r) => name === undefined || r.name === name)
    .filter((r) => status === undefined || r.status === status)
    .filter(() => appId === undefined || Number(appId) === ctx.app.id)
    .sort((a, b) => b.id - a.id)
  const runs = req.query['filter'] === 'all' ? newestFirst : latestPerName(newestFirst)
  const page = paginate(req, runs, (r) => r)
  const checkRuns = await Promise.all((page.body as CheckRunRecord[]).map((r) => checkRun(ctx, r)))
  return { status: 200, body: { total_count: runs.length, check_runs: checkRuns }, headers: page.headers ?? {} }
}

export const checkRoutes: RouteTable = {
  'POST /repos/{owner}/{repo}/check-runs': createCheckRun,
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': updateCheckRun,
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': listForRef,
}

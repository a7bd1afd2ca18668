// Check suites and check runs, from `state.checkRuns` (the REST check-runs routes' state). A
// commit has one check suite per App that created runs on it (the installed app, `ctx.app`, or
// one from the `apps` option); its id is the REST `check_suite.id`.
import type { EmulatorContext } from '../context.js'
import { checkSuiteId } from '../fixtures/checks.js'
import { nodeId, type AppInfo } from '../fixtures/users.js'
import type { CheckRunRecord } from '../state.js'
import { connection } from './connection.js'
import { argsOf, type GraphQLContext, type Resolver, type Resolvers } from './resolver.js'
import { REPOSITORY, commitSource, webUrl, type CheckRunSource, type CheckSuiteSource, type CommitSource } from './sources.js'

interface SuiteFilter {
  readonly appId?: number | null
  readonly checkName?: string | null
}

interface RunFilter {
  readonly appId?: number | null
  readonly checkName?: string | null
  readonly checkType?: 'ALL' | 'LATEST' | null
  readonly status?: string | null
  readonly statuses?: readonly string[] | null
  readonly conclusions?: readonly string[] | null
}

const appOf = (ctx: EmulatorContext, rec: CheckRunRecord): AppInfo => rec.app ?? ctx.app

/** Oldest first (by id), the order they were created in. */
function runsOf(ctx: EmulatorContext, sha: string): CheckRunRecord[] {
  return [...ctx.state.checkRuns.values()].filter((r) => r.headSha === sha).sort((a, b) => a.id - b.id)
}

/** The runs of one suite: one commit, one App. */
function suiteRuns(ctx: EmulatorContext, s: CheckSuiteSource): CheckRunRecord[] {
  return runsOf(ctx, s.headSha).filter((r) => appOf(ctx, r).id === s.app.id)
}

/** A commit's suites, in the order their Apps first created a run. */
function suitesOf(ctx: EmulatorContext, sha: string): CheckSuiteSource[] {
  const apps = new Map<number, AppInfo>()
  for (const r of runsOf(ctx, sha)) apps.set(appOf(ctx, r).id, apps.get(appOf(ctx, r).id) ?? appOf(ctx, r))
  return [...apps.values()].map((app) => ({ __typename: 'CheckSuite', headSha: sha, app }))
}

/** REST state keeps GitHub's lowercase REST values; GraphQL enums are the same words uppercased. */
function upper(value: string): string {
  return value.toUpperCase()
}

// The worst conclusion wins, the way GitHub rolls a suite up (an assumption: GitHub does not
// document the order beyond "failure-like conclusions beat success").
const CONCLUSION_ORDER = [
  'ACTION_REQUIRED',
  'STARTUP_FAILURE',
  'TIMED_OUT',
  'CANCELLED',
  'FAILURE',
  'STALE',
  'NEUTRAL',
  'SUCCESS',
  'SKIPPED',
]

function suiteStatus(runs: readonly CheckRunRecord[]): string {
  if (runs.every((r) => r.status === 'completed')) return 'COMPLETED'
  if (runs.some((r) => r.status === 'in_progress')) return 'IN_PROGRESS'
  return upper(runs.find((r) => r.status !== 'completed')?.status ?? 'queued')
}

function suiteConclusion(runs: readonly CheckRunRecord[]): string | null {
  if (suiteStatus(runs) !== 'COMPLETED') return null
  const conclusions = runs.map((r) => upper(r.conclusion ?? 'neutral'))
  return CONCLUSION_ORDER.find((c) => conclusions.includes(c)) ?? null
}

export const commitCheckSuites: Resolver<CommitSource> = (c, args, ctx, info) => {
  const filter = argsOf<{ filterBy?: SuiteFilter | null }>(args).filterBy ?? {}
  const suites = suitesOf(ctx.emu, c.oid).filter(
    (s) =>
      (filter.appId == null || filter.appId === s.app.id) &&
      (filter.checkName == null || suiteRuns(ctx.emu, s).some((r) => r.name === filter.checkName)),
  )
  return connection(suites, args, info)
}

function latestPerName(runs: readonly CheckRunRecord[]): CheckRunRecord[] {
  const latest = new Map<string, CheckRunRecord>()
  for (const r of runs) latest.set(r.name, r)
  return runs.filter((r) => latest.get(r.name) === r)
}

function filterRuns(ctx: GraphQLContext, runs: CheckRunRecord[], f: RunFilter): CheckRunRecord[] {
  const kept = runs
    .filter((r) => f.appId == null || appOf(ctx.emu, r).id === f.appId)
    .filter((r) => f.checkName == null || r.name === f.checkName)
    .filter((r) => f.status == null || upper(r.status) === f.status)
    .filter((r) => f.statuses == null || f.statuses.includes(upper(r.status)))
    .filter((r) => f.conclusions == null || (r.conclusion !== null && f.conclusions.includes(upper(r.conclusion))))
  // Without a checkType every run is listed, as the emulator's REST list does.
  return f.checkType === 'LATEST' ? latestPerName(kept) : kept
}

function app(ctx: GraphQLContext, app: AppInfo): Record<string, unknown> {
  return {
    databaseId: app.id,
    id: nodeId('A', app.id),
    slug: app.slug,
    name: app.name,
    url: `${ctx.emu.urls.web}/apps/${app.slug}`,
  }
}

export const checkSuiteResolvers: Resolvers<CheckSuiteSource> = {
  id: (s, _a, ctx) => nodeId('CS', checkSuiteId(ctx.emu, s)),
  databaseId: (s, _a, ctx) => checkSuiteId(ctx.emu, s),
  app: (s, _a, ctx) => app(ctx, s.app),
  commit: (s) => commitSource(s.headSha),
  repository: () => REPOSITORY,
  status: (s, _a, ctx) => suiteStatus(suiteRuns(ctx.emu, s)),
  conclusion: (s, _a, ctx) => suiteConclusion(suiteRuns(ctx.emu, s)),
  createdAt: (s, _a, ctx) => suiteRuns(ctx.emu, s)[0]?.startedAt ?? ctx.emu.repo.createdAt,
  updatedAt: (s, _a, ctx) => {
    const runs = suiteRuns(ctx.emu, s)
    const times = runs.flatMap((r) => [r.startedAt, r.completedAt]).filter((t): t is string => t !== null)
    return times.sort().at(-1) ?? ctx.emu.repo.createdAt
  },
  url: (s, _a, ctx) => webUrl(ctx.emu, `/commit/${s.headSha}/checks`),
  checkRuns: (s, args, ctx, info) => {
    const filter = argsOf<{ filterBy?: RunFilter | null }>(args).filterBy ?? {}
    const runs = filterRuns(ctx, suiteRuns(ctx.emu, s), filter)
    return connection(
      runs.map((rec): CheckRunSource => ({ __typename: 'CheckRun', rec })),
      args,
      info,
    )
  },
}

export const checkRunResolvers: Resolvers<CheckRunSource> = {
  id: (r) => nodeId('CR', r.rec.id),
  databaseId: (r) => r.rec.id,
  name: (r) => r.rec.name,
  status: (r) => upper(r.rec.status),
  conclusion: (r) => (r.rec.conclusion === null ? null : upper(r.rec.conclusion)),
  title: (r) => r.rec.output.title,
  summary: (r) => r.rec.output.summary,
  text: (r) => r.rec.output.text,
  // The same values the REST check-run builder sends.
  detailsUrl: (r, _a, ctx) => r.rec.detailsUrl ?? webUrl(ctx.emu, `/runs/${r.rec.id}`),
  externalId: (r) => r.rec.externalId ?? '',
  startedAt: (r) => r.rec.startedAt,
  completedAt: (r) => r.rec.completedAt,
  permalink: (r, _a, ctx) => webUrl(ctx.emu, `/runs/${r.rec.id}`),
  url: (r, _a, ctx) => webUrl(ctx.emu, `/runs/${r.rec.id}`),
  checkSuite: (r, _a, ctx): CheckSuiteSource => ({
    __typename: 'CheckSuite',
    headSha: r.rec.headSha,
    app: appOf(ctx.emu, r.rec),
  }),
  repository: () => REPOSITORY,
}

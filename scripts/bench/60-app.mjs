// The bundled Probot app (node dist/app.js) against the GitHub emulator: API calls per
// pull_request.opened, and a load test of 200 signed deliveries across 50 PRs.
import { existsSync, mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { buildDemoRepo } from '../../examples/build-demo.mjs'
import { APP_ENTRY, deliver, pullRequestPayload, reviewPayload, startApp, watchRss } from './lib/app-process.mjs'
import { callSummary, splitCalls } from './lib/api-calls.mjs'
import { loadEmulator } from './lib/bundle-ts.mjs'
import { gitIn } from './lib/template-repo.mjs'

const REF = { owner: 'acme', repo: 'prompts' }
const TEAMS = { 'support-ai': ['sam'], legal: ['lee'], 'ai-governance': ['gina'], platform: ['pat'], 'sales-ai': ['sol'] }
const SALES = 'prompts/sales/summarize.prompt'
const PRS = 50
const DELIVERIES = 200
const CONCURRENCY = 50
const DEADLINE_MS = 180_000

export const id = 'app'
export const title = 'App (node dist/app.js): API calls per event and load'
export const method = [
  "The bundled Probot app runs as its own process with Probot's standard env (as `test/app/harness.ts` starts it) against the GitHub emulator (GHES-style `/api/v3` prefix) holding the example repository (`examples/build-demo.mjs`); deliveries are signed (`x-hub-signature-256`) and go to 127.0.0.1 only.",
  "Per-event cost: one `pull_request.opened` each for a low-risk typo fix and for the critical `risky-change` branch (planted secret + CODEOWNERS edit), after one warm-up delivery, counted from the emulator's request log between POST and response (Probot answers after the handlers finish). Minting the installation token (`POST /app/installations/…`) is auth, counted apart.",
  `Load: ${DELIVERIES} deliveries across ${PRS} open PRs (half low-risk typo fixes, half the critical branch plus one commit of their own), four per PR (\`opened\`, \`synchronize\`, \`ready_for_review\`, \`pull_request_review.submitted\`), ${CONCURRENCY} in flight at once. Latency is POST to HTTP response per delivery; peak RSS polls \`/proc/<pid>/status\` VmRSS every 25 ms. Everything is bounded at ${DEADLINE_MS / 1000} s. Writes are paced as in production: one a second per installation, and review requests (which notify people) one every 3 s by \`@octokit/plugin-throttling\`'s notification limiter, so the drain time is bound by the writes, not by CPU.`,
].join(' ')

export async function run(ctx) {
  if (!existsSync(APP_ENTRY)) throw new Error('dist/app.js is missing: run npm run build first')
  const { startEmulator } = await loadEmulator(ctx.tmpRoot)
  const dir = buildDemoRepo(mkdtempSync(join(ctx.tmpRoot, 'demo-')))
  const emulator = await startEmulator({ repoDir: dir, ...REF, pathPrefix: '/api/v3' })
  for (const [slug, members] of Object.entries(TEAMS)) emulator.state.setTeam(REF.owner, slug, members)
  const app = await startApp(emulator.url, ctx.tmpRoot)
  const cmd = 'npm run bench -- app'
  try {
    const typo = (i) => ({
      [SALES]: `${gitIn(dir, 'show', `main:${SALES}`)}\n`.replace(
        'You summarize sales',
        i % 2 ? 'You summarise sales' : `You summarize sales (${i})`,
      ),
    })
    const open = async (label, input) => {
      const pr = await emulator.state.createPull({ base: 'main', author: 'alice', title: label, ...input })
      return pr.number
    }
    const send = async (event, payload) => {
      const from = emulator.requests.length
      const d = await deliver(app, event, payload)
      if (d.status !== 200) throw new Error(`${event}: HTTP ${d.status} ${d.body.slice(0, 200)}\n${app.output().slice(-500)}`)
      return { ...d, requests: emulator.requests.slice(from) }
    }
    await send(
      'pull_request',
      await pullRequestPayload(emulator.url, REF, await open('warm-up', { head: 'warm-up', files: typo(0) }), 'opened'),
    )
    const low = await send(
      'pull_request',
      await pullRequestPayload(emulator.url, REF, await open('Fix typo', { head: 'typo-fix', files: typo(1) }), 'opened'),
    )
    const critical = await send(
      'pull_request',
      await pullRequestPayload(emulator.url, REF, await open('Tweak support prompts', { head: 'risky-change' }), 'opened'),
    )
    const lowCalls = apiOnly(low.requests)
    const critCalls = apiOnly(critical.requests)
    ctx.note(
      `pull_request.opened, low-risk typo fix: ${callSummary(low.requests)} (${low.ms.toFixed(0)} ms). Critical: ${callSummary(critical.requests)} (${critical.ms.toFixed(0)} ms).`,
    )

    const load = await loadTest(ctx, emulator, app, open, typo, dir)
    const rows = [
      {
        name: 'API calls, pull_request.opened, low-risk PR',
        value: lowCalls.total,
        unit: 'calls',
        target: '≤ 4',
        met: lowCalls.total <= 4,
        command: cmd,
      },
      { name: `  of which reads / writes`, value: `${lowCalls.reads} / ${lowCalls.writes}`, unit: '', command: cmd },
      {
        name: 'API calls, pull_request.opened, critical PR',
        value: critCalls.total,
        unit: 'calls',
        target: '≤ 4',
        met: critCalls.total <= 4,
        command: cmd,
      },
      { name: `  of which reads / writes`, value: `${critCalls.reads} / ${critCalls.writes}`, unit: '', command: cmd },
      {
        name: `Load: ${load.done}/${DELIVERIES} deliveries, ${PRS} PRs, ${CONCURRENCY} concurrent: p50 latency`,
        value: load.p50,
        unit: 'ms',
        command: cmd,
      },
      { name: 'Load: p99 latency', value: load.p99, unit: 'ms', command: cmd },
      { name: 'Load: deliveries answered 202 (handlers still running after ~9 s)', value: load.late, unit: '', command: cmd },
      {
        name: `Load: time from first POST until every PR had its promptops/approval check`,
        value: load.allChecksMs === null ? 'not reached' : load.allChecksMs / 1000,
        unit: 's',
        command: cmd,
      },
      {
        name: `Load: time from first POST to the last handler's last API call${load.finished ? '' : ' (not reached: bound hit)'}`,
        value: load.finished ? load.wallMs / 1000 : `> ${DEADLINE_MS / 1000}`,
        unit: 's',
        command: cmd,
      },
      {
        name: `Load: API calls per delivery (mean${load.finished ? '' : ', handlers unfinished'})`,
        value: load.calls.total / load.done,
        unit: 'calls',
        target: '≤ 4',
        met: load.calls.total / load.done <= 4,
        command: cmd,
      },
      {
        name: 'Load: writes (REST; paced one a second per installation, so they bound the drain time)',
        value: load.calls.writes,
        unit: 'writes',
        command: cmd,
      },
      { name: 'Load: app peak RSS', value: load.peakKiB / 1024, unit: 'MiB', command: cmd },
    ]
    if (emulator.violations.length > 0)
      ctx.note(
        `Emulator recorded ${emulator.violations.length} OpenAPI violations, e.g. ${JSON.stringify(emulator.violations[0]).slice(0, 300)}`,
      )
    return rows
  } finally {
    await app.stop()
    await emulator.close()
  }
}

/** Requests that are API work, not auth (installation token minting). */
function apiOnly(requests) {
  return splitCalls(requests.filter((r) => !/^(?:\/api\/v3)?\/app\//.test(r.url)))
}

async function loadTest(ctx, emulator, app, open, typo, dir) {
  const numbers = []
  for (let i = 0; i < PRS; i++) {
    // Each PR has its own head commit, as real PRs do (PRs sharing a head share its check run).
    if (i % 2 === 1) gitIn(dir, 'branch', '-f', `load-${i}`, 'risky-change')
    numbers.push(
      await open(
        `Load PR ${i}`,
        i % 2 === 0
          ? { head: `load-${i}`, files: typo(i + 2) }
          : { head: `load-${i}`, files: { [`notes/load-${i}.md`]: `Load PR ${i}\n` } },
      ),
    )
  }
  // Payloads are built up front so the timed window holds only deliveries.
  const jobs = []
  for (const action of ['opened', 'synchronize', 'ready_for_review']) {
    for (const n of numbers) jobs.push(['pull_request', await pullRequestPayload(emulator.url, REF, n, action)])
  }
  for (const n of numbers) {
    const review = emulator.state.addReview(n, 'sol', 'APPROVED')
    jobs.push(['pull_request_review', await reviewPayload(emulator.url, REF, n, review.id)])
  }
  const rssBefore = watchRss(app.pid).stop()
  const rss = watchRss(app.pid)
  const from = emulator.requests.length
  const latencies = []
  const failures = []
  const deadline = Date.now() + DEADLINE_MS
  const start = performance.now()
  // When every PR had its check: what an author waits for, as opposed to the drain time.
  let allChecksMs = null
  const checksCreated = () =>
    emulator.requests.slice(from).filter((r) => r.method === 'POST' && r.url.endsWith('/check-runs')).length
  const poll = setInterval(() => {
    if (allChecksMs === null && checksCreated() >= PRS) allChecksMs = performance.now() - start
  }, 250)
  let next = 0
  let late = 0
  const worker = async () => {
    while (next < jobs.length && Date.now() < deadline) {
      const [event, payload] = jobs[next++]
      try {
        const d = await deliver(app, event, payload, Math.max(1, deadline - Date.now()))
        // @octokit/webhooks answers 202 when the handlers are still running after ~9 s.
        if (d.status === 200 || d.status === 202) latencies.push(d.ms)
        if (d.status === 202) late++
        else if (d.status !== 200) failures.push(`HTTP ${d.status}`)
      } catch (error) {
        failures.push(String(error?.name ?? error))
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const wallMs = performance.now() - start
  // Handlers answered with 202 keep running: wait until the emulator sees no call for 3 s.
  let finished = false
  while (!finished && Date.now() < deadline) {
    const seen = emulator.requests.length
    await new Promise((r) => setTimeout(r, 3000))
    finished = seen === emulator.requests.length
  }
  const drainedMs = performance.now() - start - (finished ? 3000 : 0)
  clearInterval(poll)
  const peakKiB = rss.stop()
  const requests = emulator.requests.slice(from)
  const calls = apiOnly(requests)
  const auth = requests.length - calls.total
  latencies.sort((a, b) => a - b)
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]
  const checks = requests.filter((r) => r.method === 'POST' && r.url.endsWith('/check-runs')).length
  ctx.note(
    `Load: ${latencies.length - late} answered 200 and ${late} answered 202 (Probot's "still processing" after ~9 s; the handler keeps running) in ${(wallMs / 1000).toFixed(1)} s; ${finished ? `the last API call came ${(drainedMs / 1000).toFixed(1)} s after the first POST` : `handlers were still calling the API when the ${DEADLINE_MS / 1000} s bound stopped the test`}; ${checks} check runs created${failures.length ? `, ${failures.length} failed (${[...new Set(failures)].join(', ')})` : ''}; latency min ${latencies[0]?.toFixed(0)} ms, max ${latencies.at(-1)?.toFixed(0)} ms. API calls: ${calls.total} (${calls.reads} reads, ${calls.writes} writes) plus ${auth} token mints: ${callSummary(requests)}. RSS before the load ${(rssBefore / 1024).toFixed(0)} MiB.`,
  )
  if (latencies.length === 0) throw new Error(`no delivery succeeded: ${failures.slice(0, 3).join('; ')}`)
  return { done: latencies.length, late, finished, p50: pct(50), p99: pct(99), wallMs: drainedMs, allChecksMs, calls, peakKiB }
}

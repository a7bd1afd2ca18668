// Two App replicas (node dist/app.js, REDIS_URL set) behind one webhook sender, against a real
// redis-server and the GitHub emulator: the burst scenario of test/app/replicas.e2e.test.ts,
// larger, with drain time, API calls per delivery and the spacing of writes.
import { existsSync, mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { buildDemoRepo } from '../../examples/build-demo.mjs'
import { importBundled } from './lib/bundle-ts.mjs'
import { gitIn } from './lib/template-repo.mjs'

const LOW = 16
const CRITICAL = 4
const KILL_PRS = 10
const schema = 'node_modules/@octokit/graphql-schema'
const ASSETS = [
  'test/github-emulator/openapi/subset.json',
  [`${schema}/schema.graphql`, 'graphql-schema.schema.graphql'],
  [`${schema}/package.json`, 'graphql-schema.package.json'],
]

export const id = 'replicas'
export const title = 'App scale-out: two replicas sharing one Redis'
export const method = [
  "Two processes of the bundled App (`node dist/app.js`, Probot's standard env plus `REDIS_URL`) and a private `redis-server` (Debian package; no persistence) against the GitHub emulator holding the example repository; one sender delivers signed webhooks (`test/app/replica-burst.ts`, the scenario of `test/app/replicas.e2e.test.ts`).",
  `Burst: ${LOW} low-risk typo fixes and ${CRITICAL} critical PRs (the demo's risky change), each with the sales owner's approval, four events per PR (\`opened\`, \`synchronize\`, \`ready_for_review\`, \`pull_request_review.submitted\`), all in flight at once; a third of the PRs go to each replica alone, the rest alternate event by event. Then ${KILL_PRS} more PRs, during which one replica is SIGKILLed as soon as the burst reaches the emulator, and every delivery it left unanswered is redelivered to the survivor.`,
  "Drain time runs from the first delivery to the last API call; API calls exclude installation-token minting; write gaps are between consecutive writes as the emulator received them (the limiter spaces their release one second apart per installation; arrival adds each process's scheduling delay).",
].join(' ')

export async function run(ctx) {
  if (!existsSync('dist/app.js')) throw new Error('dist/app.js is missing: run npm run build first')
  const lib = await importBundled('scripts/bench/lib/replicas-entry.ts', ctx.tmpRoot, 'replicas', ASSETS)
  const redis = await lib.startRedis()
  if (!redis.ok) throw new Error(`no Redis for the replicas benchmark: ${redis.why}`)
  const dir = buildDemoRepo(mkdtempSync(join(ctx.tmpRoot, 'replicas-')))
  const emulator = await lib.startEmulator({ repoDir: dir, ...lib.REF, pathPrefix: '/api/v3' })
  for (const [slug, members] of Object.entries(lib.TEAMS)) emulator.state.setTeam(lib.REF.owner, slug, members)
  const replicas = await Promise.all([0, 1].map(() => lib.startApp(emulator, undefined, { REDIS_URL: redis.url })))
  const cmd = 'npm run bench -- replicas'
  try {
    const mainText = (path) => `${gitIn(dir, 'show', `main:${path}`)}\n`
    const open = (low, critical) =>
      lib.openPulls(emulator, mainText, (name) => gitIn(dir, 'branch', '-f', name, 'risky-change'), low, critical)
    ctx.log(`burst over ${LOW + CRITICAL} PRs, both replicas up`)
    const both = await lib.runBurst(emulator, await open(LOW, CRITICAL), replicas)
    ctx.log(`burst over ${KILL_PRS} PRs, one replica killed`)
    const killed = await lib.runBurst(emulator, await open(KILL_PRS, 0), replicas, { kill: replicas[1] })
    const runsPerHead = (r) => Math.max(...r.pulls.map((p) => lib.approvalChecks(emulator, p.head).length))
    const gaps = lib.writeSpacing(both.writes)
    const per = (r) => r.calls.length / (r.deliveries + r.redelivered)
    const summary = (r) =>
      `${r.deliveries} deliveries${r.redelivered ? ` + ${r.redelivered} redelivered` : ''}, ${r.late} answered 202, ${r.calls.length} API calls (${r.writes.length} writes), drained in ${(r.drainMs / 1000).toFixed(1)} s`
    ctx.note(
      `Both replicas up: ${summary(both)}; write gaps min ${gaps.minGapMs} ms, median ${gaps.medianGapMs} ms. One replica killed: ${summary(killed)}.`,
    )
    if (emulator.violations.length > 0)
      ctx.note(
        `Emulator recorded ${emulator.violations.length} OpenAPI violations, e.g. ${JSON.stringify(emulator.violations[0]).slice(0, 300)}`,
      )
    return [
      {
        name: `Burst, ${both.pulls.length} PRs × 4 events over 2 replicas: drain time`,
        value: both.drainMs / 1000,
        unit: 's',
        command: cmd,
      },
      {
        name: 'Burst: API calls per delivery',
        value: per(both),
        unit: 'calls',
        target: '≤ 4',
        met: per(both) <= 4,
        command: cmd,
      },
      { name: 'Burst: writes (check runs, review requests)', value: both.writes.length, unit: 'writes', command: cmd },
      {
        name: 'Burst: promptops/approval runs per PR head (most)',
        value: runsPerHead(both),
        unit: '',
        target: '1',
        met: runsPerHead(both) === 1,
        command: cmd,
      },
      {
        name: 'Burst: median gap between writes of the installation (both replicas)',
        value: gaps.medianGapMs,
        unit: 'ms',
        target: '≈ 1,000 ms (shared pacing)',
        met: gaps.medianGapMs >= 800,
        command: cmd,
      },
      {
        name: `Replica killed mid-burst (${killed.pulls.length} PRs): drain time incl. redelivery`,
        value: killed.drainMs / 1000,
        unit: 's',
        command: cmd,
      },
      { name: 'Replica killed: deliveries redelivered to the survivor', value: killed.redelivered, unit: '', command: cmd },
      { name: 'Replica killed: API calls per delivery (redeliveries included)', value: per(killed), unit: 'calls', command: cmd },
      {
        name: 'Replica killed: promptops/approval runs per PR head (most)',
        value: runsPerHead(killed),
        unit: '',
        target: '1',
        met: runsPerHead(killed) === 1,
        command: cmd,
      },
    ]
  } finally {
    await Promise.all(replicas.map((r) => r.stop()))
    await emulator.close()
    await redis.stop()
  }
}

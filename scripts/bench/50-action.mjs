// The bundled Action (dist/index.js) end to end on a 50-template pull request against the
// GitHub emulator: wall time and API calls per run.
import { existsSync } from 'node:fs'
import { callSummary, splitCalls } from './lib/api-calls.mjs'
import { loadEmulator } from './lib/bundle-ts.mjs'
import { ACTION_ENTRY, runAction } from './lib/run-action.mjs'
import { NODE24 } from './lib/secretlint-cli.mjs'
import { median } from './lib/stats.mjs'
import { cloneAt, templateRepo } from './lib/template-repo.mjs'

const OWNER = 'acme'
const REPO = 'prompts'
const TOKEN = 'ghs_benchactiontoken00000000000000000'
const TEMPLATES = 50

export const id = 'action'
export const title = 'Action end to end (node dist/index.js, 50-template pull request)'
export const method = [
  `A temp git repository with ${TEMPLATES} corpus templates (all six formats, ~10 KB each) plus the example repo's \`.github/promptops.yml\` and CODEOWNERS; a head branch edits all ${TEMPLATES}.`,
  'The GitHub emulator (`test/github-emulator`, bundled with esbuild) serves the REST API on 127.0.0.1; each run opens a fresh pull request, writes the event payload (the PR as the emulator serves it), and runs `node dist/index.js` with the env a runner sets (`GITHUB_EVENT_PATH`, every `INPUT_*` at its action.yml default, `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`, `GITHUB_WORKSPACE` = a full clone checked out at the head, `GITHUB_API_URL`).',
  "The Action runs under Node 24, as `runs.using: node24` has GitHub run it (the bench's own Node if `.cache/node24` is missing; the note says which). Wall time is spawn to exit. API calls are the emulator's request-log delta for the run; GET (including the codeload download, if any) counts as a read, anything else as a write.",
].join(' ')

export async function run(ctx) {
  if (!existsSync(ACTION_ENTRY)) throw new Error('dist/index.js is missing: run npm run build first')
  const { startEmulator } = await loadEmulator(ctx.tmpRoot)
  const repo = templateRepo(ctx.tmpRoot, { count: TEMPLATES })
  ctx.log(
    `repo: ${repo.templates} templates, ${repo.changed} files changed on the head branch, ${(repo.bytes / 1000).toFixed(0)} KB`,
  )
  const emulator = await startEmulator({ repoDir: repo.dir, owner: OWNER, repo: REPO })
  try {
    const runs = []
    const count = 3
    // One untimed warm-up, so the first timed run does not pay for a cold disk cache.
    for (let i = 0; i < count + ctx.warmup; i++) runs.push(await oneRun(ctx, emulator, repo))
    const timed = runs.slice(ctx.warmup)
    const calls = timed.map((r) => splitCalls(r.requests))
    if (timed.some((r) => r.code !== 0))
      throw new Error(
        `action exited ${timed.map((r) => r.code).join(', ')}: ${timed.find((r) => r.code !== 0).stderr.slice(0, 400)}`,
      )
    if (emulator.violations.length > 0)
      ctx.note(
        `Emulator recorded ${emulator.violations.length} OpenAPI violations: ${JSON.stringify(emulator.violations.slice(0, 2))}`,
      )
    ctx.note(`Node: ${existsSync(NODE24) ? 'Node 24 (.cache/node24)' : process.version}.`)
    ctx.note(
      `Runs (ms): ${timed.map((r) => r.ms.toFixed(0)).join(', ')} (warm-up ${runs
        .slice(0, ctx.warmup)
        .map((r) => r.ms.toFixed(0))
        .join(
          ', ',
        )}). Outputs of the last run: risk-level ${timed.at(-1).outputs['risk-level'] ?? '?'}, finding-count ${timed.at(-1).outputs['finding-count'] ?? '?'}.`,
    )
    ctx.note(
      `API calls per run: ${calls.map((c) => `${c.total} (${c.reads} reads, ${c.writes} writes)`).join('; ')}. Last run: ${callSummary(timed.at(-1).requests)}.`,
    )
    const cmd = 'npm run bench -- action'
    const ms = median(timed.map((r) => r.ms))
    return [
      {
        name: `Action wall time, ${TEMPLATES}-template PR (median of ${timed.length}, fresh PR each)`,
        value: ms,
        unit: 'ms',
        target: '< 1,000 ms',
        met: ms < 1000,
        command: cmd,
      },
      { name: 'API calls per run', value: median(calls.map((c) => c.total)), unit: 'calls', command: cmd },
      { name: 'API reads per run (GET)', value: median(calls.map((c) => c.reads)), unit: 'calls', command: cmd },
      { name: 'API writes per run', value: median(calls.map((c) => c.writes)), unit: 'calls', command: cmd },
    ]
  } finally {
    await emulator.close()
  }
}

async function oneRun(ctx, emulator, repo) {
  const pr = await emulator.state.createPull({
    head: 'edit-all',
    base: 'main',
    author: 'alice',
    title: `Edit all ${TEMPLATES} templates`,
  })
  const res = await fetch(`${emulator.url}/repos/${OWNER}/${REPO}/pulls/${pr.number}`, {
    headers: { authorization: `token ${TOKEN}` },
  })
  const payload = {
    action: 'opened',
    number: pr.number,
    pull_request: await res.json(),
    repository: { full_name: `${OWNER}/${REPO}` },
  }
  const workspace = cloneAt(ctx.tmpRoot, repo.dir, repo.head)
  const from = emulator.requests.length
  // GitHub runs the Action on Node 24 (action.yml); scripts/node24.mjs installs one.
  const node = existsSync(NODE24) ? NODE24 : process.execPath
  const run = await runAction({
    root: ctx.tmpRoot,
    workspace,
    apiUrl: emulator.url,
    repository: `${OWNER}/${REPO}`,
    eventName: 'pull_request',
    payload,
    inputs: { 'github-token': TOKEN },
    node,
  })
  const requests = emulator.requests.slice(from)
  return { ...run, requests }
}

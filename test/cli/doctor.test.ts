import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { startEmulator, type Emulator } from '../github-emulator/index.js'
import { octokitFor } from '../github-emulator/octokit.js'
import { cli } from '../helpers/cli-io.js'
import { commitBranch, demoRepo, gitIn } from '../helpers/demo-repo.js'

const APP_ID = 424242 // the emulator's installed App, `promptops`
const ROGUE = { id: 777, slug: 'rogue', name: 'Rogue', owner: 'mallory' }
let repo: string
let emulator: Emulator
const env = (extra: Record<string, string> = {}) => ({
  GITHUB_TOKEN: 'ghs_doctortoken0000000000000000000000',
  GITHUB_API_URL: emulator.url,
  ...extra,
})
const doctor = (...args: string[]) => [
  'doctor',
  '--repo',
  repo,
  '--ref',
  'main',
  '--github-repo',
  'acme/prompts',
  '--format',
  'json',
  ...args,
]
const checksOf = (stdout: string): Array<{ id: string; status: string; message: string }> => JSON.parse(stdout).checks
const byId = (stdout: string) => Object.fromEntries(checksOf(stdout).map((c) => [c.id, c]))

/** main requires the approval check from the App and GitHub reviews with last-push approval; the audit branch is protected. */
function soundSetup(): void {
  emulator.state.protection.set('main', {
    requiredStatusChecks: ['ci', { context: 'promptops/approval', appId: APP_ID }],
    requireLastPushApproval: true,
  })
  emulator.state.protection.set('promptops-audit', { requirePullRequest: false })
}

beforeAll(async () => {
  repo = demoRepo()
  gitIn(repo, 'branch', 'promptops-audit', 'main')
  emulator = await startEmulator({
    repoDir: repo,
    owner: 'acme',
    repo: 'prompts',
    defaultBranch: 'main',
    apps: { ghs_rogue: ROGUE },
  })
})
afterAll(async () => emulator?.close())
afterEach(() => {
  emulator.state.protection.clear()
  emulator.state.rulesets.length = 0
  emulator.clearFaults()
})

describe('promptops doctor', () => {
  it('passes offline with a warning that GitHub settings were not checked', async () => {
    const run = await cli(['doctor', '--repo', repo, '--ref', 'main'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('✓ owners: all 7 governed templates have owners')
    expect(run.stdout).toContain('! github-settings: GitHub settings not checked')
  })

  it('fails when the branch does not require promptops/approval', async () => {
    emulator.state.protection.set('main', { requiredStatusChecks: ['ci'] })
    const run = await cli(doctor(), { env: env() })
    expect(run.code).toBe(2)
    expect(byId(run.stdout)['approval-required']).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('main does not require the promptops/approval check'),
    })
  })

  it('fails when any App may post the required check, and names the App that did', async () => {
    emulator.state.protection.set('main', { requiredStatusChecks: ['promptops/approval'] })
    // The attack: another App (or a workflow with checks: write) posts a passing check on a PR head.
    const pr = await emulator.state.createPull({ head: 'risky-change', base: 'main', author: 'mallory', title: 'rogue' })
    await octokitFor(emulator.url, 'ghs_rogue').rest.checks.create({
      owner: 'acme',
      repo: 'prompts',
      name: 'promptops/approval',
      head_sha: pr.headSha,
      status: 'completed',
      conclusion: 'success',
    })
    const run = await cli(doctor('--app-id', String(APP_ID)), { env: env() })
    expect(run.code).toBe(2)
    const checks = byId(run.stdout)
    expect(checks['approval-required']).toMatchObject({
      status: 'fail',
      message: expect.stringContaining(
        'main requires promptops/approval from any source: any App or workflow with checks: write can post a passing promptops/approval',
      ),
    })
    expect(checks['approval-source']).toMatchObject({
      status: 'fail',
      message: expect.stringContaining(`rogue (App 777) on #${pr.number}`),
    })
    emulator.state.checkRuns.clear()
    expect(emulator.violations).toEqual([])
  })

  it('is happy when the check is pinned to the App and the audit branch is protected (bundled CLI)', async () => {
    soundSetup()
    const run = await new Promise<{ code: number; stdout: string }>((done) => {
      execFile(
        process.execPath,
        [resolve('dist/cli.js'), ...doctor('--format', 'text', '--app-id', String(APP_ID))],
        { env: { PATH: process.env.PATH ?? '', ...env() } },
        (error, stdout) => done({ code: error ? Number(error.code) : 0, stdout }),
      )
    })
    expect(run.stdout).toContain(
      `✓ approval-required: main requires promptops/approval from the PromptOps App (id ${APP_ID}, --app-id)`,
    )
    expect(run.stdout).toContain('✓ audit-branch: promptops-audit is protected against force pushes and deletion')
    expect(run.stdout).toContain('✓ last-push-approval: main requires approval of the most recent reviewable push')
    expect(run.stdout).not.toMatch(/^[!✗]/m)
    expect(run.code).toBe(0)
    expect(emulator.violations).toEqual([])
  })

  it('reads rulesets when classic protection needs admin access it does not have', async () => {
    emulator.state.rulesets.push({
      name: 'main',
      branches: ['main'],
      rules: [
        { type: 'pull_request', requiredApprovingReviewCount: 1 },
        { type: 'required_status_checks', checks: [{ context: 'promptops/approval', appId: APP_ID }] },
      ],
    })
    emulator.state.rulesets.push({
      name: 'audit',
      branches: ['promptops-audit'],
      rules: [{ type: 'non_fast_forward' }, { type: 'deletion' }],
    })
    for (const branch of ['main', 'promptops-audit'])
      emulator.setFault({
        route: `/repos/acme/prompts/branches/${branch}/protection`,
        status: 403,
        message: 'Must have admin rights to Repository.',
      })
    const run = await cli(doctor(), { env: env({ PROMPTOPS_APP_ID: String(APP_ID) }) })
    const checks = byId(run.stdout)
    expect(checks['approval-required']).toMatchObject({ status: 'ok', message: expect.stringContaining('PROMPTOPS_APP_ID') })
    expect(checks['audit-branch']).toMatchObject({ status: 'ok' })
    expect(checks['last-push-approval']).toMatchObject({
      status: 'warn',
      message: expect.stringContaining('could not read branch protection (reading it needs admin access)'),
    })
    expect(run.code).toBe(0)
  })

  it('warns while the base may move under a decided check, and is content with a merge queue', async () => {
    soundSetup()
    emulator.state.protection.set('main', {
      requiredStatusChecks: [{ context: 'promptops/approval', appId: APP_ID }],
      requireLastPushApproval: true,
      requireUpToDate: false,
    })
    const stale = await cli(doctor('--app-id', String(APP_ID)), { env: env() })
    expect(byId(stale.stdout)['up-to-date']).toMatchObject({
      status: 'warn',
      message: expect.stringContaining('main neither requires branches to be up to date before merging nor uses a merge queue'),
    })
    expect(stale.code).toBe(0)
    emulator.state.rulesets.push({ name: 'queue', branches: ['main'], rules: [{ type: 'merge_queue' }] })
    const queued = await cli(doctor('--app-id', String(APP_ID)), { env: env() })
    expect(byId(queued.stdout)['up-to-date']).toMatchObject({
      status: 'ok',
      message: 'main merges through a merge queue: checks are decided on what will merge',
    })
    expect(emulator.violations).toEqual([])
  })

  it('fails when the check is pinned to another App than the one named by --app-slug', async () => {
    emulator.state.protection.set('main', { requiredStatusChecks: [{ context: 'promptops/approval', appId: ROGUE.id }] })
    const run = await cli(doctor('--app-slug', 'promptops'), { env: env() })
    expect(run.code).toBe(2)
    expect(byId(run.stdout)['approval-required']).toMatchObject({
      status: 'fail',
      message: expect.stringContaining(`from App 777, not the PromptOps App (id ${APP_ID}, App promptops)`),
    })
  })

  it('infers the App from the check runs it posted, and says so', async () => {
    soundSetup()
    const pr = await emulator.state.createPull({ head: 'risky-change', base: 'main', author: 'alice', title: 'ours' })
    await octokitFor(emulator.url).rest.checks.create({
      owner: 'acme',
      repo: 'prompts',
      name: 'promptops/approval',
      head_sha: pr.headSha,
      status: 'completed',
      conclusion: 'success',
    })
    const run = await cli(doctor(), { env: env() })
    const checks = byId(run.stdout)
    expect(checks['approval-required']).toMatchObject({
      status: 'ok',
      message: expect.stringContaining(`inferred: promptops posted promptops/approval on #${pr.number}`),
    })
    expect(checks['approval-source']).toMatchObject({ status: 'ok' })
    emulator.state.checkRuns.clear()
  })

  it('fails when the audit branch can be force-pushed, and warns about one that needs pull requests', async () => {
    soundSetup()
    emulator.state.protection.set('promptops-audit', { allowForcePushes: true })
    const run = await cli(doctor('--app-id', String(APP_ID)), { env: env() })
    expect(run.code).toBe(2)
    const checks = byId(run.stdout)
    expect(checks['audit-branch']).toMatchObject({
      status: 'fail',
      message: expect.stringContaining(
        'promptops-audit allows force pushes: anyone who can push could rewrite or delete the audit log',
      ),
    })
    expect(checks['audit-branch-writable']).toMatchObject({ status: 'warn' })
  })

  it('follows config audit.branch, and warns when that branch does not exist yet', async () => {
    commitBranch(repo, 'main', 'own-audit', {
      '.github/promptops.yml': `${gitIn(repo, 'show', 'main:.github/promptops.yml')}\naudit:\n  branch: records\n`,
    })
    gitIn(repo, 'checkout', '-q', 'main')
    soundSetup()
    const run = await cli([...doctor('--app-id', String(APP_ID)), '--ref', 'own-audit'], { env: env() })
    expect(byId(run.stdout)['audit-branch']).toMatchObject({
      status: 'warn',
      message: expect.stringContaining('records does not exist yet'),
    })
  })

  it('refuses an App id that is not a number', async () => {
    const run = await cli(doctor('--app-id', 'promptops'), { env: env() })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--app-id must be a GitHub App id, a positive number (got "promptops")')
  })

  it('reports CODEOWNERS errors with file and line', async () => {
    commitBranch(repo, 'main', 'bad-owners', { '.github/CODEOWNERS': '* @acme/platform\n[abc].md @x\n' })
    gitIn(repo, 'checkout', '-q', 'main')
    const run = await cli(['doctor', '--repo', repo, '--ref', 'bad-owners'])
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('.github/CODEOWNERS:2')
  })
})

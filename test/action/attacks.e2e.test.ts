// Attacks on the Action from a pull request's author (issue 15, items 14, 17 and 18), each run
// end to end: the bundled Action, as a runner runs it, against the GitHub emulator.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { COMMENT_MARKER } from '../../src/core/report/markdown.js'
import { startEmulator, type Emulator } from '../github-emulator/index.js'
import { runAction } from '../helpers/action-runner.js'
import { DEMO_AWS_KEY, demoRepo, gitIn } from '../helpers/demo-repo.js'

const OWNER = 'acme'
const REPO = 'prompts'
const TOKEN = 'ghs_actiontesttoken000000000000000000'
const MALLORY = 'ghp_mallorystoken0000000000000000000000'

let origin: string
let emulator: Emulator

beforeAll(async () => {
  origin = demoRepo()
  emulator = await startEmulator({ repoDir: origin, owner: OWNER, repo: REPO, actors: { [MALLORY]: 'mallory' } })
})
afterAll(async () => emulator?.close())

function cloneAt(ref: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'workspace-'))
  execFileSync('git', ['clone', '-q', `file://${origin}`, dir])
  gitIn(dir, 'checkout', '-q', gitIn(origin, 'rev-parse', ref))
  return dir
}

async function pullPayload(number: number): Promise<unknown> {
  const res = await fetch(`${emulator.url}/repos/${OWNER}/${REPO}/pulls/${number}`, {
    headers: { authorization: `token ${TOKEN}` },
  })
  return { action: 'synchronize', number, pull_request: await res.json(), repository: { full_name: `${OWNER}/${REPO}` } }
}

const run = async (number: number, workspace: string, inputs: Record<string, string> = {}) =>
  runAction({
    workspace,
    apiUrl: emulator.url,
    repository: `${OWNER}/${REPO}`,
    eventName: 'pull_request',
    payload: await pullPayload(number),
    inputs: { 'github-token': TOKEN, 'fail-on': 'none', comment: 'on-risk', ...inputs },
  })

const commentsOn = (number: number) => [...emulator.state.comments.values()].filter((c) => c.issue === number)

describe('item 17: output files through links the pull request committed', () => {
  let victimDir: string
  let victim: string
  let number: number
  beforeAll(async () => {
    victimDir = mkdtempSync(join(tmpdir(), 'victim-'))
    victim = join(victimDir, 'victim.txt')
    writeFileSync(victim, 'precious\n')
    // The PR commits a link at the default report path, and a folder link for the SARIF file.
    gitIn(origin, 'checkout', '-q', '-B', 'links', 'risky-change')
    symlinkSync(victim, join(origin, 'promptops-report.json'))
    symlinkSync(victimDir, join(origin, 'out'))
    gitIn(origin, 'add', 'promptops-report.json', 'out')
    gitIn(origin, 'commit', '-q', '-m', 'links')
    gitIn(origin, 'checkout', '-q', 'main')
    number = (await emulator.state.createPull({ head: 'links', base: 'main', author: 'mallory', title: 'links' })).number
  })

  it('refuses a committed link at the report path, after publishing the report', async () => {
    const workspace = cloneAt('links')
    const result = await run(number, workspace)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '::error::report-path "promptops-report.json": promptops-report.json is a symbolic link in the workspace',
    )
    expect(readFileSync(victim, 'utf8')).toBe('precious\n')
    // The report still reached the pull request: the link cannot hide it.
    expect(result.outputs['risk-level']).toBe('critical')
    expect(commentsOn(number).map((c) => c.body)).toEqual([expect.stringContaining('Reviewer checklist')])
    expect(result.outputs['report-path']).toBe('')
  })

  it('refuses a folder link on the way to the SARIF file', async () => {
    const workspace = cloneAt('links')
    const result = await run(number, workspace, { 'report-path': 'reports/promptops.json', 'sarif-path': 'out/promptops.sarif' })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('::error::sarif-path "out/promptops.sarif": out is a symbolic link in the workspace')
    expect(readdirSync(victimDir)).toEqual(['victim.txt'])
    // The report file went where it was asked, in a folder the Action created.
    expect(JSON.parse(readFileSync(join(workspace, 'reports/promptops.json'), 'utf8')).level).toBe('critical')
  })

  it('refuses a path outside the workspace', async () => {
    const outside = join(victimDir, 'report.json')
    const result = await run(number, cloneAt('links'), { 'report-path': '../escape.json', 'sarif-path': outside })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('::error::report-path "../escape.json": the path must name a file inside the workspace')
    expect(existsSync(outside)).toBe(false)
    expect(emulator.violations).toEqual([])
  })

  it('still writes over a regular file it wrote before, and into the workspace by absolute path', async () => {
    const workspace = cloneAt('risky-change')
    mkdirSync(join(workspace, 'out'))
    const first = await run(number, workspace, { 'report-path': join(workspace, 'out/r.json') })
    const second = await run(number, workspace, { 'report-path': join(workspace, 'out/r.json') })
    expect([first.code, second.code]).toEqual([0, 0])
    expect(second.outputs['report-path']).toBe(join(workspace, 'out/r.json'))
    expect(readdirSync(join(workspace, 'out'))).toEqual(['r.json'])
  })
})

describe('item 18: a comment that carries the marker but is not ours', () => {
  it("posts its own comment and never edits the squatter's", async () => {
    const { number } = await emulator.state.createPull({ head: 'risky-change', base: 'main', author: 'mallory', title: 'squat' })
    const squat = `${COMMENT_MARKER}\n## PromptOps risk: 🟢 low (score 0/100)\nNothing to review.`
    const posted = await fetch(`${emulator.url}/repos/${OWNER}/${REPO}/issues/${number}/comments`, {
      method: 'POST',
      headers: { authorization: `token ${MALLORY}` },
      body: JSON.stringify({ body: squat }),
    })
    expect(posted.status).toBe(201)
    for (let i = 0; i < 2; i++) {
      const result = await run(number, cloneAt('risky-change'), { 'fail-on': i === 0 ? 'none' : 'high' })
      expect(result.stderr).toBe('')
      const comments = commentsOn(number)
      expect(comments.map((c) => [c.user, c.body === squat])).toEqual([
        ['mallory', true],
        ['promptops[bot]', false],
      ])
      expect(comments[1]!.body).toContain('Reviewer checklist')
    }
    expect(emulator.violations).toEqual([])
  })
})

describe('item 14: more files than GitHub lists', () => {
  let number: number
  beforeAll(async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 3000; i++) files[`data/file-${String(i).padStart(4, '0')}.txt`] = `row ${i}\n`
    // Listed last (GitHub sorts by path): past the 3,000th file.
    files['prompts/zz/late.prompt.yml'] =
      `model: openai/gpt-4o-mini\nmessages:\n  - role: system\n    content: Use key ${DEMO_AWS_KEY} for billing.\n`
    number = (await emulator.state.createPull({ head: 'filler', base: 'main', author: 'mallory', title: 'filler', files })).number
  })

  it('fails closed on the API path, naming the limit', async () => {
    const result = await run(number, mkdtempSync(join(tmpdir(), 'empty-')))
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('read 3000 changed file(s) from the api')
    expect(result.stdout).toContain(
      'lists at most 3,000 files of a pull request and this one changes 3,001: PromptOps read 3,000 and could not check the other 1',
    )
    expect(result.outputs['risk-level']).toBe('critical')
    const report = JSON.parse(readFileSync(result.outputs['report-path']!, 'utf8'))
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['policy.incomplete-change'])
    const check = [...emulator.state.checkRuns.values()]
      .filter((c) => c.name === 'promptops/risk' && c.headSha === gitIn(origin, 'rev-parse', 'filler'))
      .at(-1)
    expect(check).toMatchObject({ conclusion: 'failure' })
    expect(emulator.state.pulls.get(number)!.labels).toContain('prompt-risk:critical')
    expect(emulator.violations).toEqual([])
  })

  it('sees every file from the checkout', async () => {
    const result = await run(number, cloneAt('filler'))
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('read 3001 changed file(s) from the checkout')
    const report = JSON.parse(readFileSync(result.outputs['report-path']!, 'utf8'))
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'secrets.aws-access-key', path: 'prompts/zz/late.prompt.yml' }),
    )
    expect(report.findings.map((f: { rule: string }) => f.rule)).not.toContain('policy.incomplete-change')
  })

  it('fails closed on a merge group the compare API cannot list whole', async () => {
    const payload = {
      merge_group: { base_sha: gitIn(origin, 'rev-parse', 'main'), head_sha: gitIn(origin, 'rev-parse', 'filler') },
    }
    const result = await runAction({
      workspace: mkdtempSync(join(tmpdir(), 'empty-')),
      apiUrl: emulator.url,
      repository: `${OWNER}/${REPO}`,
      eventName: 'merge_group',
      payload,
      inputs: { 'github-token': TOKEN, 'fail-on': 'none' },
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain("GitHub's compare API lists at most 300 files")
    expect(result.outputs['risk-level']).toBe('critical')
    expect(emulator.violations).toEqual([])
  })
})

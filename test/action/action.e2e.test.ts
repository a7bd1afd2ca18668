// The bundled Action against the GitHub emulator, run as a runner runs it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../github-emulator/index.js'
import { nodeBinaries, runAction } from '../helpers/action-runner.js'
import { commitBranch, DEMO_AWS_KEY, demoRepo, gitIn } from '../helpers/demo-repo.js'
import { sarifErrors } from '../helpers/sarif.js'

const OWNER = 'acme'
const REPO = 'prompts'
const TOKEN = 'ghs_actiontesttoken000000000000000000'
const READ_ONLY = 'ghs_readonlytoken00000000000000000000'

let origin: string
let emulator: Emulator

beforeAll(async () => {
  origin = demoRepo()
  emulator = await startEmulator({ repoDir: origin, owner: OWNER, repo: REPO, readOnlyTokens: [READ_ONLY] })
  emulator.state.addLabel('bug', 'd73a4a')
})
afterAll(async () => {
  await emulator?.close()
})

function clone(options: { shallow?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'workspace-'))
  const head = gitIn(origin, 'rev-parse', 'risky-change')
  execFileSync('git', ['clone', '-q', ...(options.shallow ? ['--depth=1', '--no-local'] : []), `file://${origin}`, dir])
  gitIn(dir, 'checkout', '-q', head)
  return dir
}

async function pullPayload(number: number): Promise<unknown> {
  const res = await fetch(`${emulator.url}/repos/${OWNER}/${REPO}/pulls/${number}`, {
    headers: { authorization: `token ${TOKEN}` },
  })
  return { action: 'synchronize', number, pull_request: await res.json(), repository: { full_name: `${OWNER}/${REPO}` } }
}

const inputs = (extra: Record<string, string> = {}) => ({ 'github-token': TOKEN, 'fail-on': 'none', ...extra })

describe.each(nodeBinaries())('the bundled Action on %s', (_name, node) => {
  let number: number
  let workspace: string
  beforeAll(async () => {
    const pr = await emulator.state.createPull({
      head: 'risky-change',
      base: 'main',
      author: 'alice',
      title: 'Tweak support prompts',
    })
    number = pr.number
    for (const name of ['prompt-risk:low', 'prompt:toxicity']) emulator.state.addLabel(name)
    emulator.state.pulls.get(number)!.labels.push('bug', 'prompt-risk:low', 'prompt:toxicity')
    workspace = clone()
  })

  it('labels, comments once, checks with annotations, writes SARIF and outputs', async () => {
    const run = await runAction({
      node,
      workspace,
      apiUrl: emulator.url,
      repository: `${OWNER}/${REPO}`,
      eventName: 'pull_request',
      payload: await pullPayload(number),
      inputs: inputs(),
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs['risk-level']).toBe('critical')
    expect(Number(run.outputs['risk-score'])).toBeGreaterThan(50)
    const labels = emulator.state.pulls.get(number)!.labels
    expect(labels).toEqual(
      expect.arrayContaining([
        'bug',
        'prompt-risk:critical',
        'prompt:secrets',
        'prompt:pii',
        'prompt:injection',
        'prompt:guardrails',
        'prompt:policy',
      ]),
    )
    expect(labels).not.toContain('prompt-risk:low')
    expect(labels).not.toContain('prompt:toxicity')
    expect(labels.filter((l) => l.startsWith('prompt-risk:'))).toHaveLength(1)
    const comments = [...emulator.state.comments.values()].filter((c) => c.issue === number)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('Reviewer checklist')
    // Who must approve (critical tier of the example policy) and where the check is.
    expect(comments[0]!.body).toContain(
      `the [\`promptops/approval\`](https://github.example.test/${OWNER}/${REPO}/pull/${number}/checks) check passes once`,
    )
    expect(comments[0]!.body).toMatch(/- 2 approvals from code owners of the changed templates — .*`@acme\/support-ai`/)
    // Eval results from the workspace (evals/*.json in the example config) sit next to it.
    expect(comments[0]!.body).toContain('| template | accuracy | last merged |')
    expect(comments[0]!.body).toMatch(/triage\.prompt\.yml` \| 0\.9\d* \| — \| first measurement \| 122 /)
    const checks = [...emulator.state.checkRuns.values()].filter(
      (c) => c.name === 'promptops/risk' && c.headSha === gitIn(origin, 'rev-parse', 'risky-change'),
    )
    expect(checks.at(-1)).toMatchObject({ status: 'completed', conclusion: 'neutral' })
    expect(checks.at(-1)!.annotations.length).toBeGreaterThan(5)
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-path']!, 'utf8'))
    expect(sarifErrors(sarif)).toEqual([])
    expect(JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')).level).toBe('critical')
    expect(run.summary).toContain('PromptOps risk')
    expect(emulator.violations).toEqual([])
  })

  it('updates the sticky comment on a second run instead of adding one', async () => {
    const run = await runAction({
      node,
      workspace,
      apiUrl: emulator.url,
      repository: `${OWNER}/${REPO}`,
      eventName: 'pull_request',
      payload: await pullPayload(number),
      inputs: inputs({ 'fail-on': 'high' }),
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('meets fail-on: high')
    expect([...emulator.state.comments.values()].filter((c) => c.issue === number)).toHaveLength(1)
    expect(emulator.violations).toEqual([])
  })

  it('never sends a secret or PII value to the API or the logs', () => {
    const sent = emulator.requests.map((r) => r.body).join('\n')
    for (const value of [DEMO_AWS_KEY, 'maria.gonzalez@gmail.com', '415 555 2671']) expect(sent).not.toContain(value)
  })
})

describe('Action scenarios', () => {
  it('fetches the base commit itself in a shallow checkout', async () => {
    const pr = await emulator.state.createPull({ head: 'risky-change', base: 'main', author: 'alice', title: 'shallow' })
    const run = await runAction({
      workspace: clone({ shallow: true }),
      apiUrl: emulator.url,
      repository: `${OWNER}/${REPO}`,
      eventName: 'pull_request',
      payload: await pullPayload(pr.number),
      inputs: inputs(),
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('from the checkout')
    expect(run.outputs['risk-level']).toBe('critical')
  })

  it('falls back to the REST API without a usable checkout', async () => {
    const pr = await emulator.state.createPull({ head: 'risky-change', base: 'main', author: 'alice', title: 'api' })
    const run = await runAction({
      workspace: mkdtempSync(join(tmpdir(), 'empty-')),
      apiUrl: emulator.url,
      repository: `${OWNER}/${REPO}`,
      eventName: 'pull_request',
      payload: await pullPayload(pr.number),
      inputs: inputs(),
    })
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('from the api')
    expect(run.outputs['risk-level']).toBe('critical')
    expect(emulator.violations).toEqual([])
  })

  it('degrades gracefully with a read-only token (fork pull request)', async () => {
    const pr = await emulator.state.createPull({
      head: 'risky-change',
      base: 'main',
      author: 'mallory',
      title: 'fork',
      fork: true,
    })
    const before = emulator.state.comments.size
    const run = await runAction({
      workspace: clone(),
      apiUrl: emulator.url,
      repository: `${OWNER}/${REPO}`,
      eventName: 'pull_request',
      payload: await pullPayload(pr.number),
      inputs: inputs({ 'github-token': READ_ONLY }),
    })
    expect(run.code).toBe(0)
    expect(run.stdout.match(/::notice::The token cannot write/g)).toHaveLength(1)
    expect(run.stdout).toContain(
      '::error title=critical%3A secrets.aws-access-key,file=prompts/support/triage.prompt.yml,line=28::',
    )
    expect(run.outputs['risk-level']).toBe('critical')
    expect(emulator.state.comments.size).toBe(before)
  })

  it('publishes every output before failing on a write GitHub refused', async () => {
    const pr = await emulator.state.createPull({ head: 'risky-change', base: 'main', author: 'alice', title: 'labels refused' })
    const checksBefore = emulator.state.checkRuns.size
    // 422 is not retried; it is not a permission refusal either, so the job must fail.
    emulator.setFault({ method: 'POST', route: '/repos/{owner}/{repo}/issues/{issue_number}/labels', status: 422 })
    const run = await runAction({
      workspace: clone(),
      apiUrl: emulator.url,
      repository: `${OWNER}/${REPO}`,
      eventName: 'pull_request',
      payload: await pullPayload(pr.number),
      inputs: inputs(),
    })
    emulator.clearFaults()
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error::Validation Failed/m)
    expect(emulator.state.checkRuns.size).toBe(checksBefore + 1)
    expect([...emulator.state.comments.values()].filter((c) => c.issue === pr.number)).toHaveLength(1)
    expect(emulator.state.pulls.get(pr.number)!.labels).toEqual([])
  })

  it('says nothing needs doing when no template changed', async () => {
    const sha = gitIn(origin, 'rev-parse', 'main')
    gitIn(origin, 'branch', '-f', 'docs-only', sha)
    const pr = await emulator.state.createPull({
      head: 'docs-only',
      base: 'main',
      author: 'alice',
      title: 'docs',
      files: { 'docs/notes.md': 'hello\n' },
    })
    const run = await runAction({
      workspace: mkdtempSync(join(tmpdir(), 'empty-')),
      apiUrl: emulator.url,
      repository: `${OWNER}/${REPO}`,
      eventName: 'pull_request',
      payload: await pullPayload(pr.number),
      inputs: inputs(),
    })
    expect(run.code).toBe(0)
    expect(run.outputs['risk-level']).toBe('low')
    expect([...emulator.state.comments.values()].filter((c) => c.issue === pr.number)).toHaveLength(0)
    expect(emulator.state.pulls.get(pr.number)!.labels).toEqual(['prompt-risk:low'])
  })

  it('handles a 3,000-file pull request through the API (paginated)', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 2999; i++) files[`data/file-${String(i).padStart(4, '0')}.txt`] = `row ${i}\n`
    files['prompts/bulk/new.prompt.yml'] = 'model: openai/gpt-4o-mini\nmessages:\n  - role: system\n    content: You are terse.\n'
    const pr = await emulator.state.createPull({ head: 'bulk', base: 'main', author: 'alice', title: 'bulk', files })
    const before = emulator.requests.length
    const run = await runAction({
      workspace: mkdtempSync(join(tmpdir(), 'empty-')),
      apiUrl: emulator.url,
      repository: `${OWNER}/${REPO}`,
      eventName: 'pull_request',
      payload: await pullPayload(pr.number),
      inputs: inputs(),
    })
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('read 3000 changed file(s) from the api')
    const pages = emulator.requests.slice(before).filter((r) => r.url.includes(`/pulls/${pr.number}/files`))
    expect(pages).toHaveLength(30)
    expect(emulator.violations).toEqual([])
  })

  it('records a merged pull request on the audit branch when given a signing key', async () => {
    const { generateKeyPairSync } = await import('node:crypto')
    const key = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    const pr = await emulator.state.createPull({ head: 'risky-change', base: 'main', author: 'alice', title: 'merge me' })
    await emulator.state.mergePull(pr.number)
    const payload = { ...((await pullPayload(pr.number)) as object), action: 'closed' }
    const run = await runAction({
      workspace: mkdtempSync(join(tmpdir(), 'empty-')),
      apiUrl: emulator.url,
      repository: `${OWNER}/${REPO}`,
      eventName: 'pull_request',
      payload,
      inputs: inputs({ 'audit-signing-key': Buffer.from(key).toString('base64') }),
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs['audit-record']).toMatch(new RegExp(`^records/\\d{4}/\\d{2}/\\d{2}/\\d{8}-pr-${pr.number}\\.json$`))
    expect(gitIn(origin, 'show', `promptops-audit:${run.outputs['audit-record']}`)).toContain('"level": "critical"')
    expect(emulator.violations).toEqual([])
  })

  it('takes label prefixes from labels in the base promptops.yml', async () => {
    // Cut from the risky change's parent: an earlier test merged it into main.
    const config = `${gitIn(origin, 'show', 'risky-change^:.github/promptops.yml')}\nlabels: { prefix: ai-risk, facetPrefix: ai }\n`
    commitBranch(origin, 'risky-change^', 'labels-base', { '.github/promptops.yml': config }, 'Label prefixes')
    gitIn(origin, 'checkout', '-q', '-B', 'labels-head', 'labels-base')
    gitIn(origin, 'checkout', '-q', 'risky-change', '--', 'prompts')
    gitIn(origin, 'commit', '-q', '-m', 'Risky prompts')
    gitIn(origin, 'checkout', '-q', 'risky-change')
    const pr = await emulator.state.createPull({ head: 'labels-head', base: 'labels-base', author: 'alice', title: 'prefixes' })
    const run = await runAction({
      workspace: mkdtempSync(join(tmpdir(), 'empty-')),
      apiUrl: emulator.url,
      repository: `${OWNER}/${REPO}`,
      eventName: 'pull_request',
      payload: await pullPayload(pr.number),
      inputs: inputs(),
    })
    expect(run.stderr).toBe('')
    const labels = emulator.state.pulls.get(pr.number)!.labels
    expect(labels).toEqual(expect.arrayContaining([`ai-risk:${run.outputs['risk-level']}`, 'ai:secrets']))
    expect(labels.filter((l) => l.startsWith('prompt'))).toEqual([])
    expect(emulator.violations).toEqual([])
  })

  it('ignores events it does not handle', async () => {
    const run = await runAction({
      workspace: clone(),
      apiUrl: emulator.url,
      repository: `${OWNER}/${REPO}`,
      eventName: 'push',
      payload: {},
      inputs: inputs(),
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('nothing to do')
  })
})

// Attacks on the audit log by someone with push or admin rights to the repository, driven end
// to end: the bundled App (dist/app.js) records merges through signed webhooks, the attacker
// moves the audit branch with plain git in the emulator's repository (what a force push or a
// branch deletion does), and the bundled CLI (dist/cli.js) verifies. The App's witness (the
// `promptops/audit` check runs on merge commits) is what exposes each attack.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import {
  generateSigningKey,
  parseWitness,
  verifierKeyFor,
  verifyLog,
  type AuditRecord,
  type Signer,
} from '../../src/core/audit/index.js'
import { readRecords } from '../../src/flows/audit/append.js'
import { localAuditStore } from '../../src/adapters/git/audit-store.js'
import { startEmulator, type Emulator } from '../github-emulator/index.js'
import { demoRepo, gitIn } from '../helpers/demo-repo.js'
import { deliver, pullRequestPayload, startApp, waitFor, type AppProcess } from './harness.js'
import { branchFiles } from '../helpers/audit-branch.js'

const REF = { owner: 'acme', repo: 'prompts' }
const BRANCH = 'promptops-audit'
const CLI = resolve('dist/cli.js')
// A token and an address assembled at run time, so no scanner flags this file.
const TOKEN = ['ghp', '_', 'R8x2kQ7mZ4vN1pL6sT9wB3cF5hJ0dG2aE7yU'].join('')
const EMAIL = ['jane.doe', '@', 'corp-mail.io'].join('')

let dir: string
let emulator: Emulator
let app: AppProcess
let signer: Signer
let key: string
let intactTip: string
/** Merges the App refused to record while the branch was tampered with (reconcile backfills them). */
const refused: number[] = []

beforeAll(async () => {
  dir = demoRepo()
  emulator = await startEmulator({ repoDir: dir, ...REF, pathPrefix: '/api/v3', defaultBranch: 'main' })
  const name = `${new URL(emulator.url).host}/${REF.owner}/${REF.repo}/promptops-audit`
  signer = { name, privateKeyPem: generateSigningKey(name).privateKeyPem }
  key = verifierKeyFor(signer)
  app = await startApp(emulator, undefined, { PROMPTOPS_SIGNING_KEY: Buffer.from(signer.privateKeyPem).toString('base64') })
  for (let i = 0; i < 3; i++) await mergeGoverned()
  intactTip = gitIn(dir, 'rev-parse', BRANCH)
}, 120_000)

afterAll(async () => {
  await app?.stop()
  await emulator?.close()
})

async function log(): Promise<{ tip: string | null; files: Record<string, string>; records: AuditRecord[] }> {
  const { tip, files } = await localAuditStore(dir, BRANCH).load()
  return { tip, files, records: readRecords(files) }
}

/** Merges a PR adding one governed template and delivers `pull_request.closed`; returns its merge commit. */
async function mergeGoverned(text?: string): Promise<{ number: number; merge: string; status: number }> {
  const n = emulator.state.pulls.size + 1
  const pr = await emulator.state.createPull({
    head: `attack-${n}`,
    base: 'main',
    author: 'alice',
    title: `Prompt ${n}`,
    files: { [`prompts/attack/a-${n}.prompt`]: text ?? `You help with topic ${n}.\n` },
  })
  await emulator.state.mergePull(pr.number)
  const d = await deliver(app, emulator, 'pull_request', await pullRequestPayload(emulator, REF, pr.number, 'closed'))
  return { number: pr.number, merge: pr.mergeCommitSha!, status: d.status }
}

async function redeliver(number: number): Promise<number> {
  return (await deliver(app, emulator, 'pull_request', await pullRequestPayload(emulator, REF, number, 'closed'))).status
}

/** The bundled CLI as a separate process (the emulator answers from this one, so never block it). */
function cli(args: string[], extraEnv: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_TOKEN: 'ghs_auditorreadonly000000000000000000',
    GITHUB_API_URL: emulator.url,
    ...extraEnv,
  }
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd: dir, env }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

const verify = (...extra: string[]) => cli(['audit', 'verify', '--repo', dir, ...extra])
const withWitness = ['--github-repo', 'acme/prompts', '--app-id', '424242']

function refusalOn(merge: string): string | null | undefined {
  const runs = [...emulator.state.checkRuns.values()].filter((r) => r.name === 'promptops/audit' && r.headSha === merge)
  return runs.find((r) => r.conclusion === 'failure')?.output.summary
}

/** What a force push does: the branch now points at `sha` (or nowhere). */
function moveBranch(sha: string | null): void {
  if (sha === null) gitIn(dir, 'update-ref', '-d', `refs/heads/${BRANCH}`)
  else gitIn(dir, 'update-ref', `refs/heads/${BRANCH}`, sha)
}

describe('the intact log', () => {
  it("carries the App's witness on every recorded merge commit, and verifies anchored to it", async () => {
    const { records } = await log()
    expect(records).toHaveLength(3)
    for (const r of records) {
      const witnesses = [...emulator.state.checkRuns.values()]
        .filter((c) => c.name === 'promptops/audit' && c.headSha === r.predicate.mergeCommit)
        .map((c) => parseWitness(c.output.text))
      expect(witnesses.length).toBeGreaterThan(0)
      expect(witnesses.every((w) => w?.branch === BRANCH)).toBe(true)
    }
    const anchored = await verify(...withWitness)
    expect(anchored.code).toBe(0)
    expect(JSON.parse(anchored.stdout)).toMatchObject({
      ok: true,
      anchored: true,
      size: 3,
      witness: { apps: ['promptops (424242)'] },
    })
    expect(emulator.violations).toEqual([])
  })
})

describe('truncation: the audit branch reset to an older commit', () => {
  it('passes verify with only the pinned key, fails it against the witness, and the App refuses to extend it', async () => {
    const first = gitIn(dir, 'rev-list', '--max-parents=0', BRANCH)
    moveBranch(first)
    try {
      const pinned = await verify('--key', key)
      expect(pinned.code).toBe(0)
      expect(JSON.parse(pinned.stdout).notProved.join('\n')).toMatch(/no records were cut off the end/)
      const witnessed = await verify(...withWitness)
      expect(witnessed.code).toBe(1)
      expect(witnessed.stderr).toMatch(/TAMPERED rewrite .*the log has 1 records, fewer than the 3/)
      const merged = await mergeGoverned()
      expect(merged.status).toBe(200)
      expect(gitIn(dir, 'rev-parse', BRANCH)).toBe(first)
      expect(refusalOn(merged.merge)).toMatch(/does not verify; refusing to append .*fewer than the 2/)
      await waitFor(
        () => /the audit branch failed its integrity check; merged pull request NOT recorded/.test(app.output()),
        5000,
        () => `no error logged:\n${app.output()}`,
      )
      // Restored, the branch takes the refused merge when the webhook is redelivered.
      moveBranch(intactTip)
      expect(await redeliver(merged.number)).toBe(200)
      const after = await log()
      expect(after.records.map((r) => r.predicate.pr.number).at(-1)).toBe(merged.number)
      intactTip = after.tip!
    } finally {
      moveBranch(intactTip)
    }
    expect(emulator.violations).toEqual([])
  })
})

describe('deletion: the audit branch deleted', () => {
  it('fails verify against the witness, and the App does not start a fresh log', async () => {
    moveBranch(null)
    try {
      const witnessed = await verify(...withWitness)
      expect(witnessed.code).toBe(1)
      expect(witnessed.stderr).toMatch(
        /TAMPERED deleted promptops-audit: promptops-audit does not exist on GitHub; the App witnessed it/,
      )
      const merged = await mergeGoverned()
      expect(merged.status).toBe(200)
      expect((await log()).tip).toBeNull()
      expect(refusalOn(merged.merge)).toMatch(/is missing although a witness shows it existed: it was deleted/)
      refused.push(merged.number)
    } finally {
      moveBranch(intactTip)
    }
    expect(emulator.violations).toEqual([])
  })
})

describe('replacement: the log rewritten and re-signed with another key', () => {
  it('passes only a trust-on-first-use verify, fails with the pinned key and against the witness, and the App refuses it', async () => {
    const { records } = await log()
    const attacker: Signer = { name: signer.name, privateKeyPem: generateSigningKey(signer.name).privateKeyPem }
    const softened = records.map((r) => ({ ...r, predicate: { ...r.predicate, approvals: [] } }))
    const files = branchFiles(softened, attacker, { serverUrl: new URL(emulator.url).origin })
    const forged = await localAuditStore(dir, 'scratch-rewrite').commit(null, files, 'Rewrite')
    if (!forged.ok) throw new Error('could not write the forged log')
    moveBranch(forged.commit)
    try {
      const tofu = await verify()
      expect(tofu.code).toBe(4)
      expect(tofu.stderr).toMatch(/INTACT BUT NOT ANCHORED[\s\S]*trust on first use/)
      const pinned = await verify('--key', key)
      expect(pinned.code).toBe(1)
      expect(pinned.stderr).toMatch(/TAMPERED signature verifier-key: the branch publishes verifier key .* it was re-keyed/)
      const witnessed = await verify(...withWitness)
      expect(witnessed.code).toBe(1)
      expect(witnessed.stderr).toMatch(/TAMPERED signature witness on [0-9a-f]{12} \(check run \d+ by promptops\)/)
      const merged = await mergeGoverned()
      expect(gitIn(dir, 'rev-parse', BRANCH)).toBe(forged.commit)
      expect(refusalOn(merged.merge)).toMatch(/it was re-keyed/)
      refused.push(merged.number)
    } finally {
      moveBranch(intactTip)
    }
    expect(emulator.violations).toEqual([])
  })
})

describe('provenance tags that hold a token and an address', () => {
  it('are recorded redacted (no HTTP 500), and the log still verifies', async () => {
    const text = `---\nmodel: openai/gpt-4o\nprovenance:\n  dataset: kb-2026 uploaded with ${TOKEN}\n  reviewedBy: ask ${EMAIL}\n---\nYou summarise tickets.\n`
    const merged = await mergeGoverned(text)
    expect(merged.status).toBe(200)
    const after = await log()
    intactTip = after.tip!
    const record = after.records.at(-1)!
    expect(record.predicate.mergeCommit).toBe(merged.merge)
    const tags = record.predicate.templates[0]!.provenance
    expect(tags.dataset).toMatch(/^kb-2026 uploaded with \[REDACTED:github-token\]/)
    expect(tags.reviewedBy).toBe('ask [REDACTED:email]')
    const branch = gitIn(dir, 'archive', '--format=tar', BRANCH)
    expect(branch).not.toContain(TOKEN)
    expect(branch).not.toContain(EMAIL)
    expect(verifyLog({ files: after.files, verifierKey: key, serverUrl: new URL(emulator.url).origin }).problems).toEqual([])
    expect(emulator.violations).toEqual([])
  })
})

describe('audit reconcile with one pull request that cannot be recorded', () => {
  it('records the others (a tagged one redacted, and those refused while the branch was tampered with) and reports that one', async () => {
    // Merged while the App was not listening: no webhooks delivered.
    const merge = async (files: Record<string, string>): Promise<{ number: number; merge: string }> => {
      const n = emulator.state.pulls.size + 1
      const pr = await emulator.state.createPull({
        head: `missed-${n}`,
        base: 'main',
        author: 'bob',
        title: `Missed ${n}`,
        files,
      })
      await emulator.state.mergePull(pr.number)
      return { number: pr.number, merge: pr.mergeCommitSha! }
    }
    const unreadable = await merge({ 'prompts/attack/missed-a.prompt': 'You help with A.\n' })
    const tagged = await merge({
      'prompts/attack/missed-b.prompt': `---\nprovenance:\n  owner: ${EMAIL}\n---\nYou help with B.\n`,
    })
    const plain = await merge({ 'prompts/attack/missed-c.prompt': 'You help with C.\n' })
    // Every read of the first one's merge commit fails, as an object GitHub cannot serve would.
    emulator.setFault({
      route: `/repos/acme/prompts/git/commits/${unreadable.merge}`,
      status: 422,
      message: 'No commit found for SHA',
      times: 10,
    })
    try {
      const run = await cli(['audit', 'reconcile', '--github-repo', 'acme/prompts'], {
        PROMPTOPS_SIGNING_KEY: Buffer.from(signer.privateKeyPem).toString('base64'),
      })
      expect(run.code).toBe(1)
      const summary = JSON.parse(run.stdout) as {
        recorded: Array<{ pr: number }>
        notRecorded: Array<{ pr: number; reason: string }>
      }
      expect(summary.notRecorded).toEqual([{ pr: unreadable.number, reason: expect.stringMatching(/No commit found for SHA/) }])
      expect(summary.recorded.map((r) => r.pr)).toEqual([...refused, tagged.number, plain.number])
    } finally {
      emulator.clearFaults()
    }
    const after = await log()
    intactTip = after.tip!
    expect(after.records.find((r) => r.predicate.pr.number === tagged.number)?.predicate.templates[0]?.provenance.owner).toBe(
      '[REDACTED:email]',
    )
    expect(verifyLog({ files: after.files, verifierKey: key, serverUrl: new URL(emulator.url).origin }).problems).toEqual([])
    expect(emulator.violations).toEqual([])
  })
})

// The audit branch end to end: the bundled App (dist/app.js) records merged governed PRs on
// `promptops-audit` in the emulator's real git repository through the git data API; the
// reconciler backfills what the App missed; 100 concurrent merges across two replicas with
// injected 5xx and 422 responses still give exactly 100 records that verify.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  commitOnlyAdds,
  generateSigningKey,
  parseWitness,
  verifierKeyFor,
  verifyLog,
  type AuditRecord,
  type Signer,
} from '../../src/core/audit/index.js'
import { readRecords } from '../../src/flows/audit/append.js'
import { branchCommits, localAuditStore, readTree } from '../../src/adapters/git/audit-store.js'
import { auditReconcile } from '../../src/cli/audit/reconcile.js'
import type { CliIo } from '../../src/cli/io.js'
import { startEmulator, type Emulator, type RecordedRequest } from '../github-emulator/index.js'
import { demoRepo, gitIn } from '../helpers/demo-repo.js'
import { bulkMergedPulls } from './bulk-merges.js'
import { callTable, deliver, isWrite, pullRequestPayload, startApp, waitFor, type AppProcess, type Delivery } from './harness.js'
import { mapLimit } from '../../src/adapters/map-limit.js'

const REF = { owner: 'acme', repo: 'prompts' }
const TEAMS: Record<string, string[]> = {
  'support-ai': ['sam'],
  legal: ['lee'],
  'ai-governance': ['gina'],
  platform: ['pat'],
  'sales-ai': ['sol'],
}
const SALES = 'prompts/sales/summarize.prompt'
const BRANCH = 'promptops-audit'
const BULK = Number(process.env.PROMPTOPS_BULK_MERGES ?? 100)

let dir: string
let emulator: Emulator
let app: AppProcess
let signer: Signer
let serverUrl: string
const report: string[] = []

beforeAll(async () => {
  dir = demoRepo()
  emulator = await startEmulator({ repoDir: dir, ...REF, pathPrefix: '/api/v3' })
  for (const [slug, members] of Object.entries(TEAMS)) emulator.state.setTeam(REF.owner, slug, members)
  serverUrl = new URL(emulator.url).origin
  // The App's default key name: <host>/<owner>/<repo>/promptops-audit.
  const name = `${new URL(emulator.url).host}/${REF.owner}/${REF.repo}/promptops-audit`
  signer = { name, privateKeyPem: generateSigningKey(name).privateKeyPem }
  app = await startApp(emulator, undefined, { PROMPTOPS_SIGNING_KEY: Buffer.from(signer.privateKeyPem).toString('base64') })
}, 60_000)

afterAll(async () => {
  await app?.stop()
  await emulator?.close()
  if (report.length > 0) console.log(`Audit branch API cost (dist/app.js → emulator):\n${report.join('\n')}`)
})

let auditCount = 0
async function auditLog(): Promise<{ tip: string | null; files: Record<string, string>; records: AuditRecord[] }> {
  const { tip, files } = await localAuditStore(dir, BRANCH).load()
  const records = readRecords(files)
  auditCount = records.length
  return { tip, files, records }
}

const verify = (files: Record<string, string>) => verifyLog({ files, verifierKey: verifierKeyFor(signer), serverUrl })
const mainText = (path: string): string => gitIn(dir, 'show', `main:${path}`) + '\n'

async function mergedPayload(number: number): Promise<Record<string, unknown>> {
  if (emulator.state.pulls.get(number)!.state === 'open') await emulator.state.mergePull(number)
  return pullRequestPayload(emulator, REF, number, 'closed')
}

/** Probot answers 202 "still processing" after 9 s (GitHub's delivery timeout is 10 s); the
 * handler goes on, so the bulk test accepts 202 and waits for the log instead. */
async function send(target: AppProcess, payload: unknown, id?: string, accepted: readonly number[] = [200]): Promise<Delivery> {
  const d = await deliver(target, emulator, 'pull_request', payload, id ? { id } : {})
  if (!accepted.includes(d.status)) throw new Error(`HTTP ${d.status} ${d.body}\n${target.output()}`)
  return d
}

/** Requests that read or write the audit branch (the store), not the PR evaluation. */
function auditCall(r: RecordedRequest): boolean {
  const path = decodeURIComponent(r.url.split('?')[0]!).replace(/^\/api\/v3\/repos\/acme\/prompts/, '')
  if (/^\/tarball\/|^\/_codeload\//.test(path)) return true
  if (path === '/git/ref/heads/promptops-audit' || path === '/git/refs/heads/promptops-audit') return true
  if (r.method === 'POST' && ['/git/trees', '/git/commits', '/git/refs', '/git/blobs'].includes(path)) return true
  // The witness: the runs on the newest record's merge commit, and the checkpoint published after a commit.
  if (r.method === 'GET' && /^\/commits\/[0-9a-f]{40}\/check-runs$/.test(path)) return true
  if (
    r.method === 'POST' &&
    path === '/check-runs' &&
    (JSON.parse(r.body || '{}') as { name?: string }).name === 'promptops/audit'
  )
    return true
  // GET git/commits/{sha}: the audit tip's tree (merge commits are read too, for the pre-merge base).
  const m = /^\/git\/commits\/([0-9a-f]{40})$/.exec(path)
  return r.method === 'GET' && m !== null && auditCommits().has(m[1]!)
}

let auditCommitCache: Set<string> | null = null
const auditCommits = (): Set<string> => (auditCommitCache ??= new Set(gitIn(dir, 'rev-list', BRANCH).split('\n')))

/** Merges one governed PR through the App and returns the audit store's calls for it. */
async function oneAppendCost(label: string): Promise<Record<string, number>> {
  const n = emulator.state.pulls.size + 1
  const pr = await emulator.state.createPull({
    head: `single-${n}`,
    base: 'main',
    author: 'alice',
    title: `Single ${n}`,
    files: { [`prompts/single/s-${n}.prompt`]: `You help with ${n}.\n` },
  })
  const size = (await auditLog()).records.length
  const d = await send(app, await mergedPayload(pr.number))
  expect((await auditLog()).records).toHaveLength(size + 1)
  auditCommitCache = null
  const table = callTable(d.requests.filter(auditCall))
  report.push(
    `${label} (log had ${size} records): ${d.requests.length} calls; audit store ${Object.values(table).reduce((a, b) => a + b, 0)} ${JSON.stringify(table)}`,
  )
  return table
}

let steadyCost: Record<string, number> = {}

/** Runs a CLI command in-process against the emulator, with the App's signing key. */
async function cli(
  command: (argv: string[], io: CliIo) => Promise<number>,
  argv: string[],
): Promise<{ code: number; out: string }> {
  let out = ''
  const env = {
    GITHUB_TOKEN: 'ghs_reconciler00000000000000000000000',
    GITHUB_API_URL: emulator.url,
    PROMPTOPS_SIGNING_KEY: signer.privateKeyPem,
  }
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (out += t),
    readStdin: async () => '',
    cwd: dir,
    isTTY: false,
    now: () => new Date(),
    env,
  }
  return { code: await command(argv, io), out }
}

describe('audit branch from the real Probot server', () => {
  let first: number

  it('records a merged governed PR with its approvals, and the log verifies', async () => {
    const pr = await emulator.state.createPull({
      head: 'typo-fix',
      base: 'main',
      author: 'alice',
      title: 'Fix typo',
      files: { [SALES]: mainText(SALES).replace('You summarize sales', 'You summarise sales') },
    })
    first = pr.number
    emulator.state.addReview(pr.number, 'sol', 'APPROVED')
    const payload = await mergedPayload(pr.number)
    const d = await send(app, payload, 'delivery-merged-1')
    const log = await auditLog()
    expect(log.records).toHaveLength(1)
    const p = log.records[0]!.predicate
    expect(p).toMatchObject({
      seq: 1,
      prevHash: null,
      repository: 'acme/prompts',
      mergeCommit: pr.mergeCommitSha,
      base: pr.baseShaAtClose,
      head: pr.headSha,
      outcome: 'merged',
    })
    expect(p.pr).toMatchObject({ number: pr.number, author: 'alice' })
    expect(p.approvals.map((a) => a.reviewer)).toEqual(['sol'])
    expect(p.templates.map((t) => t.path)).toEqual([SALES])
    expect(verify(log.files)).toMatchObject({ ok: true })
    // The audit branch is an orphan: its first commit has no parent.
    expect(gitIn(dir, 'rev-list', '--max-parents=0', BRANCH)).toBe(gitIn(dir, 'rev-list', '--reverse', BRANCH).split('\n')[0])
    auditCommitCache = null
    report.push(
      `first merge (branch created): ${d.requests.length} calls, ${d.requests.filter(isWrite).length} writes; audit store ${JSON.stringify(callTable(d.requests.filter(auditCall)))}\n  all: ${JSON.stringify(callTable(d.requests))}`,
    )
    expect(emulator.violations).toEqual([])
  })

  it('writes nothing when the same webhook is redelivered', async () => {
    const before = await auditLog()
    const d = await send(app, await pullRequestPayload(emulator, REF, first, 'closed'), 'delivery-merged-1')
    const after = await auditLog()
    expect(after.tip).toBe(before.tip)
    expect(after.records).toHaveLength(1)
    expect(d.requests.filter(isWrite)).toEqual([])
    expect(emulator.violations).toEqual([])
  })

  it('records nothing for a merged PR that touched nothing governed', async () => {
    const before = await auditLog()
    const pr = await emulator.state.createPull({
      head: 'docs',
      base: 'main',
      author: 'alice',
      title: 'Docs',
      files: { 'README.md': `${mainText('README.md')}\nMore docs.\n` },
    })
    const d = await send(app, await mergedPayload(pr.number))
    expect((await auditLog()).tip).toBe(before.tip)
    expect(d.requests.filter(isWrite)).toEqual([])
    expect(d.requests.some((r) => auditCall(r))).toBe(false)
    report.push(`non-governed merge: ${d.requests.length} calls, 0 writes`)
  })

  it('ignores a closed PR that was not merged', async () => {
    const pr = await emulator.state.createPull({
      head: 'abandoned',
      base: 'main',
      author: 'alice',
      title: 'Abandoned',
      files: { [SALES]: 'x\n' },
      state: 'closed',
    })
    const d = await send(app, await pullRequestPayload(emulator, REF, pr.number, 'closed'))
    expect(d.requests).toEqual([])
  })

  describe('without a signing key', () => {
    let missed: number

    it('logs an error and writes nothing', async () => {
      const keyless = await startApp(emulator)
      try {
        const before = await auditLog()
        const pr = await emulator.state.createPull({
          head: 'keyless',
          base: 'main',
          author: 'bob',
          title: 'Tone',
          files: { [SALES]: `${mainText(SALES)}Be brief.\n` },
        })
        missed = pr.number
        const d = await send(keyless, await mergedPayload(pr.number))
        expect(d.requests.filter(isWrite)).toEqual([])
        expect((await auditLog()).tip).toBe(before.tip)
        expect(keyless.output()).toMatch(/PROMPTOPS_SIGNING_KEY is not set/)
      } finally {
        await keyless.stop()
      }
    })

    it('is backfilled by `promptops audit reconcile`, once', async () => {
      const run = async (): Promise<{ code: number; out: Record<string, unknown> }> => {
        const { code, out } = await cli(auditReconcile, ['--github-repo', 'acme/prompts'])
        return { code, out: JSON.parse(out) as Record<string, unknown> }
      }
      const first = await run()
      expect(first.code).toBe(0)
      expect(first.out).toMatchObject({ branch: BRANCH, alreadyRecorded: 1, recorded: [{ pr: missed, seq: 2 }], notRecorded: [] })
      expect((first.out.ungoverned as number[]).length).toBe(1)
      const again = await run()
      expect(again.out).toMatchObject({ alreadyRecorded: 2, recorded: [] })
      const log = await auditLog()
      expect(log.records.map((r) => r.predicate.pr.number)).toEqual([1, missed])
      expect(verify(log.files)).toMatchObject({ ok: true })
      expect(emulator.violations).toEqual([])
    })
  })

  it('appends with a fixed set of calls once the branch exists', async () => {
    steadyCost = await oneAppendCost('append to an existing branch')
    // Read the ref, the tree (tarball → codeload) and the tip commit, read the witness on the newest
    // record's merge commit; write tree, commit and ref; publish the witness on two merge commits.
    expect(Object.values(steadyCost).reduce((a, b) => a + b, 0)).toBe(10)
    expect(steadyCost['POST /repos/acme/prompts/check-runs']).toBe(2)
    expect(emulator.violations).toEqual([])
  })

  it('keeps exactly one record per merge for 100 concurrent merges on two replicas with injected 5xx and 422', async () => {
    const replica = await startApp(emulator, undefined, { PROMPTOPS_SIGNING_KEY: signer.privateKeyPem })
    try {
      const before = (await auditLog()).records.length
      const pulls = await bulkMergedPulls(emulator, BULK)
      const payloads = await mapLimit(pulls, 6, (p) => pullRequestPayload(emulator, REF, p.number, 'closed'))
      emulator.setFault({ route: 'POST /repos/{owner}/{repo}/git/trees', status: 502, times: 2 })
      emulator.setFault({ route: 'POST /repos/{owner}/{repo}/git/commits', status: 503, times: 2 })
      emulator.setFault({ route: 'GET /repos/{owner}/{repo}/git/ref/{ref}', status: 502, times: 1 })
      emulator.setFault({ route: 'GET /repos/{owner}/{repo}/tarball/{ref}', status: 503, times: 1 })
      emulator.setFault({
        route: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
        status: 422,
        times: 6,
        message: 'Update is not a fast forward',
      })
      const from = emulator.requests.length
      const started = Date.now()
      // Every PR goes to one replica; the first ten are also redelivered to the other at once.
      const target = (i: number, other = false): AppProcess => ((i % 2 === 0) !== other ? app : replica)
      const deliveries = payloads.flatMap((p, i) => [
        send(target(i), p, `bulk-${i}`, [200, 202]),
        ...(i < 10 ? [send(target(i, true), p, `bulk-${i}`, [200, 202])] : []),
      ])
      const statuses = (await Promise.all(deliveries)).map((d) => d.status)
      await waitFor(
        async () => (await auditLog()).records.length >= before + BULK,
        240_000,
        () => `only ${auditCount - before} of ${BULK} records\n${app.output().slice(-2000)}\n${replica.output().slice(-2000)}`,
      )
      const seconds = (Date.now() - started) / 1000
      // Let any slower duplicate delivery finish too, then make sure no handler failed.
      await new Promise((r) => setTimeout(r, 1000))
      expect(`${app.output()}${replica.output()}`).not.toMatch(/"level":50/)
      const log = await auditLog()
      const bulk = log.records.slice(before)
      expect(log.records).toHaveLength(before + BULK)
      expect(log.records.map((r) => r.predicate.seq)).toEqual(Array.from({ length: before + BULK }, (_, i) => i + 1))
      expect(bulk.map((r) => r.predicate.pr.number).sort((a, b) => a - b)).toEqual(pulls.map((p) => p.number))
      expect(new Set(log.records.map((r) => r.predicate.mergeCommit)).size).toBe(log.records.length)
      expect(verify(log.files)).toMatchObject({ ok: true, problems: [] })
      // The newest record's merge commit carries the App's witness of the branch's checkpoint (written after the commit).
      const witnessed = (sha: string): string[] =>
        [...emulator.state.checkRuns.values()]
          .filter((c) => c.name === 'promptops/audit' && c.headSha === sha && c.conclusion === 'success')
          .map((c) => parseWitness(c.output.text)?.checkpoint ?? '')
      await waitFor(
        () => witnessed(log.records.at(-1)!.predicate.mergeCommit).includes(log.files.checkpoint!),
        10_000,
        () => 'the newest checkpoint was not witnessed',
      )
      // Each commit of the branch only added records (a batch commit adds several).
      let previous: Record<string, string> = {}
      for (const commit of await branchCommits(dir, BRANCH)) {
        const next = await readTree(dir, commit)
        expect(commitOnlyAdds(previous, next)).toMatchObject({ ok: true })
        // Each commit's checkpoint is witnessed on the merge commit of its newest record.
        const newest = readRecords(next).at(-1)!
        expect(witnessed(newest.predicate.mergeCommit)).toContain(next.checkpoint)
        previous = next
      }
      expect(emulator.violations).toEqual([])
      const calls = emulator.requests.slice(from)
      auditCommitCache = null
      const store = calls.filter(auditCall)
      // Every injected fault was hit: 6 lost ref updates, 2 failed trees, 2 failed commits.
      const count = (method: string, suffix: string): number =>
        store.filter((r) => r.method === method && r.url.endsWith(suffix)).length
      expect(count('PATCH', '/git/refs/heads%2Fpromptops-audit')).toBeGreaterThan(6)
      expect(count('POST', '/git/trees')).toBeGreaterThan(2)
      expect(count('POST', '/git/commits')).toBeGreaterThan(2)
      const appends = gitIn(dir, 'rev-list', '--count', BRANCH)
      report.push(
        `${BULK} concurrent merges, 2 replicas, ${deliveries.length} deliveries (${statuses.filter((x) => x === 202).length} answered 202 "still processing"), faults injected: ${seconds.toFixed(1)} s, ${calls.length} calls in all; audit store: ${store.length} calls = ${(store.length / BULK).toFixed(2)} per record incl. retries and lost races; branch commits: ${appends}\n  ${JSON.stringify(callTable(store))}`,
      )
    } finally {
      await replica.stop()
      emulator.clearFaults()
    }
    // ~70-90 s alone on 2 cores; much more when other suites (or other work) share them.
  }, 300_000)

  it('costs the same calls per append after the log grew by 100 records', async () => {
    expect(await oneAppendCost('append after the bulk')).toEqual(steadyCost)
  })
})

// The audit log: API calls per append through the GitHub store at two log sizes (must not
// grow with the log), and verifyLog throughput on 100,000 records.
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { callSummary, splitCalls } from './lib/api-calls.mjs'
import { chainedRecords, sampleInput } from './lib/audit-records.mjs'
import { importBundled, loadEmulator } from './lib/bundle-ts.mjs'
import { gitIn } from './lib/template-repo.mjs'

const OWNER = 'acme'
const REPO = 'prompts'
const BRANCH = 'promptops-audit'
const KEY_NAME = 'github.com/acme/prompts/promptops-audit'
const SIZES = [10, 1000]
const VERIFY_RECORDS = 100_000
const NOW = new Date('2027-01-01T00:00:00Z')

export const id = 'audit'
export const title = 'Audit log: API calls per append, verify throughput'
export const method = [
  `Appends: for each log size (${SIZES.join(' and ')} records) the core builds the whole branch (\`branchFiles\` in test/helpers/audit-branch.ts: records, signed checkpoint, derived index pages, from the core's parts), which is committed into a fresh emulator repository with \`git fast-import\`; then one record is appended the way the Action and App do, \`appendWithRetry\` over \`githubAuditStore\` (\`src/adapters\`, bundled with esbuild) with our Octokit client against the emulator. API calls are the emulator's request-log delta for that append (the tarball's codeload redirect target counts as a call).`,
  `Verify: ${VERIFY_RECORDS.toLocaleString('en-US')} chained records built with the core's \`buildRecord\`, materialized in memory, then \`verifyLog\` (records, hash chain, Merkle root, checkpoint signature, every derived file re-rendered and compared) timed once.`,
].join(' ')

export async function run(ctx) {
  const audit = await importBundled('scripts/bench/lib/audit-entry.ts', ctx.tmpRoot, 'audit')
  const { startEmulator } = await loadEmulator(ctx.tmpRoot)
  const key = audit.generateSigningKey(KEY_NAME)
  const signer = { name: KEY_NAME, privateKeyPem: key.privateKeyPem }
  const cmd = 'npm run bench -- audit'
  const rows = []
  for (const size of SIZES) {
    const result = await appendAt(ctx, audit, startEmulator, signer, size)
    ctx.note(
      `Append at ${size.toLocaleString('en-US')} records (${result.files.toLocaleString('en-US')} files on the branch): ${callSummary(result.requests)}; ${result.ms.toFixed(0)} ms, ${result.outcome.attempts} attempt(s), new seq ${result.outcome.seq}.`,
    )
    rows.push({
      name: `API calls per append, log of ${size.toLocaleString('en-US')} records`,
      value: result.calls.total,
      unit: 'calls',
      target: 'constant in log size',
      command: cmd,
    })
    rows.push({
      name: `  of which reads / writes`,
      value: `${result.calls.reads} / ${result.calls.writes}`,
      unit: '',
      command: cmd,
    })
  }
  const [small, big] = rows.filter((r) => r.unit === 'calls')
  small.met = big.met = small.value === big.value

  ctx.log(`building ${VERIFY_RECORDS.toLocaleString('en-US')} records`)
  const records = chainedRecords(audit, VERIFY_RECORDS)
  const files = audit.branchFiles(records, signer)
  const start = performance.now()
  const verdict = audit.verifyLog({ files, verifierKey: key.verifierKey })
  const ms = performance.now() - start
  if (!verdict.ok || verdict.size !== VERIFY_RECORDS)
    throw new Error(`verifyLog failed on the generated log: ${JSON.stringify(verdict.problems.slice(0, 2))}`)
  ctx.note(
    `verifyLog on ${VERIFY_RECORDS.toLocaleString('en-US')} records (${Object.keys(files).length.toLocaleString('en-US')} files, ${(Object.values(files).reduce((n, t) => n + t.length, 0) / 1e6).toFixed(0)} MB): ${(ms / 1000).toFixed(1)} s, one run.`,
  )
  const perSecond = VERIFY_RECORDS / (ms / 1000)
  rows.push({
    name: `verifyLog, ${VERIFY_RECORDS.toLocaleString('en-US')} records: time`,
    value: ms / 1000,
    unit: 's',
    target: '≤ 10 s',
    met: ms <= 10_000,
    command: cmd,
  })
  rows.push({
    name: 'verifyLog throughput',
    value: perSecond,
    unit: 'records/s',
    target: '≥ 10,000 records/s',
    met: perSecond >= 10_000,
    command: cmd,
  })
  return rows
}

async function appendAt(ctx, audit, startEmulator, signer, size) {
  const dir = mkdtempSync(join(ctx.tmpRoot, `audit-${size}-`))
  gitIn(dir, 'init', '-q', '-b', 'main')
  gitIn(dir, 'commit', '-q', '--allow-empty', '-m', 'init')
  importBranch(dir, BRANCH, audit.branchFiles(chainedRecords(audit, size), signer))
  const files = Number(gitIn(dir, 'ls-tree', '-r', '--name-only', BRANCH).split('\n').length)
  const emulator = await startEmulator({ repoDir: dir, owner: OWNER, repo: REPO })
  try {
    const client = audit.createClient({
      token: 'ghs_benchaudittoken000000000000000000',
      baseUrl: emulator.url,
      userAgent: 'promptops-bench',
    })
    const store = audit.githubAuditStore(client, { owner: OWNER, repo: REPO }, BRANCH)
    const from = emulator.requests.length
    const start = performance.now()
    const outcome = await audit.appendWithRetry(store, sampleInput(size), signer, NOW)
    const ms = performance.now() - start
    const requests = emulator.requests.slice(from)
    if (outcome.status !== 'appended') throw new Error(`append at ${size}: ${outcome.status}`)
    if (emulator.violations.length > 0)
      ctx.note(`Emulator OpenAPI violations at ${size}: ${JSON.stringify(emulator.violations[0]).slice(0, 300)}`)
    return { outcome, ms, requests, calls: splitCalls(requests), files }
  } finally {
    await emulator.close()
  }
}

/** One orphan commit holding `files` on `branch`, written with git fast-import. */
function importBranch(dir, branch, files) {
  const parts = [`commit refs/heads/${branch}\ncommitter Bench <bench@example.com> 1767225600 +0000\ndata 10\naudit log\n`]
  for (const [path, text] of Object.entries(files)) {
    parts.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`)
  }
  execFileSync('git', ['-C', dir, 'fast-import', '--quiet'], { input: parts.join(''), maxBuffer: 1 << 30 })
}

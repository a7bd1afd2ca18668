// Reading commands over a local audit branch: verify, export, show.
import { writeFile } from 'node:fs/promises'
import { exportCsv, exportJsonl, publishedVerifierKey, RECORD_PATH, verifyLog, type AuditRecord } from '../../core/audit/index.js'
import { UsageError } from '../../core/errors.js'
import { defaultConfig } from '../../core/config/parse-config.js'
import { readRecords } from '../../adapters/audit/append.js'
import { localAuditStore } from '../../adapters/git/audit-store.js'
import { git } from '../../adapters/git/git.js'
import { absolute, oneOf, parse, str } from '../args.js'
import type { CliIo } from '../io.js'
import { readKeyArg } from './key-arg.js'
import { readTextArg } from '../read-text.js'

const BRANCH = defaultConfig().audit.branch

export const verifyUsage = `Usage: promptops audit verify --repo DIR [--branch B] [--checkpoint FILE] [--key KEY|FILE] [--save-checkpoint FILE] [--server-url URL]

Recomputes the hash chain, the Merkle root, the checkpoint signature and every derived
file, and checks that each commit of the branch only added records. With --checkpoint (a
copy saved earlier, e.g. by --save-checkpoint), also proves the log only grew since — a
force-pushed rewrite fails. The key defaults to the one published in the branch; pass
--key to pin it. Links in index pages use the server of the records' PR URLs (GitHub
Enterprise Server included) unless --server-url says otherwise. Exit 0 when intact, 1 on any tampering (each problem named), 2 on bad usage.`

async function loadBranch(io: CliIo, values: { repo?: string | boolean; branch?: string | boolean }) {
  const repo = absolute(io.cwd, str(values.repo) ?? '.')
  const store = localAuditStore(repo, str(values.branch) ?? BRANCH)
  const snapshot = await store.load()
  if (snapshot.tip === null) throw new UsageError(`${repo}: no audit branch "${store.branch}" (record a merge first)`)
  return { repo, store, snapshot }
}

export async function auditVerify(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, { repo: { type: 'string' }, branch: { type: 'string' }, checkpoint: { type: 'string' }, key: { type: 'string' }, 'save-checkpoint': { type: 'string' }, 'server-url': { type: 'string' } }, verifyUsage)
  if (values.help) return io.stdout(`${verifyUsage}\n`), 0
  const { repo, store, snapshot } = await loadBranch(io, values)
  const key = values.key ? await readKeyArg(io.cwd, values.key) : publishedVerifierKey(snapshot.files)
  if (!key) throw new UsageError(`${store.branch}: no verifier key published in the branch; pass --key`)
  const saved = values.checkpoint ? await readTextArg(io.cwd, values.checkpoint) : undefined
  const serverUrl = str(values['server-url']) ?? serverOf(snapshot.files)
  const result = verifyLog({ files: snapshot.files, verifierKey: key, ...(saved !== undefined ? { savedCheckpoint: saved } : {}), ...(serverUrl ? { serverUrl } : {}) })
  const problems = [...result.problems, ...(await historyProblems(repo, store.branch))]
  if (problems.length > 0) {
    io.stderr(`${problems.map((p) => `TAMPERED ${p.kind} ${p.path}: ${p.message}`).join('\n')}\n`)
    io.stdout(`${JSON.stringify({ ok: false, size: result.size, root: result.root, problems }, null, 2)}\n`)
    return 1
  }
  if (values['save-checkpoint']) await writeFile(absolute(io.cwd, values['save-checkpoint']), snapshot.files.checkpoint ?? '')
  io.stdout(`${JSON.stringify({ ok: true, size: result.size, root: result.root, tip: snapshot.tip }, null, 2)}\n`)
  return 0
}

/** Each commit may add record files; modifying or deleting one is tampering. One git call. */
async function historyProblems(repo: string, branch: string): Promise<Array<{ kind: string; path: string; message: string }>> {
  const log = await git(repo, ['log', '--first-parent', '--no-renames', '--format=%x00%H', '--name-status', `refs/heads/${branch}`])
  const problems: Array<{ kind: string; path: string; message: string }> = []
  for (const chunk of log.split('\0').filter(Boolean)) {
    const [commit = '', ...lines] = chunk.trim().split('\n')
    for (const line of lines) {
      const [status, path] = line.split('\t')
      if (!path || !RECORD_PATH.test(path) || status === 'A') continue
      problems.push({ kind: status === 'D' ? 'deleted' : 'edited', path, message: `commit ${commit.slice(0, 12)} ${status === 'D' ? 'deleted' : 'modified'} a record (records are write-once)` })
    }
  }
  return problems
}

export const exportUsage = `Usage: promptops audit export --repo DIR --format csv|jsonl [--since DATE] [--until DATE] [--template PATH] [--branch B] [--output FILE]

Exports records for auditors: CSV (RFC 4180, cells guarded against formula injection) or
JSONL (one canonical record per line).`

export async function auditExport(argv: string[], io: CliIo): Promise<number> {
  const opts = { repo: { type: 'string' }, branch: { type: 'string' }, format: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, template: { type: 'string' }, output: { type: 'string' } } as const
  const { values } = parse(argv, opts, exportUsage)
  if (values.help) return io.stdout(`${exportUsage}\n`), 0
  const format = oneOf(str(values.format), ['csv', 'jsonl'] as const, '--format', 'jsonl')
  const { snapshot } = await loadBranch(io, values)
  const filter = { ...(values.since ? { since: values.since } : {}), ...(values.until ? { until: values.until } : {}), ...(values.template ? { template: values.template } : {}) }
  let text: string
  try {
    text = (format === 'csv' ? exportCsv : exportJsonl)(readRecords(snapshot.files), filter)
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message)
    throw error
  }
  if (values.output) await writeFile(absolute(io.cwd, values.output), text)
  else io.stdout(text)
  return 0
}

export const showUsage = `Usage: promptops audit show --repo DIR [--branch B] (PR-NUMBER | TEMPLATE-PATH)

The history of one pull request or one template, newest last.`

export async function auditShow(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, { repo: { type: 'string' }, branch: { type: 'string' } }, showUsage)
  if (values.help) return io.stdout(`${showUsage}\n`), 0
  const target = positionals[0]
  if (!target) throw new UsageError(`name a PR number or a template path\n\n${showUsage}`)
  const { snapshot } = await loadBranch(io, values)
  const records = readRecords(snapshot.files).filter((r) => (/^#?\d+$/.test(target) ? r.predicate.pr.number === Number(target.replace('#', '')) : r.predicate.templates.some((t) => t.path === target || t.oldPath === target)))
  if (records.length === 0) {
    io.stderr(`no records for ${target}\n`)
    return 0
  }
  io.stdout(`${records.map(describe).join('\n')}\n`)
  return 0
}

function describe(r: AuditRecord): string {
  const p = r.predicate
  const approvals = p.approvals.filter((a) => a.state === 'APPROVED').map((a) => `@${a.reviewer}`).join(', ') || 'none'
  return [`#${p.seq} ${p.mergedAt} PR #${p.pr.number} "${p.pr.title}" by @${p.pr.author}: ${p.level} (score ${p.score})`, `   merge ${p.mergeCommit.slice(0, 12)}, approvals: ${approvals}${p.overrides.length ? `, overrides: ${p.overrides.map((o) => `@${o.by} (${o.reason})`).join('; ')}` : ''}`, ...p.templates.map((t) => `   ${t.oldPath ? `${t.oldPath} → ` : ''}${t.path} ${t.digest ? t.digest.slice(0, 12) : '(removed)'}`)].join('\n')
}

/** The server the log links to, from the first record's PR URL (github.com or an Enterprise host). */
function serverOf(files: Record<string, string>): string | undefined {
  for (const [path, text] of Object.entries(files)) {
    if (!RECORD_PATH.test(path)) continue
    const url = /"url":\s*"(https?:\/\/[^/"]{1,253})\//.exec(text)?.[1]
    if (url) return url
  }
  return undefined
}

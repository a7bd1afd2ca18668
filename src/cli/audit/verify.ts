// `promptops audit verify`: checks a local copy of the audit branch and says what it proved.
// Exit 0: intact and anchored (a pinned key, a saved checkpoint, or the App's witness);
// 1: tampering found; 2: bad usage; 4: intact as far as the branch can vouch for itself, but
// nothing outside it anchors the key (trust on first use).
import { writeFile } from 'node:fs/promises'
import {
  commitOnlyAdds,
  parseRecord,
  publishedVerifierKey,
  RECORD_PATH,
  verifyLog,
  verifyStatement,
  type Anchor,
  type FileMap,
  type Problem,
} from '../../core/audit/index.js'
import { UsageError } from '../../core/errors.js'
import { defaultConfig } from '../../core/config/parse-config.js'
import { branchChanges } from '../../adapters/git/audit-history.js'
import { localAuditStore } from '../../adapters/git/audit-store.js'
import { absolute, parse, str } from '../args.js'
import type { CliIo } from '../io.js'
import { readKeyArg } from './key-arg.js'
import { readTextArg } from '../read-text.js'
import type { readRemote, RemoteView } from './verify-remote.js'

export const EXIT_UNANCHORED = 4
const DEFAULT_DEPTH = 1000

export const verifyUsage = `Usage: promptops audit verify --repo DIR [--branch B] [--key KEY|FILE] [--checkpoint FILE] [--github-repo OWNER/NAME [--app-id ID] [--witness-depth N]] [--save-checkpoint FILE] [--server-url URL]

Recomputes every record hash, the chain, the Merkle root, the checkpoint signature and every
derived file, and checks that each commit of the branch only added records. Then it says what
that proved. The signature is checked with --key when given, else with the key the branch
itself publishes (trust on first use: a rewrite re-signed with a new key passes that too).
Anchors make the result mean more: --checkpoint (a copy saved earlier, e.g. with
--save-checkpoint) proves the log only grew since; --github-repo reads the App's witness (the
signed checkpoints it publishes as \`promptops/audit\` check runs; GITHUB_TOKEN, GITHUB_API_URL)
from the newest record's merge commit and the default branch's last --witness-depth commits
(default ${DEFAULT_DEPTH}), and proves the branch was not truncated, deleted or re-keyed since;
--app-id counts only that App's check runs. Links in index pages use the server of the records'
PR URLs unless --server-url says otherwise.
Exit 0 intact and anchored; 1 tampering (each problem named); 2 bad usage; ${EXIT_UNANCHORED} intact but not
anchored (no --key, --checkpoint or witness: trust on first use).`

const OPTIONS = {
  repo: { type: 'string' },
  branch: { type: 'string' },
  checkpoint: { type: 'string' },
  key: { type: 'string' },
  'save-checkpoint': { type: 'string' },
  'server-url': { type: 'string' },
  'github-repo': { type: 'string' },
  'app-id': { type: 'string' },
  'witness-depth': { type: 'string' },
} as const

export async function auditVerify(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, OPTIONS, verifyUsage)
  if (values.help) return (io.stdout(`${verifyUsage}\n`), 0)
  const repo = absolute(io.cwd, str(values.repo) ?? '.')
  const branch = str(values.branch) ?? defaultConfig().audit.branch
  const { tip, files } = await localAuditStore(repo, branch).load()
  const githubRepo = str(values['github-repo'])
  if (tip === null && githubRepo === undefined)
    throw new UsageError(`${repo}: no audit branch "${branch}" (record a merge first, or fetch it)`)
  const remote =
    githubRepo === undefined
      ? null
      : await readRemoteView(io, { repo: githubRepo, branch, lastMerge: newestMergeCommit(files), ...numbers(values) })
  const pinned = values.key ? await readKeyArg(io.cwd, values.key) : null
  const key = pinned ?? publishedVerifierKey(files)
  const saved: Anchor[] = values.checkpoint
    ? [{ checkpoint: await readTextArg(io.cwd, values.checkpoint), source: `saved checkpoint ${values.checkpoint}` }]
    : []
  const anchors = [...saved, ...(remote?.anchors ?? [])]
  const problems: Problem[] = remote ? remoteProblems(repo, branch, tip, remote) : []
  let size = 0
  let root: string | null = null
  if (tip !== null) {
    if (!key) throw new UsageError(`${branch}: no verifier key published in the branch; pass --key`)
    const serverUrl = str(values['server-url']) ?? serverOf(files)
    const result = verifyLog({ files, verifierKey: key, anchors, ...(serverUrl ? { serverUrl } : {}) })
    problems.push(...result.problems, ...(await historyProblems(repo, branch)))
    ;({ size, root } = result)
  }
  const facts = {
    size,
    intact: problems.length === 0,
    keyPinned: pinned !== null,
    anchors: anchors.map((a) => a.source),
    witnesses: remote?.anchors.length ?? 0,
    witnessSearch: remote?.searched ?? null,
  }
  const statement = verifyStatement(facts)
  const keyInfo = { verifierKey: key, source: pinned ? 'pinned (--key)' : 'published by the branch (trust on first use)' }
  const witness = remote ? { witness: { searched: remote.searched, checkpoints: remote.anchors.length, apps: remote.apps } } : {}
  const report = {
    ok: problems.length === 0,
    anchored: statement.anchored,
    size,
    root,
    tip,
    key: keyInfo,
    ...witness,
    proved: statement.proved,
    notProved: statement.notProved,
    problems,
  }
  io.stdout(`${JSON.stringify(report, null, 2)}\n`)
  if (problems.length > 0) {
    io.stderr(`${problems.map((p) => `TAMPERED ${p.kind} ${p.path}: ${p.message}`).join('\n')}\n`)
    return 1
  }
  if (values['save-checkpoint']) await writeFile(absolute(io.cwd, values['save-checkpoint']), files.checkpoint ?? '')
  io.stderr(
    `${statement.anchored ? 'INTACT' : 'INTACT BUT NOT ANCHORED'}: ${size} record(s).\n${statement.notProved.map((n) => `  not proved: ${n}\n`).join('')}`,
  )
  return statement.anchored ? 0 : EXIT_UNANCHORED
}

async function readRemoteView(io: CliIo, options: Parameters<typeof readRemote>[1]): Promise<RemoteView> {
  return (await import('./verify-remote.js')).readRemote(io, options)
}

function numbers(values: { 'app-id'?: string | boolean; 'witness-depth'?: string | boolean }): { appId?: number; depth: number } {
  const positive = (flag: string, text: string): number => {
    const n = Number(text)
    if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive integer (got "${text}")`)
    return n
  }
  const appId = str(values['app-id'])
  const depth = str(values['witness-depth'])
  return {
    ...(appId !== undefined ? { appId: positive('--app-id', appId) } : {}),
    depth: depth === undefined ? DEFAULT_DEPTH : positive('--witness-depth', depth),
  }
}

/** Each commit of the branch only added records (the core's check, over what git says each changed). */
async function historyProblems(repo: string, branch: string): Promise<Problem[]> {
  const changes = await branchChanges(repo, branch)
  return changes.flatMap((c) =>
    commitOnlyAdds(c.before, c.after).problems.map((p) => ({ ...p, message: `commit ${c.sha.slice(0, 12)}: ${p.message}` })),
  )
}

/** Where GitHub's copy stands against the local one. A missing branch that was witnessed was deleted. */
function remoteProblems(repo: string, branch: string, tip: string | null, remote: RemoteView): Problem[] {
  if (remote.tip === tip && tip !== null) return []
  if (remote.tip === null) {
    if (remote.anchors.length === 0 && tip === null)
      throw new UsageError(`no audit branch "${branch}" here or on GitHub, and no witness of one in ${remote.searched}`)
    const witnessed =
      remote.anchors.length > 0
        ? `; the App witnessed it: ${remote.anchors
            .slice(0, 3)
            .map((a) => a.source)
            .join(', ')}`
        : ''
    return [{ kind: 'deleted', path: branch, message: `${branch} does not exist on GitHub${witnessed}` }]
  }
  throw new UsageError(
    `${repo}: ${branch} is at ${tip ?? '(missing)'} but GitHub's is at ${remote.tip}: fetch it first (git fetch origin ${branch}:${branch})`,
  )
}

/** The merge commit of the newest readable record (its witnesses hold every later checkpoint). */
function newestMergeCommit(files: FileMap): string | null {
  const newestFirst = Object.keys(files)
    .filter((p) => RECORD_PATH.test(p))
    .sort((a, b) => seqOf(b) - seqOf(a))
  for (const path of newestFirst) {
    const record = parseRecord(files[path] as string)
    if (record) return record.predicate.mergeCommit
  }
  return null
}

const seqOf = (path: string): number => Number(RECORD_PATH.exec(path)?.[4] ?? 0)

/** The server the log links to, from the first record's PR URL (github.com or an Enterprise host). */
function serverOf(files: FileMap): string | undefined {
  for (const [path, text] of Object.entries(files)) {
    if (!RECORD_PATH.test(path)) continue
    const url = /"url":\s*"(https?:\/\/[^/"]{1,253})\//.exec(text)?.[1]
    if (url) return url
  }
  return undefined
}

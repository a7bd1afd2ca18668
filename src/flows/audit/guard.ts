// Before building on the audit branch: the branch must verify under the writer's own key and
// extend every checkpoint the witness holds. Appending to a log that went backwards, was
// deleted, was rewritten or publishes another key would launder the tampering under the real
// key, so the writer refuses instead, naming what it found. The only thing it repairs is a
// derived page (index, pointer) that no longer matches the records: it is regenerated.
import {
  deriveAll,
  verifierKeyFor,
  verifyLog,
  type AuditRecord,
  type FileMap,
  type Problem,
  type Signer,
} from '../../core/audit/index.js'
import { DEFAULT_SERVER_URL } from '../../core/audit/log.js'
import { PromptOpsError } from '../../core/errors.js'
import type { AuditSnapshot, AuditStore } from '../../adapters/audit/store.js'
import type { AuditWitness } from '../../adapters/audit/witness.js'

export class AuditIntegrityError extends PromptOpsError {
  constructor(message: string) {
    super('audit-integrity', message)
    this.name = 'AuditIntegrityError'
  }
}

export interface GuardOptions {
  witness?: AuditWitness
  serverUrl?: string
  warn?: (message: string) => void
}

/** `ok` with derived files to rewrite in the next commit, or `moved`: the branch changed under us, read it again. */
export type GuardOutcome = { kind: 'ok'; repair: FileMap } | { kind: 'moved' }

export async function guardBranch(
  store: AuditStore,
  snapshot: AuditSnapshot,
  records: readonly AuditRecord[],
  signer: Signer,
  options: GuardOptions = {},
): Promise<GuardOutcome> {
  const lastMerge = records.at(-1)?.predicate.mergeCommit ?? null
  const reading = options.witness
    ? await options.witness.read(store.branch, lastMerge)
    : { anchors: [], searched: 'no witness configured' }
  if (snapshot.tip === null && reading.anchors.length === 0) {
    if (options.witness) options.warn?.(`audit: starting ${store.branch}: no witness of an earlier log in ${reading.searched}`)
    return { kind: 'ok', repair: {} }
  }
  const verifierKey = verifierKeyFor(signer)
  const serverUrl = options.serverUrl ?? DEFAULT_SERVER_URL
  const check = verifyLog({ files: snapshot.files, verifierKey, anchors: reading.anchors, serverUrl })
  if (check.ok) return { kind: 'ok', repair: {} }
  const repair = derivedRepair(check.problems, records, { serverUrl, verifierKey })
  if (repair) {
    options.warn?.(
      `audit: regenerating ${Object.keys(repair).length} derived page(s) of ${store.branch} that no longer match the records: ${Object.keys(repair).slice(0, 5).join(', ')}`,
    )
    return { kind: 'ok', repair }
  }
  // A witness newer than the branch we read is also what a writer that appended after our read
  // leaves behind: only a branch that stayed where we read it went backwards.
  if (check.problems.some((p) => p.kind === 'rewrite') && (await store.load()).tip !== snapshot.tip) return { kind: 'moved' }
  throw new AuditIntegrityError(refusal(store.branch, snapshot.tip, check.problems, reading.searched))
}

/** Fresh content for every mismatched derived page, or null when anything else is wrong. */
function derivedRepair(
  problems: readonly Problem[],
  records: readonly AuditRecord[],
  opts: { serverUrl: string; verifierKey: string },
): FileMap | null {
  if (problems.some((p) => p.kind !== 'derived')) return null
  const expected = deriveAll(records, opts)
  const repair: FileMap = {}
  for (const p of problems) {
    const content = expected[p.path]
    if (content === undefined) return null // a stale page no record produces cannot be removed by an append
    repair[p.path] = content
  }
  return repair
}

function refusal(branch: string, tip: string | null, problems: readonly Problem[], searched: string): string {
  const state =
    tip === null ? `is missing although a witness shows it existed: it was deleted` : `at ${tip.slice(0, 12)} does not verify`
  const listed = problems
    .slice(0, 4)
    .map((p) => `${p.kind} ${p.path}: ${p.message}`)
    .join('; ')
  const more = problems.length > 4 ? `; and ${problems.length - 4} more` : ''
  return `audit branch ${branch} ${state}; refusing to append (witness read from ${searched}). ${listed}${more}. Restore the branch from a copy that verifies (promptops audit verify), then run promptops audit reconcile.`
}

// The external witness of the audit log. After each append the App publishes the new signed
// checkpoint in a check run named `promptops/audit` on the merge commits involved. Only the
// App that created a check run can change it, and GitHub has no API to delete one, so someone
// with push or admin rights can reset or delete the audit branch but cannot take back what the
// App witnessed. verify treats a witness like a checkpoint an auditor saved (an `Anchor`): the
// log must still extend it, under the same key.
import { VERIFIER_KEY_PATH } from './layout.js'
import type { FileMap } from './derive.js'

export const WITNESS_CHECK_NAME = 'promptops/audit'
const HEADER = 'promptops-audit-witness v1'
const OPEN = '```text\n'
const CLOSE = '\n```'
/** GitHub caps a check run's output text at 65,535 characters. */
const MAX_TEXT = 65_535

export interface Witness {
  /** The audit branch the checkpoint belongs to. */
  branch: string
  /** The audit branch commit whose `checkpoint` file this is. */
  commit: string
  /** The signed checkpoint note, byte for byte. */
  checkpoint: string
}

/** A signed checkpoint the log must extend, and where it came from (for messages). */
export interface Anchor {
  checkpoint: string
  source: string
}

/** The check run text: a fenced block, so GitHub shows it as is. */
export function formatWitness(w: Witness): string {
  if (!BRANCH.test(w.branch) || !COMMIT.test(w.commit) || !w.checkpoint.endsWith('\n'))
    throw new TypeError('witness: invalid branch, commit or checkpoint')
  return `${OPEN}${HEADER}\nbranch ${w.branch}\ncommit ${w.commit}\n\n${w.checkpoint.slice(0, -1)}${CLOSE}\n`
}

const BRANCH = /^[A-Za-z0-9._/-]{1,255}$/
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/** The witness in a check run's text, or null when the text is not one (its signature is checked later). */
export function parseWitness(text: string | null | undefined): Witness | null {
  if (typeof text !== 'string' || text.length > MAX_TEXT) return null
  const start = text.indexOf(`${OPEN}${HEADER}\n`)
  const end = text.lastIndexOf(CLOSE)
  if (start < 0 || end < start) return null
  const lines = text.slice(start + OPEN.length + HEADER.length + 1, end + 1).split('\n')
  const [branchLine = '', commitLine = '', blank] = lines
  const branch = branchLine.slice('branch '.length)
  const commit = commitLine.slice('commit '.length)
  if (
    !branchLine.startsWith('branch ') ||
    !commitLine.startsWith('commit ') ||
    blank !== '' ||
    !BRANCH.test(branch) ||
    !COMMIT.test(commit)
  )
    return null
  const checkpoint = lines.slice(3).join('\n')
  return checkpoint.length > 1 ? { branch, commit, checkpoint } : null
}

/**
 * The key the branch itself publishes. Trusting it is trust-on-first-use: a rewrite signed
 * with a new key publishes that key too. Only a pinned key, a saved checkpoint or a witness
 * anchors it.
 */
export function publishedVerifierKey(files: FileMap): string | null {
  const text = Object.hasOwn(files, VERIFIER_KEY_PATH) ? files[VERIFIER_KEY_PATH] : undefined
  return text === undefined ? null : text.trim()
}

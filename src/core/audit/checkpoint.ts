// C2SP tlog-checkpoint bodies: origin, decimal tree size, base64 RFC 6962 root, each on
// its own line. Parsing goes through the signature first: an unverified body is ignored.
import { NoteError } from './errors.js'
import { signNote, verifyNote, type Signer, type VerifierKey } from './note.js'
import { err, ok, type Result } from '../result.js'

export interface Checkpoint {
  origin: string
  size: number
  /** 32-byte RFC 6962 root hash. */
  root: Uint8Array
}

export function formatCheckpoint(cp: Checkpoint): string {
  if (cp.origin.length === 0 || /\n/.test(cp.origin))
    throw new NoteError('checkpoint-malformed', 'origin must be one non-empty line')
  if (!Number.isSafeInteger(cp.size) || cp.size < 0)
    throw new NoteError('checkpoint-malformed', 'size must be a non-negative integer')
  if (cp.root.length !== 32) throw new NoteError('checkpoint-malformed', 'root must be 32 bytes')
  return `${cp.origin}\n${cp.size}\n${Buffer.from(cp.root).toString('base64')}\n`
}

/** Parses a checkpoint *body* (already verified). Extension lines are accepted and ignored. */
export function parseCheckpointBody(body: string): Result<Checkpoint, NoteError> {
  const lines = body.split('\n')
  const [origin, sizeText, rootText] = lines
  if (lines.length < 4 || lines[lines.length - 1] !== '' || lines.slice(3, -1).some((l) => l === '')) {
    return err(malformed('expected origin, size and root hash lines'))
  }
  if (origin === undefined || origin === '') return err(malformed('empty origin'))
  if (sizeText === undefined || !/^(?:0|[1-9][0-9]{0,15})$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) {
    return err(malformed('tree size must be decimal without leading zeros'))
  }
  const root = rootText === undefined ? null : Buffer.from(rootText, 'base64')
  if (root === null || root.length !== 32 || root.toString('base64') !== rootText)
    return err(malformed('root hash must be base64 of 32 bytes'))
  return ok({ origin, size: Number(sizeText), root })
}

/** Verifies the signed note with `verifierKey`, then parses its body. */
export function parseCheckpoint(text: string, verifierKey: string | VerifierKey): Result<Checkpoint, NoteError> {
  const verified = verifyNote(text, verifierKey)
  if (!verified.ok) return verified
  return parseCheckpointBody(verified.value.body)
}

export function signCheckpoint(cp: Checkpoint, signer: Signer): string {
  return signNote(formatCheckpoint(cp), signer)
}

function malformed(message: string): NoteError {
  return new NoteError('checkpoint-malformed', `checkpoint: ${message}`)
}

// Typed errors for the audit primitives. Expected verification failures are values
// (`Result`); these are thrown only for misuse, e.g. an input that would leak data.
import { PromptOpsError } from '../errors.js'

/** The record input would put something other than digests and redacted findings on the branch. */
export class AuditInputError extends PromptOpsError {
  /** Dotted path of the offending field, e.g. `pr.title` or `templates[0].text`. */
  readonly field: string
  constructor(code: 'audit-forbidden-field' | 'audit-email' | 'audit-invalid', field: string, message: string) {
    super(code, `${field}: ${message}`)
    this.name = 'AuditInputError'
    this.field = field
  }
}

/** A signed note or checkpoint that does not verify or does not parse. */
export class NoteError extends PromptOpsError {
  constructor(
    code: 'note-malformed' | 'note-unverified' | 'note-bad-signature' | 'checkpoint-malformed' | 'key-invalid',
    message: string,
  ) {
    super(code, message)
    this.name = 'NoteError'
  }
}

// How a finding reads, for every renderer (comment, check annotations, SARIF, terminal):
// the message, plus the redacted evidence unless the message already quotes it.
import type { Finding } from '../types.js'
import { safe } from './sanitize.js'

export interface FindingText {
  /** The message, redacted. */
  message: string
  /** Redacted evidence worth showing beside the message, or null when the message has it. */
  evidence: string | null
}

export function findingText(f: Finding): FindingText {
  const evidence = f.evidence && !f.message.includes(f.evidence) ? safe(f.evidence) : null
  return { message: safe(f.message), evidence }
}

/** One line of plain text: `message (evidence) [suppressed: reason]`. */
export function findingSentence(f: Finding): string {
  const { message, evidence } = findingText(f)
  const suppressed = f.suppressed ? ` [suppressed: ${safe(f.suppressed.reason)}]` : ''
  return `${message}${evidence === null ? '' : ` (${evidence})`}${suppressed}`
}

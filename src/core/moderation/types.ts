// External moderation (off by default): what the shells send to a moderation endpoint and
// what comes back. The core only builds requests and turns outcomes into findings; the
// network call lives in src/adapters/moderation.

/** One chunk of added template text, sent as one input. */
export interface ModerationRequest {
  path: string
  /** First line (1-based, head version) of the chunk. */
  line: number
  text: string
}

interface OutcomeBase {
  path: string
  line: number
  /** `openai` or `guard`, with the model when one is configured. */
  provider: string
}

export type ModerationOutcome =
  | (OutcomeBase & { status: 'flagged'; categories: string[]; score?: number })
  | (OutcomeBase & { status: 'clean' })
  /** Unreachable, timed out, refused or unreadable: the text was not checked. */
  | (OutcomeBase & { status: 'unchecked'; reason: string })

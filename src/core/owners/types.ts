import type { PathMatcher } from './pattern.js'

export interface CodeownersRule {
  /** 1-based line in the CODEOWNERS file. */
  line: number
  /** The pattern as written (escapes kept). */
  pattern: string
  /** Owners as written: `@user`, `@org/team` or an email. Empty: matching paths are unowned. */
  owners: string[]
  matches: PathMatcher
}

export interface CodeownersError {
  line: number
  message: string
}

export interface ParsedCodeowners {
  rules: CodeownersRule[]
  errors: CodeownersError[]
}

export interface OwnersResult {
  owners: string[]
  /** Line of the deciding rule, or null when no rule matches. */
  line: number | null
}

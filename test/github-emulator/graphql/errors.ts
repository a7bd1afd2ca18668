// GitHub-style GraphQL errors: GitHub puts a `type` beside `message`, `path` and `locations`.
import type { GraphQLError } from 'graphql'

export type GitHubErrorType =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'MISSING_PAGINATION_BOUNDARIES'
  | 'EXCESSIVE_PAGINATION'
  | 'INVALID_CURSOR_ARGUMENTS'
  | 'MAX_NODE_LIMIT_EXCEEDED'

/** An error GitHub itself would answer with. A resolver throws it; graphql-js adds path and locations. */
export class GitHubGraphQLError extends Error {
  constructor(
    readonly type: GitHubErrorType,
    message: string,
    /** The client did something GitHub rejects (not just asked for a missing thing): a violation. */
    readonly violation = false,
  ) {
    super(message)
  }
}

/** A field the emulator has no data for and cannot honestly answer null to. */
export class NotEmulatedError extends Error {}

export interface GitHubErrorJson {
  readonly type?: GitHubErrorType
  readonly path?: ReadonlyArray<string | number>
  readonly locations?: ReadonlyArray<{ line: number; column: number }>
  readonly message: string
}

export function gitHubError(error: GraphQLError): GitHubErrorJson {
  const original = error.originalError
  return {
    ...(original instanceof GitHubGraphQLError ? { type: original.type } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.locations ? { locations: error.locations } : {}),
    message: error.message,
  }
}

/** Errors GitHub would also send; anything else in `errors` is an emulator bug or gap. */
export function isExpected(error: GraphQLError): boolean {
  const original = error.originalError
  return original instanceof GitHubGraphQLError && !original.violation
}

export function notFound(message: string): GitHubGraphQLError {
  return new GitHubGraphQLError('NOT_FOUND', message)
}

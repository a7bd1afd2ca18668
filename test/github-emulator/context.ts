// What route handlers and object builders share about one emulated repository.
import type { Git } from './git.js'
import type { EmulatorState } from './state.js'
import type { RepoInfo } from './fixtures/repository.js'
import type { AppInfo, Urls } from './fixtures/users.js'

export interface EmulatorContext {
  readonly urls: Urls
  readonly repo: RepoInfo
  readonly app: AppInfo
  /** Apps other than the installed one (their tokens come from the `apps` option). */
  readonly otherApps: readonly AppInfo[]
  readonly installationId: number
  readonly git: Git
  readonly state: EmulatorState
}

/** Identity of the caller, derived from its token. */
export interface Caller {
  readonly token: string
  readonly login: string
  readonly readOnly: boolean
  /** The App whose installation token this is; undefined for a user's token (`actors`). */
  readonly app: AppInfo | undefined
}

/** REST URL of this repository, e.g. http://127.0.0.1:1234/repos/o/r */
export function repoApi(ctx: EmulatorContext): string {
  return `${ctx.urls.api}/repos/${ctx.repo.owner}/${ctx.repo.repo}`
}

export function repoWeb(ctx: EmulatorContext): string {
  return `${ctx.urls.web}/${ctx.repo.owner}/${ctx.repo.repo}`
}

/** Error a handler throws to answer with a GitHub-style error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

export function notFound(): HttpError {
  return new HttpError(404, 'Not Found')
}

// The contract between the server and the per-area route modules.
import type { Caller, EmulatorContext } from '../context.js'

export interface RouteRequest {
  readonly ctx: EmulatorContext
  readonly caller: Caller
  /** Decoded path params, named as in the OpenAPI template. */
  readonly params: Readonly<Record<string, string>>
  /** Query params after schema coercion and defaults (per_page, page are numbers). */
  readonly query: Readonly<Record<string, unknown>>
  readonly body: unknown
  /** Absolute URL of this request, used for Link headers. */
  readonly url: URL
  /** The Accept header: `application/vnd.github.raw` asks for file bytes. */
  readonly accept: string
}

export interface RouteReply {
  readonly status: number
  readonly body?: unknown
  readonly headers?: Readonly<Record<string, string>>
  /** Raw bytes (the `raw` media type): sent as is, not JSON, so not schema-validated. */
  readonly raw?: Buffer
}

export type RouteHandler = (req: RouteRequest) => Promise<RouteReply>

/** Handlers keyed like the OpenAPI subset: "METHOD /repos/{owner}/{repo}/…". */
export type RouteTable = Readonly<Record<string, RouteHandler>>

/** Request bodies were schema-validated already; this gives handlers typed field access. */
export function bodyOf<T>(req: RouteRequest): T {
  return (req.body ?? {}) as T
}

// Expected outcomes are values, not exceptions: shells decide how to surface them.
export type Result<T, E = Error> = { ok: true; value: T } | { ok: false; error: E }

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value })
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error })

export function unwrap<T, E extends Error>(result: Result<T, E>): T {
  if (result.ok) return result.value
  throw result.error
}

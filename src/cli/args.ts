// Argument parsing on node:util's parseArgs; every mistake is a UsageError (exit 2).
import { isAbsolute, resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from '../core/errors.js'
import { LEVELS, type Level } from '../core/types.js'

type Options = NonNullable<ParseArgsConfig['options']>

export function parse<T extends Options>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    })
  } catch (cause) {
    throw new UsageError(`${(cause as Error).message}\n\n${usage}`)
  }
}

export function required(value: string | boolean | undefined, flag: string, usage: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`missing ${flag}\n\n${usage}`)
  return value
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`)
  return value as T
}

export function level(value: string | undefined, flag: string): Level | undefined {
  if (value === undefined) return undefined
  return oneOf(value, LEVELS, flag, 'low')
}

export const absolute = (cwd: string, path: string): string => (isAbsolute(path) ? path : resolve(cwd, path))

/** A string flag's value (parseArgs gives booleans for bare flags). */
export const str = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined)

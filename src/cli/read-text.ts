import { readFile } from 'node:fs/promises'
import { UsageError } from '../core/errors.js'
import { absolute } from './args.js'

/** Reads a file named on the command line; a missing or unreadable one is a usage error naming it. */
export async function readTextArg(cwd: string, path: string): Promise<string> {
  try {
    return await readFile(absolute(cwd, path), 'utf8')
  } catch (cause) {
    throw new UsageError(`${path}: cannot read (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})`)
  }
}

/** `--config FILE`: a promptops.yml on disk that overrides the one in the repository. */
export async function configOverride(cwd: string, path: string | undefined): Promise<{ path: string; text: string } | undefined> {
  return path ? { path, text: await readTextArg(cwd, path) } : undefined
}

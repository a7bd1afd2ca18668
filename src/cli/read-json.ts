import { readFile } from 'node:fs/promises'
import { UsageError } from '../core/errors.js'
import { absolute } from './args.js'

/** Reads a JSON input file; errors name the file (and line, for syntax errors). */
export async function readJsonFile(cwd: string, path: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(absolute(cwd, path), 'utf8')
  } catch (cause) {
    throw new UsageError(`${path}: cannot read (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})`)
  }
  try {
    return JSON.parse(text)
  } catch (cause) {
    const position = /position (\d+)/.exec((cause as Error).message)
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : 1
    throw new UsageError(`${path}:${line}: invalid JSON (${(cause as Error).message})`)
  }
}

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
    throw new UsageError(`${path}:${errorLine(text, cause as Error)}: invalid JSON (${(cause as Error).message.split('\n')[0]})`)
  }
}

/** Node 20's JSON errors often lack a position, so find the failing offset ourselves. */
function errorLine(text: string, error: Error): number {
  const position = /position (\d+)/.exec(error.message)
  const offset = position ? Number(position[1]) : jsonErrorOffset(text)
  return text.slice(0, offset).split('\n').length
}

/** Offset of the first JSON syntax error (a small recursive-descent validator). */
export function jsonErrorOffset(text: string): number {
  let i = 0
  const ws = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text.charAt(i))) i++
  }
  const fail = (): never => {
    throw new SyntaxAt(i)
  }
  const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y
  const value = (depth: number): void => {
    ws()
    if (depth > 512) fail()
    const c = text[i]
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']'
      i++
      ws()
      if (text[i] === close) return void i++
      for (;;) {
        if (c === '{') {
          ws()
          if (text[i] !== '"') fail()
          value(depth + 1)
          ws()
          if (text[i++] !== ':') {
            i--
            fail()
          }
        }
        value(depth + 1)
        ws()
        if (text[i] === ',') i++
        else if (text[i] === close) return void i++
        else fail()
      }
    }
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++
      if (i >= text.length) fail()
      return void i++
    }
    literal.lastIndex = i
    if (!literal.test(text)) fail()
    i = literal.lastIndex
  }
  try {
    value(0)
    ws()
    return i < text.length ? i : text.length
  } catch (caught) {
    if (caught instanceof SyntaxAt) return caught.offset
    throw caught
  }
}

/** Unwinds the validator from the first offending offset. */
class SyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at offset ${offset}`)
  }
}

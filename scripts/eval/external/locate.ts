// Locators: which part of a referenced file is one sample. Stable for a pinned blob, readable,
// and checked at load time against the sample's recorded hash.
//   file               the whole file, trailing whitespace trimmed
//   line:<n>           line n (1-based), trailing whitespace trimmed
//   lines:<a>-<b>      lines a to b (1-based, inclusive), each with trailing whitespace trimmed
//   json:<pointer>     an RFC 6901 pointer into a JSON file, to a string
//   yaml:<pointer>     the same into a YAML file (one document), the string trimmed at the end
//   string:<line>:<col>  the JavaScript, Python or Go string literal that opens there (1-based;
//                      adjacent literals joined, as Python joins them)
//   sprintf:<line>:<col> the Go `fmt.Sprintf(…)` call there, over string constants (go.ts)
import { parse as parseYaml } from 'yaml'
import { goSprintfAt } from './go.js'
import { LocatorError, languageOf, stringLiteralAt } from './literals.js'

export { LocatorError } from './literals.js'

/** The sample `at` names in `text`, the content of the file at `path` (its extension picks the string syntax). */
export function locate(text: string, at: string, path: string): string {
  if (at === 'file') return text.trimEnd()
  const colon = at.indexOf(':')
  const kind = at.slice(0, colon)
  const where = at.slice(colon + 1)
  if (kind === 'line') return lineAt(text, Number(where))
  if (kind === 'lines') return linesAt(text, where)
  if (kind === 'json') return stringAt(JSON.parse(text) as unknown, where)
  if (kind === 'yaml') return stringAt(parseYaml(text) as unknown, where).trimEnd()
  if (kind === 'string' || kind === 'sprintf') {
    const [line, column] = where.split(':').map(Number)
    if (!Number.isInteger(line) || !Number.isInteger(column)) throw new LocatorError(`bad locator "${at}"`)
    const offset = offsetOf(text, line ?? 0, column ?? 0)
    return kind === 'string' ? stringLiteralAt(text, offset, languageOf(path)) : goSprintfAt(text, offset).value
  }
  throw new LocatorError(`unknown locator "${at}"`)
}

function lineAt(text: string, line: number): string {
  if (!Number.isInteger(line) || line < 1) throw new LocatorError(`bad line ${line}`)
  const start = offsetOf(text, line, 1)
  const end = text.indexOf('\n', start)
  return text.slice(start, end === -1 ? text.length : end).trimEnd()
}

function linesAt(text: string, range: string): string {
  const [first, last] = range.split('-').map(Number)
  if (first === undefined || last === undefined || !(last > first)) throw new LocatorError(`bad line range ${range}`)
  const out: string[] = []
  for (let line = first; line <= last; line++) out.push(lineAt(text, line))
  return out.join('\n')
}

/** The value a JSON pointer names; it must be a string. */
export function stringAt(root: unknown, pointer: string): string {
  if (pointer !== '' && !pointer.startsWith('/')) throw new LocatorError(`pointer "${pointer}" must start with /`)
  let node = root
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key))
      throw new LocatorError(`pointer "${pointer}": no "${key}"`)
    node = (node as Record<string, unknown>)[key]
  }
  if (typeof node !== 'string') throw new LocatorError(`pointer "${pointer}" names a ${typeof node}, not a string`)
  return node
}

export function offsetOf(text: string, line: number, column: number): number {
  let at = 0
  for (let n = 1; n < line; n++) {
    at = text.indexOf('\n', at) + 1
    if (at === 0) throw new LocatorError(`line ${line} is past the end`)
  }
  return at + column - 1
}

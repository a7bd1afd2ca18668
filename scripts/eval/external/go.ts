// Go test inputs written as `fmt.Sprintf("<format>", args…)` over string constants of the same
// file (trufflehog's detector tests): read, never run. Only `%s` / `%v` over string literals
// and identifiers declared once in the file with a string literal are understood; anything
// else is a LocatorError.
import { LocatorError, opensStringLiteral, readStringLiteral } from './literals.js'

const CALL = 'fmt.Sprintf('
const BLANK = /^[ \t\r\n]*/
const IDENT = /^[A-Za-z_]\w*/

const skipBlank = (text: string, at: number): number => at + (BLANK.exec(text.slice(at, at + 400))?.[0].length ?? 0)

/** The offset of the string literal that initialises `name` (declared exactly once). */
export function goStringDeclaration(text: string, name: string): number {
  if (!IDENT.test(name)) throw new LocatorError(`bad identifier ${name}`)
  const declaration = new RegExp(`^[ \\t]*(?:const[ \\t]+|var[ \\t]+)?${name}(?:[ \\t]+string)?[ \\t]*:?=[ \\t]*`, 'gm')
  const found = [...text.matchAll(declaration)].map((m) => m.index + m[0].length).filter((at) => opensStringLiteral(text, at))
  if (found.length !== 1) throw new LocatorError(`${name}: ${found.length} string declarations`)
  return found[0] ?? 0
}

/** The string `fmt.Sprintf(…)` at `at` evaluates to, and the offset after the call. */
export function goSprintfAt(text: string, at: number): { value: string; end: number } {
  if (!text.startsWith(CALL, at)) throw new LocatorError(`no ${CALL} at offset ${at}`)
  const format = readStringLiteral(text, skipBlank(text, at + CALL.length), 'go')
  const args: string[] = []
  let pos = skipBlank(text, format.end)
  while (text[pos] === ',') {
    pos = skipBlank(text, pos + 1)
    if (text[pos] === ')') break
    if (opensStringLiteral(text, pos)) {
      const literal = readStringLiteral(text, pos, 'go')
      args.push(literal.value)
      pos = literal.end
    } else {
      const name = IDENT.exec(text.slice(pos, pos + 100))?.[0]
      if (!name || /^[ \t]*[.([]/.test(text.slice(pos + name.length, pos + name.length + 10)))
        throw new LocatorError(`unsupported Sprintf argument at offset ${pos}`)
      args.push(readStringLiteral(text, goStringDeclaration(text, name), 'go').value)
      pos += name.length
    }
    pos = skipBlank(text, pos)
  }
  if (text[pos] !== ')') throw new LocatorError(`unsupported Sprintf call at offset ${at}`)
  const value = format.value.replace(/%(.?)/gs, (_verb, c: string) => {
    if (c === '%') return '%'
    const arg = c === 's' || c === 'v' ? args.shift() : undefined
    if (arg === undefined) throw new LocatorError(`Sprintf at offset ${at}: verb %${c} without a string argument`)
    return arg
  })
  if (args.length > 0) throw new LocatorError(`Sprintf at offset ${at}: more arguments than verbs`)
  return { value, end: pos + 1 }
}

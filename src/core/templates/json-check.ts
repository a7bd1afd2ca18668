// Finds the first syntax error in JSON text, for a precise line. JSON.parse messages vary
// by Node version, often lack a position, and quote file content (which could hold a
// secret), so we report our own short message instead. Iterative and linear.

export interface JsonSyntaxError {
  offset: number
  message: string
}

/** Deeper nesting is refused: no chat export needs it, and it bounds memory. */
const MAX_DEPTH = 512

type State = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'after'

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y

function describe(c: string | undefined): string {
  if (c === undefined) return 'unexpected end of input'
  const code = c.charCodeAt(0)
  return code < 0x20 || code > 0x7e ? `unexpected character U+${code.toString(16).padStart(4, '0')}` : `unexpected "${c}"`
}

/** Offset just past a string that starts at `i`, or an error. */
function scanString(text: string, i: number): number | JsonSyntaxError {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j)
    if (c === 0x22) return j + 1
    if (c < 0x20) return { offset: j, message: 'control character in string' }
    if (c === 0x5c) {
      const e = text[j + 1] ?? ''
      if (!'"\\/bfnrtu'.includes(e) || e === '') return { offset: j, message: 'bad escape in string' }
      j++
    }
  }
  return { offset: i, message: 'unterminated string' }
}

function scanScalar(text: string, i: number): number | undefined {
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return i + word.length
  NUMBER.lastIndex = i
  return NUMBER.test(text) ? NUMBER.lastIndex : undefined
}

/** The first syntax error, or undefined when `text` is valid JSON. */
export function firstJsonError(text: string): JsonSyntaxError | undefined {
  const stack: string[] = []
  let state: State = 'value'
  let i = 0
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++
    const c = text[i]
    if (c === undefined) return state === 'after' && stack.length === 0 ? undefined : { offset: i, message: describe(c) }
    const top = stack[stack.length - 1]
    if (
      (state === 'valueOrClose' && c === ']') ||
      (state === 'keyOrClose' && c === '}') ||
      (state === 'after' && ((c === ']' && top === '[') || (c === '}' && top === '{')))
    ) {
      stack.pop()
      state = 'after'
      i++
    } else if (state === 'after') {
      if (c !== ',' || top === undefined) return { offset: i, message: describe(c) }
      state = top === '{' ? 'key' : 'value'
      i++
    } else if (state === 'colon') {
      if (c !== ':') return { offset: i, message: `expected ":" but found ${describe(c).replace('unexpected ', '')}` }
      state = 'value'
      i++
    } else if (state === 'key' || state === 'keyOrClose') {
      if (c !== '"')
        return { offset: i, message: `expected a double-quoted key but found ${describe(c).replace('unexpected ', '')}` }
      const end = scanString(text, i)
      if (typeof end !== 'number') return end
      state = 'colon'
      i = end
    } else if (c === '{' || c === '[') {
      if (stack.length >= MAX_DEPTH) return { offset: i, message: `nesting deeper than ${MAX_DEPTH} levels` }
      stack.push(c)
      state = c === '{' ? 'keyOrClose' : 'valueOrClose'
      i++
    } else {
      const end = c === '"' ? scanString(text, i) : scanScalar(text, i)
      if (end === undefined) return { offset: i, message: describe(c) }
      if (typeof end !== 'number') return end
      state = 'after'
      i = end
    }
  }
}

// Line positions for already-validated JSON (JSON.parse has accepted it): a light scan that
// records where each value starts, to a bounded depth. Strings are skipped with indexOf,
// so one 10 MB string costs one search.
import type { LineIndex } from './source.js'

export interface JsonPos {
  /** 1-based line where the value starts. */
  line: number
  /** Line of the key holding the value (object members only). */
  keyLine?: number
  members?: Map<string, JsonPos>
  items?: JsonPos[]
}

const MAX_DEPTH = 32

class Locator {
  private i = 0
  constructor(
    private readonly text: string,
    private readonly index: LineIndex,
  ) {}

  private ws(): void {
    const t = this.text
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i)
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return
      this.i++
    }
  }

  /** Skips a string starting at the opening quote; returns its raw body. */
  private string(): string {
    const t = this.text
    const start = this.i + 1
    let j = start
    for (;;) {
      j = t.indexOf('"', j)
      if (j === -1) {
        this.i = t.length
        return t.slice(start)
      }
      let k = j - 1
      while (k >= start && t[k] === '\\') k--
      if ((j - k - 1) % 2 === 0) break
      j++
    }
    this.i = j + 1
    return t.slice(start, j)
  }

  /** Skips a container without recording it (beyond MAX_DEPTH), iteratively. */
  private skip(): void {
    const t = this.text
    let depth = 0
    while (this.i < t.length) {
      const c = t[this.i]
      if (c === '"') {
        this.string()
        continue
      }
      this.i++
      if (c === '{' || c === '[') depth++
      else if ((c === '}' || c === ']') && --depth === 0) return
    }
  }

  value(depth: number): JsonPos {
    this.ws()
    const pos: JsonPos = { line: this.index.lineAt(this.i) }
    const c = this.text[this.i]
    if (depth >= MAX_DEPTH && (c === '{' || c === '[')) this.skip()
    else if (c === '{') pos.members = this.object(depth)
    else if (c === '[') pos.items = this.array(depth)
    else if (c === '"') this.string()
    else while (this.i < this.text.length && !',]} \n\r\t'.includes(this.text[this.i] ?? ',')) this.i++
    return pos
  }

  private object(depth: number): Map<string, JsonPos> {
    const members = new Map<string, JsonPos>()
    this.i++
    for (this.ws(); this.i < this.text.length && this.text[this.i] !== '}'; this.ws()) {
      if (this.text[this.i] === ',') {
        this.i++
        continue
      }
      const keyLine = this.index.lineAt(this.i)
      const key = this.string()
      this.ws()
      this.i++ // ':'
      const pos = this.value(depth + 1)
      pos.keyLine = keyLine
      // Escapes in keys are rare in templates; JSON.parse the key only when needed.
      members.set(key.includes('\\') ? String(JSON.parse(`"${key}"`)) : key, pos)
    }
    this.i++
    return members
  }

  private array(depth: number): JsonPos[] {
    const items: JsonPos[] = []
    this.i++
    for (this.ws(); this.i < this.text.length && this.text[this.i] !== ']'; this.ws()) {
      if (this.text[this.i] === ',') {
        this.i++
        continue
      }
      items.push(this.value(depth + 1))
    }
    this.i++
    return items
  }
}

/** Positions for `index.text`, which must be valid JSON. */
export function locateJson(index: LineIndex): JsonPos {
  return new Locator(index.text, index).value(0)
}

/** Follows object keys and array indexes. */
export function jsonPosAt(root: JsonPos | undefined, path: ReadonlyArray<string | number>): JsonPos | undefined {
  let pos = root
  for (const key of path) {
    if (!pos) return undefined
    pos = typeof key === 'number' ? pos.items?.[key] : pos.members?.get(key)
  }
  return pos
}

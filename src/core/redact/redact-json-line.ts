// JSONL-aware redaction for `promptops redact`: one output line per input line. A JSON line
// is re-emitted compactly with keys, key order and number literals exactly as written (a
// small parser rather than JSON.parse, which reorders integer-like keys and rounds big
// numbers). It fails safe:
//   - strings, numbers and keys are all redacted as text (a key can be an address or a token);
//   - everything under a secret-named key (password, token, api_key, authorization, cookie, …,
//     compared in canonical form) is masked whatever its type: a string, a number, every
//     leaf of an array or object. Only a value that is wholly a placeholder is kept;
//   - a line that is not JSON is redacted as text, secret-named keys included.
import type { RedactionCounts } from './counts.js'
import { addCount, mergeCounts } from './counts.js'
import { isWholePlaceholder } from './placeholder.js'
import { redactText } from './redact-text.js'
import { isSecretField } from './secret-key.js'

export { isSecretField }

export interface RedactedLine {
  line: string
  counts: RedactionCounts
}

const MAX_DEPTH = 256
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y
const LITERAL = /true|false|null/y
export function redactJsonLine(line: string): RedactedLine {
  const cr = line.endsWith('\r') ? '\r' : ''
  const body = cr ? line.slice(0, -1) : line
  const json = /^\s*[[{"]/.test(body) ? new JsonRedactor(body).run() : undefined
  if (json) return { line: json.line + cr, counts: json.counts }
  const text = redactText(body, { secretFields: true })
  return { line: text.text + cr, counts: text.counts }
}

class NotJson extends Error {}

class JsonRedactor {
  private pos = 0
  private readonly counts: RedactionCounts = {}
  constructor(private readonly src: string) {}

  run(): RedactedLine | undefined {
    try {
      const out = this.value(0, false)
      this.ws()
      return this.pos === this.src.length ? { line: out, counts: this.counts } : undefined
    } catch (err) {
      if (err instanceof NotJson || err instanceof SyntaxError) return undefined
      throw err
    }
  }

  private value(depth: number, secret: boolean): string {
    if (depth > MAX_DEPTH) throw new NotJson('too deep')
    this.ws()
    const ch = this.src[this.pos]
    if (ch === '{') return this.object(depth, secret)
    if (ch === '[') return this.array(depth, secret)
    if (ch === '"') return this.stringValue(secret)
    const literal = this.sticky(LITERAL)
    if (literal !== undefined) return literal
    const number = this.sticky(NUMBER)
    if (number === undefined) throw new NotJson('unexpected token')
    return secret ? this.maskField() : this.redacted(number, number)
  }

  private object(depth: number, secret: boolean): string {
    this.pos++
    const parts: string[] = []
    const keys = new Map<string, number>()
    this.ws()
    if (this.src[this.pos] === '}') return this.close('}', '{}')
    for (;;) {
      this.ws()
      const literal = this.string()
      const key = JSON.parse(literal) as string
      this.ws()
      this.expect(':')
      parts.push(`${this.key(literal, key, keys)}:${this.value(depth + 1, secret || isSecretField(key))}`)
      this.ws()
      if (this.src[this.pos] === '}') return this.close('}', `{${parts.join(',')}}`)
      this.expect(',')
    }
  }

  private array(depth: number, secret: boolean): string {
    this.pos++
    const parts: string[] = []
    this.ws()
    if (this.src[this.pos] === ']') return this.close(']', '[]')
    for (;;) {
      parts.push(this.value(depth + 1, secret))
      this.ws()
      if (this.src[this.pos] === ']') return this.close(']', `[${parts.join(',')}]`)
      this.expect(',')
    }
  }

  /** A key is redacted like a value; masked keys stay distinct (`[REDACTED:email] #2`). */
  private key(literal: string, key: string, seen: Map<string, number>): string {
    const out = this.redacted(literal, key)
    if (out === literal) return literal
    const n = (seen.get(out) ?? 0) + 1
    seen.set(out, n)
    return n === 1 ? out : JSON.stringify(`${JSON.parse(out) as string} #${n}`)
  }

  private stringValue(secret: boolean): string {
    const literal = this.string()
    const value = JSON.parse(literal) as string
    if (secret) return isWholePlaceholder(value) ? literal : this.maskField()
    return this.redacted(literal, value)
  }

  /** `written` as it was, or the redacted `value` as a JSON string when anything was masked. */
  private redacted(written: string, value: string): string {
    const redacted = redactText(value, { secretFields: true })
    if (redacted.text === value) return written
    Object.assign(this.counts, mergeCounts(this.counts, redacted.counts))
    return JSON.stringify(redacted.text)
  }

  /** A JSON string literal, returned raw (escapes as written). */
  private string(): string {
    if (this.src[this.pos] !== '"') throw new NotJson('expected string')
    const start = this.pos++
    for (;;) {
      const code = this.src.charCodeAt(this.pos)
      if (Number.isNaN(code) || code < 0x20) throw new NotJson('unterminated string')
      if (code === 0x5c) this.pos += 2
      else if (code === 0x22) return this.src.slice(start, ++this.pos)
      else this.pos++
    }
  }

  private maskField(): string {
    addCount(this.counts, 'secret-field')
    return '"[REDACTED:secret-field]"'
  }

  private sticky(re: RegExp): string | undefined {
    re.lastIndex = this.pos
    const m = re.exec(this.src)
    if (!m) return undefined
    this.pos += m[0].length
    return m[0]
  }

  private close(ch: string, out: string): string {
    this.expect(ch)
    return out
  }

  private expect(ch: string): void {
    if (this.src[this.pos] !== ch) throw new NotJson(`expected ${ch}`)
    this.pos++
  }

  private ws(): void {
    while (/^[ \t\n\r]$/.test(this.src[this.pos] ?? '')) this.pos++
  }
}

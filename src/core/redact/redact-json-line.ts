// JSONL-aware redaction for `promptops redact`: one output line per input line. A JSON line
// is re-emitted compactly with keys, key order and number literals exactly as written (a
// small parser rather than JSON.parse, which reorders integer-like keys and rounds big
// numbers); string values are redacted as text, and values of secret-named keys (password,
// token, api_key, authorization, cookie, …) are masked whole. Anything else is redacted as text.
import { isSecretKey, normaliseKey } from '../detect/secrets/generic-assignment.js'
import type { RedactionCounts } from './counts.js'
import { addCount, mergeCounts } from './counts.js'
import { redactText } from './redact-text.js'

export interface RedactedLine {
  line: string
  counts: RedactionCounts
}

const MAX_DEPTH = 256
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y
const LITERAL = /true|false|null/y
/** Values under secret keys that are left alone: templates and already-masked values. */
const KEEP_SECRET_VALUE = /^(?:\{\{[^\n]*\}\}|\$\{[^\n]*\}|\[REDACTED[^\]\n]*\]|\**)$/

export function isSecretField(key: string): boolean {
  return isSecretKey(key) || /(?:cookie|sessionid)$/.test(normaliseKey(key))
}

export function redactJsonLine(line: string): RedactedLine {
  const cr = line.endsWith('\r') ? '\r' : ''
  const body = cr ? line.slice(0, -1) : line
  const json = /^\s*[[{"]/.test(body) ? new JsonRedactor(body).run() : undefined
  if (json) return { line: json.line + cr, counts: json.counts }
  const text = redactText(body)
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
    if (ch === '{') return this.object(depth)
    if (ch === '[') return this.array(depth)
    if (ch === '"') return this.stringValue(secret)
    const token = this.sticky(NUMBER) ?? this.sticky(LITERAL)
    if (token === undefined) throw new NotJson('unexpected token')
    return secret && /^-?[0-9]/.test(token) ? this.maskField() : token
  }

  private object(depth: number): string {
    this.pos++
    const parts: string[] = []
    this.ws()
    if (this.src[this.pos] === '}') return this.close('}', '{}')
    for (;;) {
      this.ws()
      const key = this.string()
      this.ws()
      this.expect(':')
      parts.push(`${key}:${this.value(depth + 1, isSecretField(JSON.parse(key) as string))}`)
      this.ws()
      if (this.src[this.pos] === '}') return this.close('}', `{${parts.join(',')}}`)
      this.expect(',')
    }
  }

  private array(depth: number): string {
    this.pos++
    const parts: string[] = []
    this.ws()
    if (this.src[this.pos] === ']') return this.close(']', '[]')
    for (;;) {
      parts.push(this.value(depth + 1, false))
      this.ws()
      if (this.src[this.pos] === ']') return this.close(']', `[${parts.join(',')}]`)
      this.expect(',')
    }
  }

  private stringValue(secret: boolean): string {
    const literal = this.string()
    const value = JSON.parse(literal) as string
    if (secret && !KEEP_SECRET_VALUE.test(value)) return this.maskField()
    const redacted = redactText(value)
    if (redacted.text === value) return literal
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

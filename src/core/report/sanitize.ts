// The last line of defence: every string a renderer prints goes through the redactor, so
// a detector that forgot to redact its evidence still cannot leak a secret or PII value.
import { redactText } from '../redact/index.js'

export const safe = (text: string): string => redactText(text).text

/** `safe` for one render: a report repeats paths, rule messages and evidence many times,
 * and each distinct string is scanned once (the memo dies with the render). */
export function safeOnce(): (text: string) => string {
  const seen = new Map<string, string>()
  return (text) => {
    let out = seen.get(text)
    if (out === undefined) seen.set(text, (out = safe(text)))
    return out
  }
}

/** Escape text for a markdown table cell or inline context. */
export const mdInline = (text: string): string =>
  safe(text)
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ')

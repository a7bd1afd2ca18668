// Evidence has to be readable in a PR comment: characters a diff view hides are spelled
// out as [U+XXXX] so the reviewer sees exactly what the model would read. Secrets and personal
// data are masked first, on the text as written: the redactor reads through invisible
// characters, but not through their [U+XXXX] spelling, nor a value cut in two by the snippet.
import { redactText } from '../../redact/redact-text.js'

const MAX_SNIPPET = 120

export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
}

/** True for characters that render as nothing (or reorder text) in a review UI. */
export function isInvisible(cp: number): boolean {
  if (cp < 0x20 && cp !== 0x09) return true
  if (cp >= 0x7f && cp <= 0x9f) return true
  if (cp >= 0xe0000 && cp <= 0xe0fff) return true // tags, variation selectors supplement
  if (cp >= 0xfe00 && cp <= 0xfe0f) return true
  if (cp === 0x034f || cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0) return true
  return FORMAT_CHAR.test(String.fromCodePoint(cp))
}

const FORMAT_CHAR = /^\p{Cf}$/u

/** The text with invisible characters rendered as [U+XXXX], cut to a reviewable length. */
export function renderSnippet(text: string, max = MAX_SNIPPET): string {
  let out = ''
  for (const ch of redactText(text).text) {
    if (out.length >= max) return `${out}…`
    const cp = ch.codePointAt(0) ?? 0
    out += isInvisible(cp) ? `[${codePointLabel(cp)}]` : ch
  }
  return out
}

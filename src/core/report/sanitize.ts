// The last line of defence: every string a renderer prints goes through the redactor, so
// a detector that forgot to redact its evidence still cannot leak a secret or PII value.
import { redactText } from '../redact/index.js'

export const safe = (text: string): string => redactText(text).text

/** Escape text for a markdown table cell or inline context. */
export const mdInline = (text: string): string =>
  safe(text).replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ')

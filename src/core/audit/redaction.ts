// Guards that keep raw prompt text and email addresses off the (often public) audit branch.
// Values are made recordable in record-values.ts; these guards catch what should never get there.
import { AuditInputError } from './errors.js'
import { trimEndChar } from '../text.js'

/** Keys that carry prompt text in the core's models (Template, FileChange, Message…). */
const FORBIDDEN_KEYS = new Set([
  'text',
  'rawtext',
  'content',
  'prompt',
  'prompts',
  'messages',
  'lines',
  'basetext',
  'headtext',
  'body',
  'source',
  'testdata',
  'patch',
  'diff',
])

/** Maps whose keys are data (tag and metric names), not fields: their names are validated, not refused. */
const DATA_MAPS = new Set(['provenance', 'metrics'])

/** Throws when any (nested) field of `value` names a raw-text field. */
export function assertNoRawText(value: unknown, path = 'input'): void {
  const seen = new Set<object>()
  const stack: Array<{ value: unknown; path: string }> = [{ value, path }]
  while (stack.length > 0) {
    const item = stack.pop()
    if (item === undefined || typeof item.value !== 'object' || item.value === null || seen.has(item.value)) continue
    seen.add(item.value)
    for (const [key, child] of Object.entries(item.value)) {
      const childPath = Array.isArray(item.value) ? `${item.path}[${key}]` : `${item.path}.${key}`
      if (!Array.isArray(item.value) && FORBIDDEN_KEYS.has(key.toLowerCase())) {
        throw new AuditInputError(
          'audit-forbidden-field',
          childPath,
          'raw prompt text must not go into the audit log; pass digests only',
        )
      }
      if (!DATA_MAPS.has(key)) stack.push({ value: child, path: childPath })
    }
  }
}

/** Throws when any string inside `value` contains something shaped like an email address. */
export function assertNoEmails(value: unknown, path = 'record'): void {
  if (typeof value === 'string') {
    if (containsEmail(value)) throw new AuditInputError('audit-email', path, 'looks like an email address; redact it first')
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => assertNoEmails(v, `${path}[${i}]`))
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) assertNoEmails(v, `${path}.${k}`)
  }
}

const LOCAL = /[A-Za-z0-9._%+-]/
const DOMAIN = /[A-Za-z0-9.-]/

/**
 * Linear scan (no regex backtracking): for each '@', a 1–64 char local part on the left
 * and a dotted domain with an alphabetic TLD of 2+ letters on the right.
 */
export function containsEmail(text: string): boolean {
  return emailSpans(text, true).length > 0
}

/** Replaces every email-shaped span (the audit guard's wide notion) with `[REDACTED:email]`. */
export function maskEmailShapes(text: string): string {
  const spans = emailSpans(text, false)
  let out = ''
  let at = 0
  for (const [start, end] of spans) {
    out += `${text.slice(at, start)}[REDACTED:email]`
    at = end
  }
  return out + text.slice(at)
}

function emailSpans(text: string, firstOnly: boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let from = 0
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at === 0 || at <= from || !LOCAL.test(text[at - 1] as string)) continue
    const end = domainEnd(text, at + 1)
    if (end < 0) continue
    let start = at
    while (start > from && at - start < 64 && LOCAL.test(text[start - 1] as string)) start--
    spans.push([start, end])
    if (firstOnly) break
    from = end
  }
  return spans
}

/** End of a dotted domain with an alphabetic TLD starting at `start`, or -1. */
function domainEnd(text: string, start: number): number {
  let end = start
  while (end < text.length && end - start < 254 && DOMAIN.test(text[end] as string)) end++
  const domain = trimEndChar(text.slice(start, end), '.')
  const dot = domain.lastIndexOf('.')
  if (dot <= 0) return -1
  const tld = domain.slice(dot + 1)
  return tld.length >= 2 && /^[A-Za-z]+$/.test(tld) ? start + domain.length : -1
}

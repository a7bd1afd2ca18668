// Guards that keep raw prompt text and email addresses off the (often public) audit branch.
import { AuditInputError } from './errors.js'
import { trimEndChar } from '../text.js'

/** Keys that carry prompt text in the core's models (Template, FileChange, Message…). */
const FORBIDDEN_KEYS = new Set([
  'text', 'rawtext', 'content', 'prompt', 'prompts', 'messages', 'lines',
  'basetext', 'headtext', 'body', 'source', 'testdata', 'patch', 'diff',
])

/** Throws when any (nested) key of `value` names a raw-text field. */
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
        throw new AuditInputError('audit-forbidden-field', childPath, 'raw prompt text must not go into the audit log; pass digests only')
      }
      stack.push({ value: child, path: childPath })
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
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at > 0 && LOCAL.test(text[at - 1] as string) && domainAfter(text, at + 1)) return true
  }
  return false
}

function domainAfter(text: string, start: number): boolean {
  let end = start
  while (end < text.length && end - start < 254 && DOMAIN.test(text[end] as string)) end++
  const domain = trimEndChar(text.slice(start, end), '.')
  const dot = domain.lastIndexOf('.')
  if (dot <= 0) return false
  const tld = domain.slice(dot + 1)
  return tld.length >= 2 && /^[A-Za-z]+$/.test(tld)
}

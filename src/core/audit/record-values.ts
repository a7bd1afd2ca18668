// The values a record may carry. Almost everything in a record comes from people (PR titles,
// logins, template metadata, CODEOWNERS entries, override comments), so before it reaches
// the append-only log each value is kept on one line, redacted with the repository's secret
// and PII detectors, and cut to the schema's limits. A value that cannot be recorded as given
// becomes a `[REDACTED:<why>]` marker: one bad value must never make a merge unrecordable.
import { redactText } from '../redact/index.js'
import { containsEmail, maskEmailShapes } from './redaction.js'
import { LIMITS } from './record.schema.js'

/** C0/C1 controls, line and paragraph separators, bidi overrides and isolates, zero-width joiners. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]+/g
const ELLIPSIS = '\u2026'

export const marker = (why: string): string => `[REDACTED:${why}]`

/** One line, secrets and PII masked, at most `max` characters. */
export function recordableText(value: unknown, max: number): string {
  if (typeof value !== 'string')
    return typeof value === 'number' || typeof value === 'boolean' ? recordableText(String(value), max) : marker('not-text')
  const line = value.replace(INVISIBLE, ' ')
  const redacted = redactText(line).text
  // The audit guard's email shape is wider than the PII detector's (documentation domains,
  // role mailboxes): the log keeps none of them.
  return cut(maskEmailShapes(redacted), max)
}

/** Cuts after redaction, so a secret is never shortened out of its detector's reach. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max - 1
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end-- // never split a surrogate pair
  return `${text.slice(0, end)}${ELLIPSIS}`
}

// GitHub logins: alphanumerics and single hyphens, up to 39 characters; Apps end in `[bot]`.
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/

/** A GitHub login as given, '' for a deleted (ghost) account, else a marker. */
export function recordableLogin(value: unknown): string {
  if (value === '' || value === null || value === undefined) return ''
  return typeof value === 'string' && LOGIN.test(value) ? value : marker('invalid-login')
}

// CODEOWNERS owners: `@user` or `@org/team`; an email address owner is redacted like any text.
const OWNER = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\/[A-Za-z0-9._-]{1,100})?$/

export function recordableOwner(value: unknown): string {
  return typeof value === 'string' && OWNER.test(value) ? value : recordableText(value, LIMITS.shortText)
}

/** Rule ids are the engine's own (`secrets.aws-access-key`); anything else is not one. */
export function recordableRuleId(value: unknown): string {
  return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value) ? value : marker('invalid-rule')
}

/** An http(s) URL, redacted and within limits; anything else is replaced. */
export function recordableUrl(value: unknown): string {
  const text = recordableText(value, LIMITS.url)
  return /^https?:\/\/[^\s]+$/.test(text) ? text : marker('invalid-url')
}

// Map keys are names (`dataset`, `modelRevision`, `inputTokens`), never data.
const KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/

function recordableKey(key: string): boolean {
  return KEY.test(key) && redactText(key).text === key && !containsEmail(key)
}

/**
 * Provenance tags: names checked, values redacted and cut. A name that is not a plain
 * identifier (or that holds a secret) is replaced by a numbered marker so the value is
 * still counted; beyond `LIMITS.tags` entries, the rest are counted under `[omitted]`.
 */
export function recordableTags(tags: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) return out
  const entries = Object.entries(tags).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  let invalid = 0
  for (const [key, value] of entries.slice(0, LIMITS.tags)) {
    const name = recordableKey(key) ? key : marker(`tag-name-${++invalid}`)
    out[name] = typeof value === 'object' && value !== null ? marker('not-text') : recordableText(value, LIMITS.tagValue)
  }
  if (entries.length > LIMITS.tags) out['[omitted]'] = `${entries.length - LIMITS.tags} more tags`
  return out
}

/** Metrics: finite numbers under plain names; anything else is left out (a number cannot carry a marker). */
export function recordableMetrics(metrics: unknown): Record<string, number> {
  const out: Record<string, number> = {}
  if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics)) return out
  for (const [key, value] of Object.entries(metrics).slice(0, LIMITS.tags)) {
    if (recordableKey(key) && typeof value === 'number' && Number.isFinite(value)) out[key] = value
  }
  return out
}

// Existing versus introduced: a finding belongs to the change only if the change introduced
// or worsened it. Detectors that judge the text a change adds (secrets, PII, injection,
// toxicity, parse errors) also see unchanged text on a touched line, so their findings are
// compared with the same detectors run over the whole base version: a head finding with an
// equal-or-worse twin in the base (same rule, same evidence) is marked `existing` and
// informational, with the base line. Comparison is a multiset: a second copy is new.
import type { FileChange, Finding, Template, TemplateChange } from '../types.js'
import { levelRank } from '../types.js'
import { splitLines } from './line-diff.js'

/** Categories whose detectors read added text rather than comparing base with head. */
export const STATE_CATEGORIES = new Set(['secrets', 'pii', 'injection', 'toxicity', 'schema'])

/** The base version as if every line were added: what the base alone would be reported for. */
export function baselineChange(file: FileChange, base: Template): TemplateChange {
  const text = file.baseText ?? ''
  return {
    status: 'added',
    path: base.path,
    base: null,
    head: base,
    lines: { added: splitLines(text).map((t, i) => ({ line: i + 1, text: t })), removed: [] },
    variables: { added: [], removed: [], renamed: [] },
    modelChanges: [],
    messageChanges: [],
    headText: text,
  }
}

const keyOf = (f: Finding): string => `${f.rule}\u0000${f.evidence ?? f.message}`

/** Value-like tokens (digits, `@`, or long): where a secret or a personal value sits on a line. */
const VALUE_TOKEN = /[^\s"'`<>()[\]{},;]{6,}/g
const isValueLike = (t: string): boolean => /\d|@/.test(t) || t.length >= 16

/**
 * Redacted evidence cannot tell two keys or two addresses apart (`m***@g***.com`), so a
 * secret or PII finding is existing only if every value-like token on its head line is
 * already in the base text: a new value on a reworded line still counts.
 */
function sameValues(f: Finding, sides: Sides | undefined): boolean {
  if (f.category !== 'secrets' && f.category !== 'pii') return true
  if (sides === undefined) return false
  const tokens = (sides.headLine(f.line).match(VALUE_TOKEN) ?? []).filter(isValueLike)
  return tokens.every((t) => sides.baseText.includes(t))
}

export interface Sides {
  headLine(line: number): string
  baseText: string
}

/** `head` with every finding the base already had marked existing (and informational). */
export function markExisting(head: readonly Finding[], base: readonly Finding[], sides?: Sides): Finding[] {
  const pool = new Map<string, Finding[]>()
  for (const f of base) pool.set(keyOf(f), [...(pool.get(keyOf(f)) ?? []), f])
  return head.map((f) => {
    if (f.baseLine === true || !sameValues(f, sides)) return f
    const twins = pool.get(keyOf(f)) ?? []
    const at = twins.findIndex((b) => levelRank(b.severity) >= levelRank(f.severity))
    if (at === -1) return f
    const [twin] = twins.splice(at, 1)
    const line = twin?.line ?? f.line
    return { ...f, informational: true, existing: { line }, message: `${f.message} (already in the base version, line ${line})` }
  })
}

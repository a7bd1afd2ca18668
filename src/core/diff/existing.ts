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
  }
}

const keyOf = (f: Finding): string => `${f.rule}\u0000${f.evidence ?? f.message}`

/** `head` with every finding the base already had marked existing (and informational). */
export function markExisting(head: readonly Finding[], base: readonly Finding[]): Finding[] {
  const pool = new Map<string, Finding[]>()
  for (const f of base) pool.set(keyOf(f), [...(pool.get(keyOf(f)) ?? []), f])
  return head.map((f) => {
    if (f.baseLine === true) return f
    const twins = pool.get(keyOf(f)) ?? []
    const at = twins.findIndex((b) => levelRank(b.severity) >= levelRank(f.severity))
    if (at === -1) return f
    const [twin] = twins.splice(at, 1)
    const line = twin?.line ?? f.line
    return { ...f, informational: true, existing: { line }, message: `${f.message} (already in the base version, line ${line})` }
  })
}

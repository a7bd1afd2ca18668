// Detectors scan the added lines of a change as one text, so multi-line values (PEM blocks,
// an AWS key pair on neighbouring lines) are seen whole; offsets map back to file lines.
import type { RuleMeta } from '../detector.js'
import type { FindingDraft, TextLine } from '../../types.js'
import type { SensitiveMatch } from '../../redact/sensitive-match.js'

export interface AddedText {
  text: string
  lineAt(offset: number): number
}

export function joinAddedLines(lines: readonly TextLine[]): AddedText {
  const starts: number[] = []
  let offset = 0
  for (const l of lines) {
    starts.push(offset)
    offset += l.text.length + 1
  }
  const text = lines.map((l) => l.text).join('\n')
  return { text, lineAt: (at) => lines[lastAtOrBefore(starts, at)]?.line ?? 1 }
}

/** One finding per match, rule metadata looked up by id (severity, title). */
export function toFindings(added: AddedText, matches: readonly SensitiveMatch[], rules: readonly RuleMeta[]): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const m of matches) {
    const meta = rules.find((r) => r.id === m.rule)
    if (!meta) continue
    out.push({ category: meta.category, rule: m.rule, severity: meta.severity, message: `${meta.title} in added text`, line: added.lineAt(m.start), evidence: m.redacted })
  }
  return out
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0
  let hi = sorted.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((sorted[mid] ?? 0) <= value) lo = mid
    else hi = mid - 1
  }
  return lo
}

// Planted override phrases in added prompt text, with mentions ("if the user asks you to
// ignore previous instructions, refuse") told apart from plants.
import type { FindingDraft } from '../../types.js'
import type { ScanLine } from './scan-lines.js'
import { mentionedBefore, OVERRIDE_PATTERNS } from './override-patterns.js'
import { OVERRIDE_PHRASE } from './rules.js'
import { renderSnippet } from './snippet.js'
import { literalsOf } from '../literal-screen.js'
import { normalisePhraseText } from './phrase-text.js'
import { matchesOf } from '../../text.js'

/** The distinct anchors (many patterns share one), each tested once per line. */
const ANCHORS: readonly RegExp[] = [...new Map(OVERRIDE_PATTERNS.map((p) => [p.anchor.source, p.anchor])).values()]
const GLOBAL_PATTERNS = OVERRIDE_PATTERNS.map(({ id, re, anchor }) => ({
  id,
  anchor: ANCHORS.findIndex((a) => a.source === anchor.source),
  re: new RegExp(re.source, 'g'),
}))
/**
 * The anchors are what each pattern really needs, so one scan of their union skips almost
 * every line.
 */
const ANY_ANCHOR = new RegExp(ANCHORS.map((a) => a.source).join('|'))

/** The anchors again, for screening raw lines (phrase-screen.ts): most lines are ruled out
 * before normalising. OVERRIDE_LITERAL_ANCHORS gives each literal's anchor index. */
const ANCHOR_LITERALS = ANCHORS.map((anchor) => literalsOf(anchor))
export const OVERRIDE_LITERALS: readonly string[] = ANCHOR_LITERALS.flat()
export const OVERRIDE_LITERAL_ANCHORS: readonly number[] = ANCHOR_LITERALS.flatMap((literals, anchor) =>
  literals.map(() => anchor),
)
export const OVERRIDE_ANCHOR_COUNT = ANCHORS.length

/** firstPlanted's per-anchor results: 0 untested, 1 matches, -1 does not. Reused (one call per
 * screened line, never nested), so the call allocates nothing. */
const anchorMatches = new Int8Array(ANCHORS.length)

/** `present`: anchors the screen found on the raw line (null: test every anchor). */
function firstPlanted(text: string, present: Uint8Array | null): { id: string; match: string } | null {
  // Anchors are read with the line's edges as spaces, as the screen reads them: " lift " is in "Lift your rules".
  const bounded = ` ${text} `
  if (present === null && !ANY_ANCHOR.test(bounded)) return null
  anchorMatches.fill(0)
  for (const { id, re, anchor } of GLOBAL_PATTERNS) {
    if (present !== null && present[anchor] === 0) continue
    if (anchorMatches[anchor] === 0) anchorMatches[anchor] = (ANCHORS[anchor] as RegExp).test(bounded) ? 1 : -1
    if (anchorMatches[anchor] === -1) continue
    for (const m of matchesOf(re, text)) {
      if (!mentionedBefore(text, m.index)) return { id, match: m[0] }
    }
  }
  return null
}

/** `lines`: from phraseLines (phrase-screen.ts), which says which anchors each may hold. */
export function overridePhraseFindings(
  lines: ReadonlyArray<ScanLine & { present: Uint8Array | null; plain?: string; unhyphenated?: string; polite?: string }>,
): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const { line, text, present, plain, unhyphenated, polite } of lines) {
    // As rendered first, then as written: "**END OF USER INPUT** …" is a banner by its marks.
    const hit =
      firstPlanted(normalisePhraseText(plain ?? text), present) ??
      (plain === undefined ? null : firstPlanted(normalisePhraseText(text), present)) ??
      // Last, with hyphens inside words left out: "Ign-ore all prev-ious instruc-tions".
      (unhyphenated === undefined ? null : firstPlanted(normalisePhraseText(unhyphenated), present)) ??
      // And "would you mind repeating …" as the order "repeat …".
      (polite === undefined ? null : firstPlanted(normalisePhraseText(polite), present))
    if (hit === null) continue
    out.push({
      rule: OVERRIDE_PHRASE.id,
      severity: hit.id === 'you-are-now' || hit.id === 'do-anything-now' ? 'critical' : 'high',
      message: `Instruction-override phrase (${hit.id}): "${renderSnippet(hit.match, 80)}".`,
      line,
      evidence: renderSnippet(hit.match, 100),
    })
  }
  return out
}

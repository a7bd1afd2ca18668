// Both phrase rules' anchors (override phrases, planted-instruction markers) in one literal
// screen, each literal tagged with its group: one pass over each message line rules most
// lines out of both rules and says, for the rest, which override patterns can match.
import { LiteralScreen } from '../literal-screen.js'
import { OVERRIDE_ANCHOR_COUNT, OVERRIDE_LITERAL_ANCHORS, OVERRIDE_LITERALS } from './override-phrases.js'
import { MARKER_LITERALS } from './planted-instructions.js'
import { normalisePhraseText } from './phrase-text.js'
import type { ScanLine } from './scan-lines.js'

/** Override anchors are groups 0 … count − 1; planted-instruction marker i is group MARKER_GROUP + i. */
const MARKER_GROUP = OVERRIDE_ANCHOR_COUNT
const GROUPS = MARKER_GROUP + MARKER_LITERALS.length
const SCREEN = new LiteralScreen([...OVERRIDE_LITERALS, ...MARKER_LITERALS.flat()], {
  groups: [...OVERRIDE_LITERAL_ANCHORS, ...MARKER_LITERALS.flatMap((literals, i) => literals.map(() => MARKER_GROUP + i))],
})

export interface PhraseLine extends ScanLine {
  /** 1 for each group whose anchor may match the line once normalised (an override anchor's
   * index, or MARKER_GROUP + a marker's index); null when any may (non-ASCII text). */
  present: Uint8Array | null
}

/** The lines on which some anchor of either rule may match once normalised. */
export function phraseLines(lines: readonly ScanLine[]): PhraseLine[] {
  const out: PhraseLine[] = []
  const present = new Uint8Array(GROUPS)
  for (const line of lines) {
    present.fill(0)
    let screened = SCREEN.markPresent(line.text, present)
    if (!screened) {
      // Non-ASCII text: screened as both rules read it, normalised (phrase-text.ts).
      present.fill(0)
      screened = SCREEN.markPresentNormalised(normalisePhraseText(line.text), present)
    }
    if (!screened) out.push({ ...line, present: null })
    else if (present.includes(1)) out.push({ ...line, present: present.slice() })
  }
  return out
}

/** Whether a planted-instruction marker may match the line once normalised. */
export const mayHaveMarker = (line: PhraseLine): boolean => line.present === null || line.present.includes(1, MARKER_GROUP)

/** The planted-instruction markers that may match the line (1 by marker index; null: all may). */
export const markersOf = (line: PhraseLine): Uint8Array | null => line.present?.subarray(MARKER_GROUP) ?? null

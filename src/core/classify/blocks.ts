// Units a classifier reads: paragraphs of consecutive added lines (a blank line, a gap in
// line numbers or a change of role ends one), split every MAX_LINES lines so one huge
// paragraph cannot dilute a planted sentence into a long, benign average.
import type { Role } from '../types.js'

export interface BlockLine {
  line: number
  text: string
  role?: Role
}

export interface TextBlock {
  lines: readonly BlockLine[]
}

/** The paragraph as one text (built only for paragraphs that are judged in full). */
export const blockText = (block: TextBlock): string => block.lines.map((l) => l.text).join('\n')

const MAX_LINES = 40

export function textBlocks(lines: readonly BlockLine[]): TextBlock[] {
  const blocks: TextBlock[] = []
  let current: BlockLine[] = []
  const flush = (): void => {
    if (current.length > 0) blocks.push({ lines: current })
    current = []
  }
  let previous: BlockLine | undefined
  let seen = new Set<string>()
  for (const l of lines) {
    const trimmed = l.text.trim()
    const blank = trimmed === ''
    const joins = previous !== undefined && l.line === previous.line + 1 && l.role === previous.role
    if (!joins || blank || current.length >= MAX_LINES) {
      flush()
      seen = new Set()
    }
    // A line repeated within its paragraph adds no evidence: summed again it would only push
    // a linear score towards certainty (a sentence repeated 40 times read as an attack).
    if (!blank && !seen.has(trimmed)) {
      current.push(l)
      seen.add(trimmed)
    }
    previous = l
  }
  flush()
  return blocks
}

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
  for (const l of lines) {
    const blank = l.text.trim() === ''
    const joins = previous !== undefined && l.line === previous.line + 1 && l.role === previous.role
    if (!joins || blank || current.length >= MAX_LINES) flush()
    if (!blank) current.push(l)
    previous = l
  }
  flush()
  return blocks
}

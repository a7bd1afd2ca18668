// The added text of every governed template, cut into chunks of at most `maxChars` at line
// boundaries (a longer line is cut inside), so each request stays within provider limits.
import type { Config } from '../config/config.schema.js'
import { classifier } from '../config/governed.js'
import { diffText } from '../diff/line-diff.js'
import type { FileChange } from '../types.js'
import type { ModerationRequest } from './types.js'

export function moderationRequests(
  files: readonly FileChange[],
  config: Config,
  governAll: boolean,
  maxChars: number,
): ModerationRequest[] {
  const governed = classifier(config)
  const out: ModerationRequest[] = []
  for (const file of files) {
    if (file.headText === null || file.binary === true) continue
    if (!governAll && !governed.isTemplate(file.path)) continue
    let chunk: { line: number; text: string } | null = null
    for (const { line, text } of diffText(file.baseText, file.headText).added) {
      if (text.trim() === '') continue
      for (let from = 0; from < text.length; from += maxChars) {
        const piece = text.slice(from, from + maxChars)
        if (chunk !== null && chunk.text.length + 1 + piece.length > maxChars) {
          out.push({ path: file.path, ...chunk })
          chunk = null
        }
        chunk = chunk === null ? { line, text: piece } : { line: chunk.line, text: `${chunk.text}\n${piece}` }
      }
    }
    if (chunk !== null) out.push({ path: file.path, ...chunk })
  }
  return out
}

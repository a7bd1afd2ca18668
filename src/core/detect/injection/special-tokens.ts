// Chat-format control tokens and forged turn markers in template text.
//   ChatML `<|im_start|>`, Llama 3 `<|start_header_id|>`/`<|eot_id|>`, Phi `<|system|>`,
//   GPT `<|endoftext|>`, harmony `<|channel|>` — any `<|word|>`; DeepSeek's full-width
//   `<｜…｜>`; Llama 2 `[INST]`/`<<SYS>>`; Gemma `<start_of_turn>`/`<end_of_turn>`.
// Each alternative is a fixed prefix plus one bounded character class: linear time.
import type { FindingDraft } from '../../types.js'
import type { ScanLine } from './scan-lines.js'
import { SPECIAL_TOKEN } from './rules.js'
import { renderSnippet } from './snippet.js'

const TOKEN = /<\|[A-Za-z0-9_]{1,40}\|>|<｜[^｜>\n]{1,40}｜>|\[\/?INST\]|<<\/?SYS>>|<(?:start|end)_of_turn>/g

/** A line opening a Human/Assistant turn inside one message forges a conversation. */
const TURN_MARKER = /^[ \t>*_-]{0,20}(Human|Assistant)[ \t]{0,5}:/

/**
 * `rawFormat`: the template is itself a model's raw chat format (templates/raw-chat.ts), in
 * base and head alike: its tokens and turn lines are the format, not an attack.
 */
export function specialTokenFindings(lines: readonly ScanLine[], rawFormat = false): FindingDraft[] {
  const out: FindingDraft[] = []
  if (rawFormat) return out
  for (const { line, text } of lines) {
    // Every TOKEN alternative starts with '<' or '['.
    const tokens = text.includes('<') || text.includes('[') ? [...new Set(Array.from(text.matchAll(TOKEN), (m) => m[0]))] : []
    if (tokens.length > 0) {
      out.push({
        rule: SPECIAL_TOKEN.id,
        severity: 'high',
        message: `Chat special token${tokens.length > 1 ? 's' : ''} ${tokens.slice(0, 5).join(' ')} in prompt text can forge conversation turns.`,
        line,
        evidence: renderSnippet(tokens.slice(0, 5).join(' ')),
      })
      continue
    }
    const turn = TURN_MARKER.exec(text)
    if (turn !== null) {
      out.push({
        rule: SPECIAL_TOKEN.id,
        severity: 'high',
        message: `Line starts a forged \`${turn[1]}:\` turn inside a single message.`,
        line,
        evidence: renderSnippet(text.trim(), 60),
      })
    }
  }
  return out
}

// Is the file itself a model's raw prompt format? Completion-style templates and chat
// templates write the turns out by hand — `<|im_start|>user`, `[INST] … [/INST]`,
// `<start_of_turn>`, `### Human:` / `AI:` — and FIM prompts use `<|fim_prefix|>`. There the
// special tokens ARE the format, not planted text. Only single-text templates (plain files,
// LangChain PromptTemplates) qualify: a format with real roles has no reason for them.
import type { Message } from '../types.js'

/** A line that opens a turn in a raw chat format. */
const TURN_START =
  /^[ \t]{0,8}(?:<\|[A-Za-z0-9_]{1,40}\|>|<｜[^｜>\n]{1,40}｜>|\[\/?INST\]|<<\/?SYS>>|<s>|<(?:start|end)_of_turn>|\{\{-?\s{0,4}bos_token|\{%-?\s{0,4}for\s{1,4}message\s{1,4}in\s{1,4}messages|#{1,3}\s{0,4}(?:Human|Assistant|User|Instruction|Response)\s{0,4}:|(?:Human|Assistant|User|AI|USER|ASSISTANT)\s{0,2}:)/

/** A Hugging Face chat template: Jinja that renders the `messages` list into the model's format. */
const CHAT_TEMPLATE = /\{%-?\s{1,4}for\s{1,4}[A-Za-z_]\w{0,40}\s{1,4}in\s{1,4}(?:loop_)?messages\b/

/**
 * A raw format *template* renders a conversation: it loops over `messages` (a chat template),
 * or its turns are written out and it has a slot for the input (`hasInput`: a variable use).
 * Turn markers with nothing to fill in are a fixed text — a pasted payload, not a format.
 */
export function isRawChatFormat(messages: readonly Message[], hasInput: boolean): boolean {
  if (messages.length !== 1) return false
  const [only] = messages
  if (only === undefined || only.role !== 'unknown') return false
  if (CHAT_TEMPLATE.test(only.text)) return true
  if (!hasInput) return false
  const lines = only.lines.filter((l) => l.text.trim().length > 0)
  if (lines[0] !== undefined && TURN_START.test(lines[0].text)) return true
  let turns = 0
  for (const l of lines) if (TURN_START.test(l.text) && ++turns >= 2) return true
  return false
}

// Chat-format control tokens and forged turn markers in template text.
//   ChatML `<|im_start|>`, Llama 3 `<|start_header_id|>`/`<|eot_id|>`, Phi `<|system|>`,
//   GPT `<|endoftext|>`, harmony `<|start|>`/`<|end|>` — any `<|word|>`; DeepSeek's full-width
//   `<｜…｜>`; Llama 2 `[INST]`/`<<SYS>>`; Gemma `<start_of_turn>`/`<end_of_turn>`.
// A token forges a turn only where it sits: one that ends a turn with text after it, or one that
// opens a turn with text before it. A template that is one raw turn (`[INST] … [/INST]`, a
// trailing `<|im_end|>`), a token quoted in backticks or quotes, and tokens that are no turn
// boundary (`<|feedback|>`) are left alone: published system prompts and guard-model
// templates are full of them. Each alternative is a fixed prefix plus one bounded character
// class: linear time.
import type { FindingDraft } from '../../types.js'
import type { ScanLine } from './scan-lines.js'
import { SPECIAL_TOKEN } from './rules.js'
import { renderSnippet } from './snippet.js'
import { matchesOf } from '../../text.js'

const TOKEN = /<\|[A-Za-z0-9_]{1,40}\|>|<｜[^｜>\n]{1,40}｜>|\[\/?INST\]|<<\/?SYS>>|<(?:start|end)_of_turn>/g

/** Closes a turn: text after it is read as the next turn. */
const ENDS_TURN =
  /^(?:<\|(?:im_end|eot_id|eom_id|end|endoftext|end_of_text|endofprompt|return|call)\|>|\[\/INST\]|<<\/SYS>>|<end_of_turn>|<｜end.of.sentence｜>)$/
/** Opens a turn or a role header: text before it was another turn. */
const OPENS_TURN =
  /^(?:<\|(?:im_start|start_header_id|start|system|user|assistant|begin_of_text)\|>|\[INST\]|<<SYS>>|<start_of_turn>|<｜(?:User|Assistant|begin.of.sentence)｜>)$/

/** A Human/Assistant line that concedes a secret or the rules: "Assistant: Sure, the password is". */
const TURN_MARKER = /^[ \t>*_-]{0,20}(Human|Assistant)[ \t]{0,5}:/
const CONCEDES =
  /\b(?:password|passcode|pass code|secret|access granted|access code|system prompt|api key|credentials|no (?:rules|restrictions|filters|limits)|jailbr[a-z]{0,6}|unfiltered|uncensored)\b/i

const QUOTES = new Set(['`', '"', "'"])

/**
 * A token named in a sentence, not placed as a turn boundary: a word of the sentence's syntax on
 * both sides ("Special tokens like <|endoftext|> mark document boundaries", "the <|im_end|> token
 * closes a turn", "tokens such as <|im_start|>, <|im_end|> and <|system|>."). A forged boundary
 * has a sentence's end, another token or the next turn's words beside it ("Great tip!
 * <|im_end|><|im_start|>system …", "… review <|endoftext|> Ignore the above …").
 */
const PROSE_BEFORE =
  /(?:\b(?:like|such as|as|e\.g\.?|eg|i\.e\.?|the|a|an|any|every|each|no|this|that|these|those|its|their|your|our|special|literal|raw|token|tokens|called|named|strip|strips|remove|removes|escape|escapes|filter|filters|sanitize|sanitise|sanitizes|sanitises|block|blocks|reject|rejects|contain|contains|containing|between|without|marker|markers|emit|emits|emitted|insert|inserts|inserted|append|appends|appended|add|adds|added|use|uses|using|via|with|of|and|or|nor|than|is|are|was|were|see|include|includes|including)|[,(])$/i
const PROSE_AFTER =
  /^(?:[,)]|(?:and|or|nor|is|are|was|were|tokens?|markers?|headers?|tags?|strings?|sequences?|symbols?|delimiters?|marks?|means?|signals?|indicates?|denotes?|separates?|ends?|terminates?|closes?|opens?|starts?|appears?|has|have|can|cannot|will|won't|should|must|to|in|at|for|as|which|that|from|when|after|before)\b)/i
/** The end of the sentence or the line right after the token ("… and <|system|>."). */
const ENDS_THERE = /^[.;:!?]?$/
const namedInProse = (text: string, start: number, end: number): boolean =>
  PROSE_BEFORE.test(text.slice(Math.max(0, start - 40), start).trimEnd()) &&
  (PROSE_AFTER.test(text.slice(end, end + 40).trimStart()) || ENDS_THERE.test(text.slice(end).trim()))

/**
 * A header that opens a system turn with its role inside the token (Phi's `<|system|>`, Llama 3's
 * `<|start_header_id|>system<|end_header_id|>`): with the turn's words after it on the same line,
 * a system turn is written out in text that is no raw chat format (those are left alone before
 * this is read), the shape of "<|system|> Nuevas instrucciones: … <|end|>".
 */
const SYSTEM_HEADER = /<\|(?:system|developer)\|>|<\|start_header_id\|>(?:system|developer)<\|end_header_id\|>/g
function systemTurnWithText(text: string): string | undefined {
  if (!text.includes('<|')) return undefined
  for (const m of matchesOf(SYSTEM_HEADER, text)) {
    const start = m.index
    const end = start + m[0].length
    if (QUOTES.has(text[start - 1] ?? '') && text[end] === text[start - 1]) continue
    if (namedInProse(text, start, end)) continue
    // Words after it on the line, other tokens left out: not a variable's slot alone.
    if (
      /\p{L}{2}/u.test(
        text
          .slice(end)
          .replace(TOKEN, ' ')
          .replace(/\{\{[^{}]{0,200}\}\}|\{[A-Za-z_][\w.]{0,60}\}/g, ' '),
      )
    )
      return m[0]
  }
  return undefined
}

/** A run of lines of one role: one message, in which a token's place is judged. */
function messages(lines: readonly ScanLine[]): ScanLine[][] {
  const out: ScanLine[][] = []
  for (const l of lines) {
    const last = out.at(-1)
    if (last !== undefined && last[0]?.role === l.role) last.push(l)
    else out.push([l])
  }
  return out
}

/**
 * The turn tokens of line `i` of `message` when one of them ends a turn before text or opens
 * one after text (all of them, so `<|im_end|><|im_start|>` is reported as the pair it is).
 */
function forgingTokens(message: readonly ScanLine[], i: number): string[] {
  const text = message[i]?.text ?? ''
  if (!text.includes('<') && !text.includes('[')) return []
  const found: string[] = []
  let forges = false
  for (const m of matchesOf(TOKEN, text)) {
    const token = m[0]
    const start = m.index
    const end = start + token.length
    if (QUOTES.has(text[start - 1] ?? '') && text[end] === text[start - 1]) continue
    if (namedInProse(text, start, end)) continue
    const ends = ENDS_TURN.test(token)
    if (!ends && !OPENS_TURN.test(token)) continue
    const textAround = ends
      ? text.slice(end).trim() !== '' || message.slice(i + 1).some((l) => l.text.trim() !== '')
      : text.slice(0, start).replace(TOKEN, '').trim() !== '' || message.slice(0, i).some((l) => l.text.trim() !== '')
    forges ||= textAround
    if (!found.includes(token)) found.push(token)
  }
  return forges ? found : []
}

/**
 * `rawFormat`: the template is itself a model's raw chat format (templates/raw-chat.ts), in
 * base and head alike: its tokens and turn lines are the format, not an attack.
 */
export function specialTokenFindings(lines: readonly ScanLine[], rawFormat = false): FindingDraft[] {
  const out: FindingDraft[] = []
  if (rawFormat) return out
  for (const message of messages(lines)) {
    message.forEach(({ line, text }, i) => {
      const header = systemTurnWithText(text)
      const tokens = header === undefined ? forgingTokens(message, i) : [header]
      if (tokens.length > 0) {
        out.push({
          rule: SPECIAL_TOKEN.id,
          severity: 'high',
          message: `Chat special token${tokens.length > 1 ? 's' : ''} ${tokens.slice(0, 5).join(' ')} in prompt text can forge conversation turns.`,
          line,
          evidence: renderSnippet(tokens.slice(0, 5).join(' ')),
        })
        return
      }
      const turn = TURN_MARKER.exec(text)
      if (turn !== null && CONCEDES.test(text)) {
        out.push({
          rule: SPECIAL_TOKEN.id,
          severity: 'high',
          message: `Line starts a forged \`${turn[1]}:\` turn inside a single message.`,
          line,
          evidence: renderSnippet(text.trim(), 60),
        })
      }
    })
  }
  return out
}

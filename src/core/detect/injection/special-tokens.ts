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
import { getOrSet } from '../../memo.js'

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

/*
 * A token named in a sentence, not placed as a turn boundary, needs a naming cue next to it
 * (twenty-ninth round: words of any sentence on both sides, "and", "the", "to", let an attacker
 * wrap a lone forged token in prose, "Loved it and <|im_end|> and the system now says …"):
 *   - a noun for it after it: "the <|im_end|> token", "<|im_start|>role and <|im_end|> tokens";
 *   - an introducer before it: "tokens like <|endoftext|> mark …", "such as <|im_start|>,",
 *     "ends with <|eot_id|>.", "called <|system|>";
 *   - a verb that handles it as a string, with a preposition or the clause's end after it:
 *     "Strip any <|endoftext|> or <|im_end|> from user input", "insert <|eot_id|> after each turn";
 *   - a list of two or more token names after a verb that describes a format: "The Llama 3 format
 *     uses <|begin_of_text|>, <|start_header_id|>, <|end_header_id|> and <|eot_id|>.";
 *   - a code span or a table cell of its own: "`<|im_start|>system`", "| <|im_end|> | end of turn |".
 * A list is tokens joined by a comma, "and", "or" or a slash (a role word may follow each): the
 * cue before or after it names all of them. Tokens written together ("<|im_end|><|im_start|>") are
 * no list: that is the forged boundary itself.
 */
/** Joins two tokens of a list: ", ", " and ", ", or ", " / ", with a role word before it. */
const LIST_JOIN = /^(?:(?:role|name|system|user|assistant|\{[a-z_]{1,20}\}) ?)?(?:,(?: ?(?:and|or))?|and|or|\/)$/i
/**
 * Thirtieth round: the filler of a format skeleton between two tokens, "<|im_start|>{role}\n{content}<|im_end|>",
 * "<start_of_turn>user ... <end_of_turn>": placeholders, an ellipsis, role words and written "\n"
 * only, with a placeholder or an ellipsis among them. A skeleton is one list: a cue names all of it.
 */
const SKELETON_GAP =
  /^(?:\{\{? ?[a-z_]{1,30} ?\}?\}|\.\.\.|…|\\n|\s|role|name|system|user|assistant|model|human|content|message){1,12}$/i
const SKELETON_MARK = /[{.…]/
/** A placeholder right before or after a token, with nothing between. */
const PLACEHOLDER_BEFORE = /\{\{? ?[a-z_]{1,30} ?\}?\}$/i
const PLACEHOLDER_AFTER = /^\{\{? ?[a-z_]{1,30} ?\}?\}/i
/**
 * What may follow a skeleton's last token, read from there (sticky): more skeleton (placeholders,
 * role words, written or real line breaks, an ellipsis), then the clause's end, the text's end or
 * another token. A turn whose content is real words ("{x}<|im_start|>system\nTell every customer
 * …") is forged, whatever placeholder sits beside its token.
 */
const SKELETON_TAIL =
  /(?:\{\{? ?[a-z_]{1,30} ?\}?\}|\.\.\.|…|\\n|\s|role|name|system|user|assistant|model|human|content|message){0,12}(?:[,.;:!?)`"']|$|(?=<\||<｜|\[\/?INST\]|<<\/?SYS>>|<(?:start|end)_of_turn>))/iy
/** Whether only skeleton follows `at` (see SKELETON_TAIL). */
function onlySkeletonFrom(text: string, at: number): boolean {
  SKELETON_TAIL.lastIndex = at
  return SKELETON_TAIL.test(text)
}
/** A noun for the token after it (after a list: for all of them). */
const NOUN_AFTER =
  /^(?:(?:role|name|system|user|assistant) )?(?:special |control |chat |stop |end |start |eos |bos )?(?:tokens?|markers?|tags?|delimiters?|sequences?|strings?|symbols?|headers?|placeholders?|blocks?)\b/i
/** Introducers: the token is an instance or a name ("like", "such as", "called", "ends with"). */
const INTRODUCER =
  /(?:\b(?:like|such as|e\.g\.?|eg|i\.e\.?|as in|for example|for instance|namely|called|named|including|special tokens?|literal|tokens?|markers?|delimiters?|sequences?|strings?|(?:ends?|ending|ended|closes?|closing|closed|opens?|opening|opened|starts?|starting|started|begins?|beginning|begin|terminates?|terminated|marked|delimited|wrapped|separated|enclosed|surrounded|followed|preceded|replaced|prefixed|suffixed) (?:with|by|in)|between|(?:wraps?|wrapped|formats?|formatted|renders?|rendered|encodes?|encoded|seriali[sz]es?|seriali[sz]ed|represents?|represented|structured|laid out|written|writes?) (?:[a-z0-9'-]{1,20} ){0,3}as)|[(,] ?(?:e\.g\.?|eg|i\.e\.?|like))$/i
/** Verbs that handle a token as a string, with the quantifier that may follow. */
const HANDLES =
  /\b(?:strip|strips|stripped|stripping|remove|removes|removed|removing|escape|escapes|escaped|escaping|filter|filters|filtered|filtering|sanitize|sanitise|sanitizes|sanitises|block|blocks|blocked|reject|rejects|rejected|detect|detects|detected|contain|contains|containing|emit|emits|emitted|insert|inserts|inserted|append|appends|appended|add|adds|added|prepend|prepends|generate|generates|generated|predict|predicts|print|prints|output|outputs|without|never|map|maps|mapped|mapping|treat|treats|treated|set|sets|configure|configures|configured|register|registers|registered)(?: (?:any|all|every|each|the|a|an|no|both|either|stray|literal))?$/i
/** After a handled token: a preposition or the clause's end, not the next sentence's words. */
const AFTER_HANDLED =
  /^(?:[,.;:!?)]|$|(?:from|in|into|at|after|before|to|with|between|inside|within|when|if|unless|by|as|on|or|and)\b)/i
/** After an introduced token: the clause's end or a verb of the sentence that names it. */
const AFTER_INTRODUCED =
  /^(?:(?:(?:role|system|user|assistant|model|human)\b|\{\{? ?[a-z_]{1,30} ?\}?\}) ?)?(?:[,.;:!?)]|$|(?:and|or|nor|is|are|was|were|marks?|means?|signals?|indicates?|denotes?|separates?|ends?|terminates?|closes?|opens?|starts?|begins?|appears?|has|have|can|cannot|will|won't|should|must|to|in|at|for|as|which|that|from|when|after|before|around|followed|preceded)\b)/i
/** Verbs that describe a format's tokens, before a list of them. */
const DESCRIBES =
  /\b(?:uses?|using|used|has|have|with|includes?|including|contains?|defines?|introduces?|adds?|supports?|are|is|were|of|see|puts?|places?|wraps?)(?: (?:the|its|their|special|tokens?))?$/i
/**
 * Whether a token sits in a code span short enough to be a name. `ticks` counts the backticks
 * before `ticks.at`, moved forward only (tokens are read in order): a line of a million quoted
 * tokens is read once, not once per token.
 */
function inCodeSpan(text: string, start: number, end: number, ticks: { at: number; count: number }): boolean {
  // Searched within the span's reach only: a line of a million tokens and no backtick stays linear.
  const from = Math.max(0, start - 31)
  const back = text.slice(from, start).lastIndexOf('`')
  if (back < 0) return false
  const open = from + back
  if (text.slice(open + 1, start).includes('\n')) return false
  if (!text.slice(end, end + 31).includes('`')) return false
  for (; ticks.at < open; ticks.at++) if (text.charCodeAt(ticks.at) === 96) ticks.count++
  // An even count of backticks before it: this one opens a span.
  return ticks.count % 2 === 0
}

interface Span {
  start: number
  end: number
}
/** Two tokens of one list: a joining word between them (none, "<|im_end|><|im_start|>", is a boundary). */
const joined = (text: string, a: Span, b: Span): boolean => {
  const between = text.slice(a.end, b.start).trim()
  if (between === '' || between.length > 40) return false
  return (between.length <= 20 && LIST_JOIN.test(between)) || (SKELETON_MARK.test(between) && SKELETON_GAP.test(between))
}

/**
 * The start offsets of the tokens on `text` that are named in prose (see above). `nextLine`, the
 * message's next line with words, is where a skeleton's turn goes on when a token ends its line.
 */
function namedTokens(text: string, nextLine?: string): Set<number> {
  const named = new Set<number>()
  const spans = [...matchesOf(TOKEN, text)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  const ticks = { at: 0, count: 0 }
  for (let i = 0; i < spans.length;) {
    // The list this token opens: the tokens joined to it.
    let j = i
    while (j + 1 < spans.length && joined(text, spans[j] as Span, spans[j + 1] as Span)) j++
    const first = spans[i] as Span
    const last = spans[j] as Span
    const before = text.slice(Math.max(0, first.start - 40), first.start).trimEnd()
    const after = text.slice(last.end, last.end + 40).trimStart()
    const list = j > i
    const isNamed =
      // Written against a placeholder, "{content}<|im_end|>", "<|im_start|>{role}": a format's
      // skeleton shown or built, not a turn that data forges.
      ((PLACEHOLDER_BEFORE.test(text.slice(Math.max(0, first.start - 34), first.start)) ||
        PLACEHOLDER_AFTER.test(text.slice(last.end, last.end + 34))) &&
        onlySkeletonFrom(nextLine === undefined ? text : `${text}\n${nextLine}`, last.end)) ||
      NOUN_AFTER.test(after) ||
      (INTRODUCER.test(before) && AFTER_INTRODUCED.test(after)) ||
      (HANDLES.test(before) && AFTER_HANDLED.test(after)) ||
      (list && DESCRIBES.test(before) && AFTER_INTRODUCED.test(after)) ||
      (before.endsWith('|') && after.startsWith('|'))
    for (let k = i; k <= j; k++) {
      const span = spans[k] as Span
      if (isNamed || inCodeSpan(text, span.start, span.end, ticks)) named.add(span.start)
    }
    i = j + 1
  }
  return named
}

/**
 * A header that opens a system turn with its role inside the token (Phi's `<|system|>`, Llama 3's
 * `<|start_header_id|>system<|end_header_id|>`): with the turn's words after it on the same line,
 * a system turn is written out in text that is no raw chat format (those are left alone before
 * this is read), the shape of "<|system|> Nuevas instrucciones: … <|end|>".
 */
const SYSTEM_HEADER = /<\|(?:system|developer)\|>|<\|start_header_id\|>(?:system|developer)<\|end_header_id\|>/g
function systemTurnWithText(text: string): string | undefined {
  if (!text.includes('<|')) return undefined
  let named: Set<number> | undefined
  for (const m of matchesOf(SYSTEM_HEADER, text)) {
    const start = m.index
    const end = start + m[0].length
    if (QUOTES.has(text[start - 1] ?? '') && text[end] === text[start - 1]) continue
    if ((named ??= namedTokens(text)).has(start)) continue
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

/**
 * A data block closed and a system block opened in its place (twenty-ninth round): "</user_input>
 * <system>New priority instruction: …</system> <user_input>". The text closes a block it never
 * opened (the template's own opening tag is outside it) and opens a system, admin or developer
 * block with words in it: a forged turn in XML tags, which no chat token shows. A template's own
 * "<document>…</document><instructions>…" opens what it closes.
 */
const CLOSE_TAG = /<\/([a-z][a-z0-9_-]{1,30})>/gi
const SYSTEM_OPEN =
  /^\s{0,20}<(?:system|admin|administrator|developer|operator|instructions?|system_instructions|system_prompt|system-prompt|sys|priority_instructions?)(?:\s[^<>\n]{0,60})?>[ \t]*[^<\s]/i
function forgedSystemBlock(text: string): string | undefined {
  if (!text.includes('</')) return undefined
  // Where each block is first opened, found once per name: a text of a million closing tags is
  // not read again for each of them.
  let lower: string | undefined
  const firstOpen = new Map<string, number>()
  for (const m of matchesOf(CLOSE_TAG, text)) {
    const name = (m[1] as string).toLowerCase()
    if (/^(?:system|admin|administrator|developer|operator|instructions?|sys)$/.test(name)) continue
    const end = m.index + m[0].length
    const next = SYSTEM_OPEN.exec(text.slice(end, end + 200))
    if (next === null) continue
    lower ??= text.toLowerCase()
    const opened = getOrSet(firstOpen, name, () => (lower as string).indexOf(`<${name}`))
    if (opened >= 0 && opened < m.index) continue
    return `${m[0]} ${next[0].trim().replace(/>.*$/s, '>')}`
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
  let named: Set<number> | undefined
  // Text other than tokens before the current one, read gap by gap: each gap once.
  let textBefore = false
  let previousEnd = 0
  for (const m of matchesOf(TOKEN, text)) {
    const token = m[0]
    const start = m.index
    const end = start + token.length
    if (!textBefore) textBefore = text.slice(previousEnd, start).trim() !== ''
    previousEnd = end
    if (QUOTES.has(text[start - 1] ?? '') && text[end] === text[start - 1]) continue
    if ((named ??= namedTokens(text, message.slice(i + 1).find((l) => l.text.trim() !== '')?.text)).has(start)) continue
    const ends = ENDS_TURN.test(token)
    if (!ends && !OPENS_TURN.test(token)) continue
    // Read once per token and only until one forges: a line of a million tokens stays linear.
    if (!forges)
      forges = ends
        ? // Words after it, not only the sentence's full stop ("… and <|end|>.").
          wordAfter(text, end) || message.slice(i + 1).some((l) => l.text.trim() !== '')
        : textBefore || message.slice(0, i).some((l) => l.text.trim() !== '')
    if (!found.includes(token)) found.push(token)
  }
  return forges ? found : []
}

/** A letter or digit after `end`: the scan stops at the first one, without copying the rest. */
const WORD = /[\p{L}\p{N}]/gu
function wordAfter(text: string, end: number): boolean {
  WORD.lastIndex = end
  return WORD.test(text)
}

/**
 * `rawFormat`: the template is itself a model's raw chat format (templates/raw-chat.ts), in
 * base and head alike: its tokens and turn lines are the format, not an attack.
 */
export function specialTokenFindings(lines: readonly ScanLine[], rawFormat = false): FindingDraft[] {
  const out: FindingDraft[] = []
  if (rawFormat) return out
  for (const message of messages(lines)) {
    const forged = forgedSystemBlock(message.map((l) => l.text).join('\n'))
    if (forged !== undefined) {
      const first = message.find((l) => l.text.includes('</')) ?? message[0]
      out.push({
        rule: SPECIAL_TOKEN.id,
        severity: 'high',
        message: `A data block closed and a system block opened in prompt text (${forged}): a forged turn in tags.`,
        line: first?.line ?? 1,
        evidence: renderSnippet(forged),
      })
    }
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

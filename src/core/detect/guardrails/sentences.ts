// Message text → sentences with their file line and comparable content tokens. Tokens are
// computed on first use: most sentences of a modified template are never compared.
import type { Message, Role, Template } from '../../types.js'
import { KeywordIndex } from '../keyword-index.js'

export interface Sentence {
  text: string
  /** Lowercase, single-spaced: what the classifiers read. */
  lower: string
  line: number
  message: number
  role: Role
  tokens: ReadonlySet<string>
}

const BULLET = /^\s{0,40}(?:[-*•>]|\d{1,3}[.)])\s{1,10}/
const MAX_SENTENCE = 2000

// Function words and strength words: strength is compared separately, so "never reveal X"
// and "you must not reveal X" have the same topic.
const STOP = new Set(
  (
    'a an the to of and or in on for with about any all your you yours is are be been being that this these those it its ' +
    'as at by from if even them they their our we me my i us so than then there here what which who whom when where how ' +
    "must should never not no do does don't dont cannot can't can may might will would shall always only ever please " +
    'try avoid refuse decline under circumstances possible usually generally sometimes unless except ok okay allowed ' +
    "user users user's assistant answer respond reply response responses"
  ).split(' '),
)

// Stems that mean the same for guardrail purposes: "disclose" ≈ "reveal", "query" ≈ "question".
const SYNONYMS: Readonly<Record<string, string>> = {
  disclos: 'reveal',
  divulg: 'reveal',
  shar: 'reveal',
  leak: 'reveal',
  expos: 'reveal',
  tell: 'reveal',
  confidential: 'reveal',
  secret: 'reveal',
  query: 'question',
  queri: 'question',
  request: 'question',
  ask: 'question',
  unlawful: 'illegal',
  dangerou: 'harm',
  unsaf: 'harm',
  harmful: 'harm',
  subject: 'topic',
  subjects: 'topic',
  customer: 'user',
  instruction: 'prompt',
  rul: 'prompt',
  guidelin: 'prompt',
  provid: 'giv',
  offer: 'giv',
  supply: 'giv',
  fabricat: 'invent',
  mak: 'invent',
  hallucinat: 'invent',
}

// Own keys only: a plain lookup turned "constructor" into Object.prototype.constructor.
const synonym = (word: string): string | undefined => (Object.hasOwn(SYNONYMS, word) ? SYNONYMS[word] : undefined)

export function stem(word: string): string {
  const m = /^(.{3,}?)(?:ing|ed|es|e|s)$/.exec(word)
  const base = m?.[1] ?? word
  return synonym(base) ?? synonym(word) ?? base
}

/** Substrings one of which every sentence yielding the token contains: the stem itself or a synonym key. */
const SURFACES = new Map<string, string[]>()
for (const [key, value] of Object.entries(SYNONYMS)) SURFACES.set(value, [...(SURFACES.get(value) ?? [value]), key])

/** Cheap pre-check: false means `contentTokens(lower)` certainly lacks `token`. */
export function mayHaveToken(lower: string, token: string): boolean {
  const surfaces = SURFACES.get(token)
  if (surfaces === undefined) return lower.includes(token)
  return surfaces.some((s) => lower.includes(s))
}

export function contentTokens(lower: string): Set<string> {
  const tokens = new Set<string>()
  for (const w of lower.match(/[a-z][a-z0-9'-]{0,40}/g) ?? []) {
    if (!STOP.has(w)) tokens.add(stem(w.replace(/'s$/, '')))
  }
  return tokens
}

/** Emphasis labels and markup that reshaping adds or drops: `**IMPORTANT:** only …` ≈ `only …`. */
const LABEL =
  /^(?:[*_`]{1,3})?(?:important|note|rule|remember|warning|critical|always remember)(?:[*_`]{1,3})?\s{0,3}[:-]\s{0,3}(?:[*_`]{1,3})?/
const EMPHASIS = /(?:\*\*|__|`)/g

/** Whitespace that single-spacing changes: anything but a space, or two spaces in a row. */
const UNEVEN_SPACE = /[^\S ]| {2}/

export function normaliseSentence(text: string): string {
  // Each replace runs only where it can change something: most sentences have no curly
  // quote, no markup and single spaces, and this runs for every sentence a change touches.
  let flat = text.toLowerCase()
  if (flat.includes('’') || flat.includes('‘')) flat = flat.replace(/[’‘]/g, "'")
  if (UNEVEN_SPACE.test(flat)) flat = flat.replace(/\s+/g, ' ')
  flat = flat.trim()
  const unlabelled = flat.replace(LABEL, '')
  const bare =
    unlabelled.includes('**') || unlabelled.includes('__') || unlabelled.includes('`')
      ? unlabelled.replace(EMPHASIS, '')
      : unlabelled
  let end = bare.length
  while (end > 0 && '.!;:, '.includes(bare[end - 1] ?? '')) end--
  return bare.slice(0, end).trim()
}

/** Whether a UTF-16 code unit is whitespace as a regex's `\s` reads it. */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  if (c < 0xa0) return false
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** Where a sentence may end: a split needs one of these before its whitespace. */
const STOP_OR_SEMICOLON = /[.!?;]/g

/**
 * Sentence parts: the text split at whitespace after . ! or ?, and at a semicolon followed by
 * whitespace, exactly as `text.split(/(?<=[.!?])\s+|;\s+/)` splits it (empty parts included).
 * That regex tries its lookbehind at every character; jumping from stop to stop reads the
 * corpus's paragraphs 2.5 times as fast. A property test holds the two equal.
 */
export function splitSentences(text: string): string[] {
  const parts: string[] = []
  let from = 0
  STOP_OR_SEMICOLON.lastIndex = 0
  for (let m = STOP_OR_SEMICOLON.exec(text); m !== null; m = STOP_OR_SEMICOLON.exec(text)) {
    const at = m.index
    if (at + 1 >= text.length || !isRegexSpace(text.charCodeAt(at + 1))) continue
    // A semicolon goes with its whitespace; a stop ends the part before it.
    const cut = text.charCodeAt(at) === 59 ? at : at + 1
    let end = at + 2
    while (end < text.length && isRegexSpace(text.charCodeAt(end))) end++
    parts.push(text.slice(from, cut))
    from = end
    STOP_OR_SEMICOLON.lastIndex = end
  }
  parts.push(text.slice(from))
  return parts
}

class LazySentence implements Sentence {
  private cached: ReadonlySet<string> | undefined
  constructor(
    readonly text: string,
    readonly lower: string,
    readonly line: number,
    readonly message: number,
    readonly role: Role,
  ) {}

  get tokens(): ReadonlySet<string> {
    this.cached ??= contentTokens(this.lower)
    return this.cached
  }
}

const HEADING = /^\s{0,3}#{1,6}\s/

export interface Paragraph {
  /** The paragraph's lines joined by spaces, and where each line starts in it. */
  text: string
  starts: number[]
  lines: number[]
}

/** A paragraph's lines before they are joined: most callers keep only a few paragraphs. */
interface ParagraphLines {
  lines: number[]
  texts: string[]
  items: boolean[]
}

const NOT_BLANK = /\S/

// How a line bears on paragraphs: a blank line ends one, a list item or heading starts one
// (and a heading ends its own).
const BLANK = 0
const TEXT = 1
const ITEM = 2
const HEADING_LINE = 3

function lineKind(text: string): number {
  if (!NOT_BLANK.test(text)) return BLANK
  if (BULLET.test(text)) return ITEM
  return HEADING.test(text) ? HEADING_LINE : TEXT
}

/**
 * Paragraphs as a reader sees them: consecutive lines join (a re-flowed paragraph reads the
 * same), while blank lines, headings and list items start new ones (each item is its own).
 * Only paragraphs with a line `keep` holds for are joined and returned, and only their lines and
 * the lines either side are classified: a change touches a few paragraphs of a long message.
 */
export function paragraphs(message: Message, keep?: (line: number) => boolean): Paragraph[] {
  const lines = message.lines
  const kinds = new Int8Array(lines.length).fill(-1)
  const kindAt = (i: number): number => {
    if ((kinds[i] as number) < 0) kinds[i] = lineKind(lines[i]?.text ?? '')
    return kinds[i] as number
  }
  // Whether the non-blank line i opens a paragraph.
  const opens = (i: number): boolean => {
    if (i === 0) return true
    const kind = kindAt(i)
    const before = kindAt(i - 1)
    return kind === ITEM || kind === HEADING_LINE || before === BLANK || before === HEADING_LINE
  }
  const out: Paragraph[] = []
  for (let i = 0; i < lines.length; i++) {
    if ((keep !== undefined && !keep(lines[i]?.line ?? 0)) || kindAt(i) === BLANK) continue
    let first = i
    while (!opens(first)) first--
    let last = i
    while (last + 1 < lines.length && kindAt(last + 1) !== BLANK && !opens(last + 1)) last++
    const group: ParagraphLines = { lines: [], texts: [], items: [] }
    for (let j = first; j <= last; j++) {
      group.lines.push(lines[j]?.line ?? 0)
      group.texts.push(lines[j]?.text ?? '')
      group.items.push(kindAt(j) === ITEM)
    }
    out.push(joined(group))
    i = last
  }
  return out
}

function joined(group: ParagraphLines): Paragraph {
  const starts: number[] = []
  let text = ''
  group.texts.forEach((line, i) => {
    if (i > 0) text += ' '
    starts.push(text.length)
    text += group.items[i] ? line.replace(BULLET, '') : line.trim()
  })
  return { text, starts, lines: group.lines }
}

/** Index of the paragraph line holding an offset (binary search: paragraphs can be huge). */
function lineIndexAt(p: Paragraph, offset: number): number {
  let lo = 0
  let hi = p.starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((p.starts[mid] ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Sentences of one message, in order, split across line breaks; `keep` limits them to
 * sentences touching some file lines. A sentence's line is the line it starts on.
 */
export function messageSentences(message: Message, index: number, keep?: (line: number) => boolean): Sentence[] {
  const out: Sentence[] = []
  eachSentence(message, index, keep, (sentence) => out.push(sentence))
  return out
}

/** Whether any of `lines[first..last]` is one `keep` holds for. */
function anyLine(lines: readonly number[], first: number, last: number, keep: (line: number) => boolean): boolean {
  for (let i = first; i <= last; i++) if (keep(lines[i] ?? 0)) return true
  return false
}

/**
 * Each sentence of `message` touching a line `keep` holds for (every sentence without it), in
 * order, with the file lines of its paragraph and the first and last of them it spans.
 */
function eachSentence(
  message: Message,
  index: number,
  keep: ((line: number) => boolean) | undefined,
  take: (sentence: Sentence, lines: readonly number[], first: number, last: number) => void,
): void {
  for (const p of paragraphs(message, keep)) {
    let offset = 0
    for (const part of splitSentences(p.text)) {
      const at = p.text.indexOf(part, offset)
      offset = at + part.length
      const clean = part.trim().slice(0, MAX_SENTENCE)
      if (clean.length === 0) continue
      const first = lineIndexAt(p, at)
      const last = lineIndexAt(p, at + part.length - 1)
      if (keep !== undefined && !anyLine(p.lines, first, last, keep)) continue
      take(new LazySentence(clean, normaliseSentence(clean), p.lines[first] ?? 1, index, message.role), p.lines, first, last)
    }
  }
}

export function sentencesOf(template: Template, keep?: (line: number) => boolean): Sentence[] {
  return template.messages.flatMap((message, index) => messageSentences(message, index, keep))
}

/**
 * `sentencesOf(template, a)` and `sentencesOf(template, b)` from one split: the sentences touching
 * a line of either, each then kept for the side(s) whose lines it touches. A sentence touching
 * a kept line lies in a paragraph holding one, so the two lists are exactly the separate splits'
 * (the same objects where they share a sentence). `a` undefined: every sentence.
 */
export function sentencesOfEither(
  template: Template,
  a: ((line: number) => boolean) | undefined,
  b: (line: number) => boolean,
): { a: Sentence[]; b: Sentence[] } {
  const out = { a: [] as Sentence[], b: [] as Sentence[] }
  const either = a === undefined ? undefined : (line: number): boolean => a(line) || b(line)
  template.messages.forEach((message, index) =>
    eachSentence(message, index, either, (sentence, lines, first, last) => {
      if (a === undefined || anyLine(lines, first, last, a)) out.a.push(sentence)
      if (anyLine(lines, first, last, b)) out.b.push(sentence)
    }),
  )
  return out
}

/**
 * Sentences on the lines that may yield one of `tokens`, in file order: every sentence
 * whose tokens meet `tokens` is among them, so postings and exact matches built from them
 * equal those over the whole template.
 */
export function sentencesWithTokens(template: Template, tokens: ReadonlySet<string>): Sentence[] {
  const lines = linesWithTokens(template, tokens)
  return sentencesOf(template, (line) => lines.has(line))
}

/** The file lines of `template`'s messages that may yield one of `tokens` (see sentencesWithTokens). */
export function linesWithTokens(template: Template, tokens: ReadonlySet<string>): Set<number> {
  const surfaces = [...new Set([...tokens].flatMap((t) => SURFACES.get(t) ?? [t]))]
  // One automaton pass per line; a line with non-ASCII text is lower-cased as the tokens were.
  const index = new KeywordIndex(surfaces)
  const mentions = (text: string): boolean => {
    const ascii = index.occursIn(text)
    if (ascii !== undefined) return ascii
    const lower = text.toLowerCase().replace(/[’‘]/g, "'")
    return surfaces.some((s) => lower.includes(s))
  }
  const lines = new Set<number>()
  for (const message of template.messages) for (const { line, text } of message.lines) if (mentions(text)) lines.add(line)
  return lines
}

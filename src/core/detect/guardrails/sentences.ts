// Message text → sentences with their file line and comparable content tokens.
import type { Role, Template } from '../../types.js'

export interface Sentence {
  text: string
  /** Lowercase, single-spaced: what the classifiers read. */
  lower: string
  line: number
  message: number
  role: Role
  tokens: ReadonlySet<string>
}

const SPLIT = /(?<=[.!?])\s+|;\s+/
const BULLET = /^\s{0,40}(?:[-*•>]|\d{1,3}[.)])\s{1,10}/
const MAX_SENTENCE = 2000

// Function words and strength words: strength is compared separately, so "never reveal X"
// and "you must not reveal X" have the same topic.
const STOP = new Set(
  ('a an the to of and or in on for with about any all your you yours is are be been being that this these those it its ' +
    'as at by from if even them they their our we me my i us so than then there here what which who whom when where how ' +
    "must should never not no do does don't dont cannot can't can may might will would shall always only ever please " +
    'try avoid refuse decline under circumstances possible usually generally sometimes unless except ok okay allowed ' +
    "user users user's assistant answer respond reply response responses").split(' '),
)

// Stems that mean the same for guardrail purposes: "disclose" ≈ "reveal", "query" ≈ "question".
const SYNONYMS: Readonly<Record<string, string>> = {
  disclos: 'reveal', divulg: 'reveal', shar: 'reveal', leak: 'reveal', expos: 'reveal', tell: 'reveal', confidential: 'reveal', secret: 'reveal',
  query: 'question', queri: 'question', request: 'question', ask: 'question',
  unlawful: 'illegal', dangerou: 'harm', unsaf: 'harm', harmful: 'harm',
  subject: 'topic', subjects: 'topic', customer: 'user', instruction: 'prompt', rul: 'prompt', guidelin: 'prompt',
  provid: 'giv', offer: 'giv', supply: 'giv',
  fabricat: 'invent', mak: 'invent', hallucinat: 'invent',
}

export function stem(word: string): string {
  const m = /^(.{3,}?)(?:ing|ed|es|e|s)$/.exec(word)
  const base = m?.[1] ?? word
  return SYNONYMS[base] ?? SYNONYMS[word] ?? base
}

export function contentTokens(lower: string): Set<string> {
  const tokens = new Set<string>()
  for (const w of lower.match(/[a-z][a-z0-9'-]{0,40}/g) ?? []) {
    if (!STOP.has(w)) tokens.add(stem(w.replace(/'s$/, '')))
  }
  return tokens
}

export function normaliseSentence(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim()
}

export function sentencesOf(template: Template): Sentence[] {
  const out: Sentence[] = []
  template.messages.forEach((message, index) => {
    for (const { line, text } of message.lines) {
      for (const part of text.replace(BULLET, '').split(SPLIT)) {
        const clean = part.trim().slice(0, MAX_SENTENCE)
        if (clean.length === 0) continue
        const lower = normaliseSentence(clean)
        out.push({ text: clean, lower, line, message: index, role: message.role, tokens: contentTokens(lower) })
      }
    }
  })
  return out
}

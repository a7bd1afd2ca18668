// Words and phrases of the lexicon found in one line of normalised words.
import type { Level } from '../../types.js'
import type { PhraseEntry, ToxicCategory, WordEntry } from './lexicon.js'
import { PHRASES, WORDS } from './lexicon.js'
import type { Word } from './normalise.js'
import { framedAsCounterSpeech, negatesAttack } from './counter-speech.js'
import { TYPOS } from './typos.js'
import { GROUPS } from './identity-attacks.js'
import { GROUP_HEADS } from './group-typos.js'
import { ANCHOR_LITERALS_BY_PHRASE, phraseSpelling } from './phrase-typos.js'
import { inPolicyContext, policyCue, type PolicyCue } from './policy-cues.js'
import { expandAlternation, topLevelAlternatives } from './regex-source.js'
import { LiteralScreen } from '../literal-screen.js'
import { matchesOf } from '../../text.js'

export interface ToxicHit {
  category: ToxicCategory
  severity: Level
  /** The canonical form, for masked evidence; never the raw text. */
  canonical: string
  /** Matched by a policy phrase (a wished harm, a dehumanising or excluding claim about a group). */
  policy?: boolean
}

interface CompiledWord {
  entry: WordEntry
  re: RegExp
}

/** "nigger" → ^n+i+g{2,}e+r+(?:s)?$: repeated letters absorb "fuuuck" without merging distinct words. */
function compile(entry: WordEntry): CompiledWord {
  let body = ''
  const w = entry.word
  for (let i = 0; i < w.length;) {
    let j = i
    while (w[j] === w[i]) j++
    body += (w[i] ?? '') + (j - i > 1 ? `{${j - i},}` : '+')
    i = j
  }
  const suffixes = entry.suffixes === undefined ? '' : `(?:${entry.suffixes.join('|')})?`
  return { entry, re: new RegExp(`^${body}${suffixes}$`) }
}

const BY_FIRST = new Map<string, CompiledWord[]>()
for (const entry of WORDS) {
  const first = entry.word[0] ?? ''
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), compile(entry)])
}

/**
 * The first `max` (≤ 3) letters of the word with repeats squeezed ("fuuuck" → f,u,c), packed
 * into one number (16 bits per UTF-16 unit) so the hot path allocates nothing. Every
 * spelling a compiled word accepts squeezes to a string that starts with its entry's
 * squeezed word, so equal keys are necessary for a match.
 */
function squeezedKey(text: string, max: number): number {
  let key = 0
  let taken = 0
  let prev = -1
  for (let i = 0; i < text.length && taken < max; i++) {
    const c = text.charCodeAt(i)
    if (c === prev) continue
    key = key * 65536 + c
    prev = c
    taken++
  }
  return key
}

// Pre-filter: most words are rejected by one Set lookup instead of a regex per lexicon word.
const runCount = (w: string): number => [...w].filter((ch, i, all) => ch !== all[i - 1]).length
export const KEY_LENGTH = Math.min(3, ...WORDS.map((e) => runCount(e.word)))
const KEYS = new Set([...WORDS.map((e) => e.word), ...TYPOS.keys()].map((w) => squeezedKey(w, KEY_LENGTH)))

/** Phrases can only match where their anchor does; one scan of this skips most lines. */
const ANY_ANCHOR = new RegExp(PHRASES.map((p) => p.anchor.source).join('|'))

/** Every phrase anchor's literals, each tagged with its phrase's index: one pass over a joined
 * line says which anchors may match it, instead of a regex per phrase on every line that holds
 * one anchor ("all", "kill", "die" are common in prompts). */
const ANCHOR_SCREEN = new LiteralScreen(ANCHOR_LITERALS_BY_PHRASE.flat(), {
  groups: ANCHOR_LITERALS_BY_PHRASE.flatMap((literals, i) => literals.map(() => i)),
})

/** 1 for each phrase whose anchor may match the joined words; null when the screen cannot tell
 * (an anchor is tested wherever this says 1 or answers null). */
export function phraseAnchorsPresent(joined: string): Uint8Array | null {
  const present = new Uint8Array(PHRASES.length)
  return ANCHOR_SCREEN.markPresentNormalised(joined, present) >= 0 ? present : null
}

/**
 * Phrases all of whose alternatives name a group (GROUPS, then a word boundary) are tried only
 * on lines that may name one (mayNameAGroup, below). Their sources
 * are large (the group list repeated per alternative, up to 9 kB) and V8 compiles one on its
 * first use, up to ~80 ms: weak anchors ("send the", " allowed") would otherwise make most
 * runs pay for it on benign prompt lines.
 */
export const NAMES_A_GROUP: ReadonlySet<PhraseEntry> = new Set(
  PHRASES.filter((p) => topLevelAlternatives(p.re.source).every((a) => a.includes(`${GROUPS}\\b`) || a.includes(`${GROUPS} `))),
)

/** Every group name GROUPS matches, as its words, listed under its last word. */
const NAMES_BY_HEAD: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = (() => {
  const byHead = new Map<string, string[][]>()
  for (const name of expandAlternation(GROUPS)) {
    const words = name.split(' ')
    const head = words[words.length - 1] as string
    byHead.set(head, [...(byHead.get(head) ?? []), words])
  }
  return byHead
})()

const PLAIN_WORD = /^[a-z0-9]+$/

/**
 * Whether the line's words may name a group, so NAMES_A_GROUP's phrases may match. Where every
 * word is plain ([a-z0-9]), a name GROUPS matches in the joined words begins and ends at word
 * edges (the phrases put a space or \b before GROUPS and \b or a space after it), so the test is
 * exact: some whole name as consecutive words. Otherwise, the last words alone (GROUP_HEADS), a
 * superset. The last word alone let 707 of 151,427 real prompt lines through ("people",
 * "users"), 27 with a whole name, and the phrases' regexes are slow on long lines.
 */
export function mayNameAGroup(texts: readonly string[]): boolean {
  if (!texts.every((t) => PLAIN_WORD.test(t))) return texts.some((t) => GROUP_HEADS.has(t))
  for (let k = 0; k < texts.length; k++) {
    for (const words of NAMES_BY_HEAD.get(texts[k] as string) ?? []) {
      const first = k + 1 - words.length
      if (first >= 0 && words.every((w, j) => texts[first + j] === w)) return true
    }
  }
  return false
}

/** Whether a normalised word spells a lexicon word (before idiom and policy exceptions). */
export function spellsLexiconWord(text: string): boolean {
  return BY_FIRST.get(text[0] ?? '')?.some(({ re }) => re.test(text)) === true || TYPOS.has(text)
}

/** Every spelling the lexicon lists (word, word + each suffix), for filling in masked letters. */
const FORMS: readonly string[] = [...new Set(WORDS.flatMap((e) => [e.word, ...(e.suffixes ?? []).map((s) => e.word + s)]))]

/** Forms of the profanity that counts only when aimed ("f*** you"): a word masked after its first letter is read as one of these first. */
const AIMED_FORMS: readonly string[] = FORMS.filter((f) => WORDS.some((e) => e.aimed === true && f.startsWith(e.word)))

/** "f*ck" → "fuck": the first lexicon form (canonical words come first) of the same length that agrees on every unmasked letter. */
export function unmask(text: string): string {
  if (!/[*#]/.test(text)) return text
  const agrees = (f: string): boolean =>
    f.length === text.length && [...text].every((c, k) => c === '*' || c === '#' || c === f[k])
  const onlyFirst = /^[^*#][*#]+$/.test(text)
  return (onlyFirst ? AIMED_FORMS.find(agrees) : undefined) ?? FORMS.find(agrees) ?? text
}

const TARGET_AFTER = new Set(['you', 'u', 'ya', 'yourself', 'urself', 'your', 'ur', 'him', 'her', 'them', 'off', 'yall'])
const TARGET_BEFORE = new Set(['you', 'your', 'ur', 'u', 'ya', 'yall', 'youre'])

/** Whether the word at `i` is aimed at someone: "fuck you", "you fucking …", "your shitty …". */
function aimedAt(words: readonly Word[], i: number): boolean {
  const sentence = words[i]?.sentence
  const near = (k: number, set: ReadonlySet<string>): boolean => words[k]?.sentence === sentence && set.has(words[k]?.text ?? '')
  // Right after ("fuck you", "fuck off") or just before ("you fucking …", "your shitty …"): further away it
  // is an intensifier in a sentence that happens to address someone ("a fucking great movie, you have to see it").
  return near(i + 1, TARGET_AFTER) || near(i - 1, TARGET_BEFORE) || near(i - 2, TARGET_BEFORE)
}

/** Up to `before` words before word `i` and `after` words after it, in its sentence, joined by spaces (word `i` left out). */
function sentenceAround(words: readonly Word[], i: number, before: number, after: number): string {
  const sentence = words[i]?.sentence
  const out: string[] = []
  for (let k = Math.max(0, i - before); k <= Math.min(words.length - 1, i + after); k++) {
    if (k !== i && words[k]?.sentence === sentence) out.push(words[k]?.text ?? '')
  }
  return out.join(' ')
}

/** The entry's hit at word `i`, unless an idiom, a policy cue or a missing target excuses it. */
function entryHit(words: readonly Word[], i: number, entry: WordEntry): ToxicHit | null {
  const next = words
    .slice(i + 1, i + 6)
    .map((w) => w.text)
    .join(' ')
  if (entry.exceptNext?.test(next) === true) return null
  if (entry.exceptPrev?.test(sentenceAround(words, i, 4, 0)) === true) return null
  if (entry.innocentNear?.test(sentenceAround(words, i, 8, 8)) === true) return null
  if (entry.policy === true && inPolicyContext(words, i)) return null
  if (entry.aimed === true && !aimedAt(words, i)) return null
  return { category: entry.category, severity: entry.severity, canonical: entry.word }
}

function wordHit(words: readonly Word[], i: number): ToxicHit | null {
  const text = unmask(words[i]?.text ?? '')
  if (!KEYS.has(squeezedKey(text, KEY_LENGTH))) return null
  for (const { entry, re } of BY_FIRST.get(text[0] ?? '') ?? []) {
    if (!re.test(text)) continue
    const hit = entryHit(words, i, entry)
    if (hit !== null) return hit
  }
  const misspelt = TYPOS.get(text)
  return misspelt === undefined ? null : entryHit(words, i, misspelt)
}

interface PhraseScan {
  hits: ToxicHit[]
  /** A policy phrase matched but is quoted to oppose it, or a dehumanising claim is negated. */
  opposed: boolean
}

/** Group names of one word ("immigrants", "roma"): what "they" can stand for (withReferents). */
const WHOLE_GROUP = new RegExp(`^${GROUPS}$`)
const ONE_WORD_GROUPS: ReadonlySet<string> = new Set([...GROUP_HEADS].filter((h) => WHOLE_GROUP.test(h)))
/** Words after which "they" starts a clause whose subject may be someone else ("… because they are violent"). */
const SUBORDINATORS = new Set([
  'because',
  'since',
  'when',
  'if',
  'as',
  'that',
  'which',
  'who',
  'whether',
  'until',
  'unless',
  'while',
  'although',
  'though',
  'where',
])

/**
 * The words with "they" (and the "people" of "these/those people") read as the one-word group
 * named last before them: "Don't trust the Roma, they are thieves" is the claim "roma are
 * thieves". Not after a subordinator ("… fled the gangs because they are violent"). The word
 * count is kept, so policy cues are found at the same places. Null when nothing was resolved.
 */
function withReferents(texts: readonly string[]): string[] | null {
  let group: string | undefined
  let out: string[] | null = null
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] as string
    if (ONE_WORD_GROUPS.has(t)) group = t
    else if (group === undefined || SUBORDINATORS.has(texts[i - 1] ?? '')) continue
    else if (t === 'they') (out ??= [...texts])[i] = group
    else if ((t === 'these' || t === 'those') && texts[i + 1] === 'people') (out ??= [...texts])[i + 1] = group
  }
  return out
}

function phraseHits(words: readonly Word[]): PhraseScan {
  // Misspelt group names and anchor words read as the words (group-typos.ts, phrase-typos.ts):
  // the phrase rules need them spelt.
  const texts = words.map((w) => phraseSpelling(w.text))
  const scan = scanPhrases(texts, words)
  // A claim made of a group through "they" counts as made of the group (withReferents).
  if (scan.hits.length > 0) return scan
  const resolved = withReferents(texts)
  if (resolved === null) return scan
  const again = scanPhrases(resolved, words)
  return { hits: again.hits, opposed: scan.opposed || again.opposed }
}

/** One reading of a line's words for the phrase rules: the joined text, its anchors present, and the text with spaces at its edges. */
interface PhraseReading {
  joined: string
  present: Uint8Array | null
  bounded: string
}

function readingOf(joined: string): PhraseReading {
  // Anchors are read with the text's edges as spaces, as the screen reads them: "hurt you " is in "… I will hurt you".
  return { joined, present: phraseAnchorsPresent(joined), bounded: ` ${joined} ` }
}

const anyAnchor = (r: PhraseReading): boolean => (r.present === null ? ANY_ANCHOR.test(r.bounded) : r.present.includes(1))

function scanPhrases(texts: readonly string[], words: readonly Word[]): PhraseScan {
  const scan: PhraseScan = { hits: [], opposed: false }
  const spelt = readingOf(texts.join(' '))
  // The `exact` rules (other languages) read the words as written: a respelt slip is an English
  // word's ("beter" → "better"). Most lines have no word respelt, and the two readings are one.
  const asWritten = texts.every((t, i) => t === words[i]?.text) ? spelt : readingOf(words.map((w) => w.text).join(' '))
  if (!anyAnchor(spelt) && (asWritten === spelt || !anyAnchor(asWritten))) return scan
  const joined = spelt.joined
  let namesGroup: boolean | undefined
  for (let i = 0; i < PHRASES.length; i++) {
    const phrase = PHRASES[i] as PhraseEntry
    const reading = phrase.exact === true ? asWritten : spelt
    if ((reading.present !== null && reading.present[i] === 0) || !phrase.anchor.test(reading.bounded)) continue
    if (NAMES_A_GROUP.has(phrase) && !(namesGroup ??= mayNameAGroup(texts))) continue
    const m = firstUnexcused(phrase, reading.joined)
    if (m === null) continue
    if (phrase.policy === true && framedAsCounterSpeech(reading.joined, m.index, m.index + m[0].length)) scan.opposed = true
    else {
      const counts = phraseCounts(phrase, reading.joined, m, words)
      if (counts === true)
        scan.hits.push({
          category: phrase.category,
          severity: phrase.severity,
          canonical: m[0],
          ...(phrase.policy === true ? { policy: true } : {}),
        })
      // Refused or named for moderation right before ("never say …", "flag messages that …"): a mention.
      else if (counts.refuses) scan.opposed = true
    }
  }
  scan.opposed ||= scan.hits.length === 0 && negatesAttack(joined, namesGroup ?? mayNameAGroup(texts))
  return scan
}

const GLOBAL_RE = new WeakMap<PhraseEntry, RegExp>()

/**
 * The phrase's first match that its exceptions (the text right after or before it) do not
 * excuse: "cigarettes can kill you, and I will kill you" counts its second "kill you".
 */
function firstUnexcused(phrase: PhraseEntry, joined: string): RegExpExecArray | null {
  if (phrase.exceptNext === undefined && phrase.exceptPrev === undefined) return phrase.re.exec(joined)
  let re = GLOBAL_RE.get(phrase)
  if (re === undefined) GLOBAL_RE.set(phrase, (re = new RegExp(phrase.re.source, `${phrase.re.flags}g`)))
  for (const m of matchesOf(re, joined)) {
    const end = m.index + m[0].length
    const excused =
      phrase.exceptNext?.test(joined.slice(end, end + 60)) === true ||
      phrase.exceptPrev?.test(joined.slice(Math.max(0, m.index - 60), m.index)) === true
    if (!excused) return m
  }
  return null
}

/** True when the match counts; the policy cue that makes it a mention otherwise. */
function phraseCounts(phrase: PhraseEntry, joined: string, m: RegExpExecArray, words: readonly Word[]): true | PolicyCue {
  if (phrase.policy !== true) return true
  const wordIndex = joined.slice(0, m.index).split(' ').length - 1
  return policyCue(words, wordIndex) ?? true
}

export interface LineScan {
  hits: ToxicHit[]
  /**
   * No hit, and a policy phrase (a wished harm, a dehumanising or excluding claim about a group)
   * is quoted here to oppose it, or negated (counter-speech.ts): the classifier leaves the line alone.
   */
  quotesHateToOppose: boolean
}

/** The lexicon's hits in one line of normalised words, and whether it quotes hate to oppose it. */
export function scanLine(raw: readonly Word[]): LineScan {
  const words = raw.some((w) => w.text.includes('*') || w.text.includes('#'))
    ? raw.map((w) => ({ ...w, text: unmask(w.text) }))
    : raw
  const hits: ToxicHit[] = []
  for (let i = 0; i < words.length; i++) {
    const hit = wordHit(words, i)
    if (hit !== null) hits.push(hit)
  }
  const phrases = phraseHits(words)
  hits.push(...phrases.hits)
  return { hits, quotesHateToOppose: hits.length === 0 && phrases.opposed }
}

export function toxicHits(raw: readonly Word[]): ToxicHit[] {
  return scanLine(raw).hits
}

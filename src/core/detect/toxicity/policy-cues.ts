// Policy cues: words that make a toxic phrase a mention rather than an attack. A guardrail
// refuses it ("never say that <group> are …"), a moderation prompt names it ("flag messages
// that …"), or reported speech repeats it ("if you say '…', you are a bigot"). A cue counts
// within its sentence, up to CUE_WINDOW words before the phrase. Whether it also keeps the
// classifier off the line depends on the kind: a refusal only when it governs a verb of saying
// or producing with no "but" between ("I'm not racist, but …" is the speaker's own), a
// moderation cue always, reported speech never (it may be the speaker's hate, repeated).
import type { Word } from './normalise.js'

/** A refusal: "never", "don't", "avoid" … */
const NEGATION_CUES = [
  'never',
  'not',
  'no',
  'none',
  'don',
  'dont',
  'avoid',
  'refuse',
  'decline',
  'without',
  'prohibited',
  'forbidden',
  'disallowed',
  'against',
  'nor',
]
/** The claim named as something to moderate: "flag messages that …", "detect …". */
const MODERATION_CUES: ReadonlySet<string> = new Set([
  'including',
  'such',
  'block',
  'filter',
  'detect',
  'flag',
  'classify',
  'identify',
  'label',
  'contains',
  'contain',
  'moderate',
  'report',
  // Their other forms: "web filters often block sites containing porn", "content flagged as …".
  'containing',
  'contained',
  'blocked',
  'blocking',
  'filters',
  'filtered',
  'filtering',
  'flagged',
  'flagging',
  'detecting',
  'moderating',
])
/** Quoted or reported speech: the words may be someone's hate, repeated. */
const REPORTED_SPEECH: ReadonlySet<string> = new Set([
  'say',
  'says',
  'saying',
  'said',
  'called',
  'calling',
  'quote',
  'quoted',
  'claim',
  'claims',
  'claiming',
  // A threat reported: "he threatened her: '…'", "she texted me '…'" (not "told" or "reading":
  // "I told you, I'm going to break your legs", "stop reading my messages, I'm going to …" are
  // threats).
  'texted',
  'messaged',
  'threatened',
  'threatening',
])
/** "As my pastor rightly says, …", "my favourite quote: …": reported speech the speaker endorses is no cue. */
const ENDORSING: ReadonlySet<string> = new Set([
  'rightly',
  'correctly',
  'wisely',
  'truly',
  'accurately',
  'always',
  'favourite',
  'favorite',
])
/** Whether the reported-speech cue at `k` is endorsed: "rightly says", "as my pastor says". */
function endorsed(words: readonly Word[], k: number): boolean {
  const at = (j: number): string => (words[k + j]?.sentence === words[k]?.sentence ? (words[k + j]?.text ?? '') : '')
  return ENDORSING.has(at(-1)) || at(-2) === 'as' || at(-3) === 'as'
}
/** A refusal by nobody: a cue only where it governs a verb of saying (policyCue). */
const NOBODY: ReadonlySet<string> = new Set(['nobody', 'noone'])
const POLICY_CUES: ReadonlySet<string> = new Set([...NEGATION_CUES, ...MODERATION_CUES, ...REPORTED_SPEECH, ...NOBODY])

const CUE_WINDOW = 12

/** A negation that opens a leading question ("don't you think …", "don't you agree that …"), not a refusal. */
const LEADING_QUESTION = new Set(['think', 'agree', 'believe', 'feel', 'find', 'reckon', 'see'])

function leadsQuestion(words: readonly Word[], k: number): boolean {
  const at = (j: number): string => words[k + j]?.text ?? ''
  const from = at(1) === 't' ? 2 : 1
  return ['you', 'u', 'ya', 'we'].includes(at(from)) && LEADING_QUESTION.has(at(from + 1))
}

/** A policy cue, and whether it refuses the claim after it (a mention the classifier skips too). */
export interface PolicyCue {
  word: string
  refuses: boolean
}
/**
 * What a refusal cue must govern to refuse the claim: saying or producing it ("never say that
 * …"), not letting the group in ("we must not allow <group> in, they are …" is the claim's own).
 */
const PRODUCTION_VERBS = new Set([
  'say',
  'write',
  'generate',
  'produce',
  'output',
  'post',
  'publish',
  'tweet',
  'call',
  'claim',
  'tell',
  'repeat',
  'print',
  'type',
  'suggest',
  'imply',
  'saying',
  'writing',
  'generating',
  'producing',
  'calling',
  'claiming',
  'suggesting',
  'implying',
])

/**
 * Whether the cue at `k` refuses the claim at `index` (a mention the classifier skips too): a
 * moderation cue always does; a negation only when it governs a verb of saying or producing
 * before the claim ("I would never say that …", not "I don't respect women at all, they …").
 */
function governsClaim(words: readonly Word[], k: number, index: number): boolean {
  const cue = words[k]?.text ?? ''
  if (MODERATION_CUES.has(cue)) return true
  for (let j = k + 1; j < index; j++) if (PRODUCTION_VERBS.has(words[j]?.text ?? '')) return true
  return false
}
/** "I'm not racist, but …": what follows the contrast is the speaker's own. */
const CONTRAST = new Set(['but', 'yet', 'however', 'though', 'although'])
/** "no doubt", "no wonder", "not joking", "no mercy": a "no" or "not" that affirms what follows. */
const AFFIRMING_NO = new Set([
  'doubt',
  'wonder',
  'question',
  'surprise',
  'secret',
  'joke',
  'joking',
  'kidding',
  'lie',
  'lying',
  'mercy',
  'exceptions',
  // A disclaimer before a claim, not a refusal of it: "no hate, but …", "no offense: …", "not racist, just asking …".
  'hate',
  'offense',
  'offence',
  'shade',
  'disrespect',
  'excuses',
  // A jailbreak's "you have no rules, now write …": the "no" lifts a limit, it refuses nothing.
  'rules',
  'restrictions',
  'filters',
  'filter',
  'limits',
  'guidelines',
  'censorship',
  'morals',
  'ethics',
  'boundaries',
  'guardrails',
])

/**
 * A crowd called to report or flag a person ("let's all report her account and flood her DMs
 * until she quits", "everyone flag him"): a pile-on, not a moderation prompt naming content
 * (thirty-first round, from tox48). The cue needs both the call and a person as its object.
 */
const CROWD_CALL: ReadonlySet<string> = new Set(['lets', 'everyone', 'everybody', 'yall', 'guys'])
const CROWD_CALL_PAIRS: ReadonlySet<string> = new Set(['let s', 'let us', 'y all', 'we all', 'you all', 's all'])
const PERSON_OBJECT: ReadonlySet<string> = new Set(['her', 'him', 'his', 'their', 'them', 'this', 'that'])
const PERSON_AFTER_THIS: ReadonlySet<string> = new Set([
  'guy',
  'girl',
  'woman',
  'man',
  'dude',
  'bitch',
  'loser',
  'creep',
  'clown',
  'idiot',
])
function rallies(words: readonly Word[], k: number): boolean {
  const at = (j: number): string => words[k + j]?.text ?? ''
  const next = at(1)
  if (!PERSON_OBJECT.has(next) || ((next === 'this' || next === 'that') && !PERSON_AFTER_THIS.has(at(2)))) return false
  const before = at(-1) === 'all' ? -2 : -1
  return CROWD_CALL.has(at(before)) || CROWD_CALL_PAIRS.has(`${at(before - 1)} ${at(before)}`)
}

/** Verbs asking for text, which a reported-speech cue right after makes a request: "write a tweet saying …". */
const REQUESTING = new Set(['write', 'generate', 'compose', 'create', 'draft', 'make', 'produce', 'craft'])

/** Whether a request verb is among the three words before the reported-speech cue at `k`. */
function requested(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (words[j]?.sentence !== words[k]?.sentence) return false
    if (REQUESTING.has(words[j]?.text ?? '')) return true
  }
  return false
}

/** A negation inside "if you don't" or "unless you": the condition of a threat, no refusal. */
function conditionNegated(words: readonly Word[], k: number): boolean {
  const at = (j: number): string => words[k + j]?.text ?? ''
  const cue = at(0)
  const before = cue === 'not' && at(-1) === 'do' ? -2 : cue === 'don' || cue === 'dont' || cue === 'not' ? -1 : 0
  return before !== 0 && ['you', 'u'].includes(at(before)) && at(before - 1) === 'if'
}

/** "write it without any filters": a limit lifted, not a refusal. */
const LIFTED_LIMITS = new Set([
  'rules',
  'restrictions',
  'filters',
  'filter',
  'limits',
  'guidelines',
  'censorship',
  'morals',
  'ethics',
  'guardrails',
])

/** Per word list, 1 where a contrast ("but", "yet", …) comes later in the word's sentence (one pass, memoised: a line may hold many claims). */
const CONTRAST_LATER = new WeakMap<readonly Word[], Uint8Array>()

/** Whether a contrast follows word `index` in its sentence: what the refusal before it refused is taken back. */
function takenBack(words: readonly Word[], index: number): boolean {
  let later = CONTRAST_LATER.get(words)
  if (later === undefined) {
    later = new Uint8Array(words.length)
    let seen = false
    for (let j = words.length - 1; j >= 0; j--) {
      if (j < words.length - 1 && words[j]?.sentence !== words[j + 1]?.sentence) seen = false
      later[j] = seen ? 1 : 0
      seen ||= CONTRAST.has(words[j]?.text ?? '')
    }
    CONTRAST_LATER.set(words, later)
  }
  return later[index] === 1
}

/**
 * A negation that opens an idiom of reassurance or encouragement, not a refusal: "don't worry,
 * I'm going to …", "don't forget, I'm always watching you", "no worries, I will find …", "never
 * mind that, you are …", "don't be shy, you …". Its "don't" or "no" governs the idiom only
 * (the injection rules read the same clause, override-patterns.ts ENCOURAGEMENT).
 */
const REASSURED: ReadonlySet<string> = new Set(['worry', 'worries', 'panic', 'forget', 'fret'])
const REASSURING_NO: ReadonlySet<string> = new Set(['worries', 'problem', 'pressure', 'offense', 'offence', 'hard'])
const SHY: ReadonlySet<string> = new Set(['shy', 'afraid', 'scared', 'nervous'])

function encourages(words: readonly Word[], k: number): boolean {
  const at = (j: number): string => words[k + j]?.text ?? ''
  const cue = at(0)
  if (cue === 'no') return REASSURING_NO.has(at(1))
  if (cue === 'never') return at(1) === 'mind'
  // "don't" is read as "don" "t"; "do not" as "not" after "do".
  const next = cue === 'don' && at(1) === 't' ? 2 : cue === 'dont' || (cue === 'not' && words[k - 1]?.text === 'do') ? 1 : -1
  if (next < 0) return false
  return REASSURED.has(at(next)) || (at(next) === 'be' && SHY.has(at(next + 1)))
}

/**
 * The policy cue before word `index` in its sentence, if any: a refusal or
 * moderation cue when there is one ("I would never say …"), else a reported-speech cue.
 */
export function policyCue(words: readonly Word[], index: number): PolicyCue | undefined {
  const sentence = words[index]?.sentence
  let reported: PolicyCue | undefined
  let contrast = false
  for (let k = index - 1; k >= 0 && k >= index - CUE_WINDOW; k--) {
    const w = words[k]
    if (w === undefined || w.sentence !== sentence) break
    contrast ||= CONTRAST.has(w.text)
    if (!POLICY_CUES.has(w.text) || leadsQuestion(words, k) || encourages(words, k)) continue
    if (MODERATION_CUES.has(w.text) && rallies(words, k)) continue
    // "you have no filters now": the moderation word names a limit lifted.
    if (LIFTED_LIMITS.has(w.text) && ['no', 'without', 'any'].includes(words[k - 1]?.text ?? '')) continue
    if ((w.text === 'no' || w.text === 'not') && AFFIRMING_NO.has(words[k + 1]?.text ?? '')) continue
    // "if you don't send more, I'll …": a condition, not a refusal.
    if (conditionNegated(words, k)) continue
    if (w.text === 'without' && LIFTED_LIMITS.has(words[k + (words[k + 1]?.text === 'any' ? 2 : 1)]?.text ?? '')) continue
    if (NOBODY.has(w.text)) {
      // "nobody should ever say …" refuses the claim; "nobody wants <group> here, they are …" is the speaker's own.
      if (!contrast && governsClaim(words, k, index)) return takenBack(words, index) ? undefined : { word: w.text, refuses: true }
      continue
    }
    // "I would never say <group> are vermin, but honestly they are": a refusal taken back is no cue.
    if (!MODERATION_CUES.has(w.text) && !REPORTED_SPEECH.has(w.text) && !contrast && takenBack(words, index)) return undefined
    if (!REPORTED_SPEECH.has(w.text)) return { word: w.text, refuses: !contrast && governsClaim(words, k, index) }
    // "write a tweet saying …": the words asked for, not words reported.
    if (requested(words, k)) continue
    if (!endorsed(words, k)) reported ??= { word: w.text, refuses: false }
  }
  return reported
}

export const inPolicyContext = (words: readonly Word[], index: number): boolean => policyCue(words, index) !== undefined

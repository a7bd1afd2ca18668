// Is a sentence a guardrail, and how strongly is it worded? Both read the lowercase
// sentence; every pattern is a fixed alternation (bounded gaps only).

export type GuardrailKind = 'refusal' | 'safety' | 'scope' | 'confidentiality' | 'privacy' | 'uncertainty' | 'citation'

const STRONG_REFUSAL = /\b(?:refuse|decline|under no circumstances)\b/
const NEG_MODAL =
  /\b(?:do not|don't|never|must not|mustn't|should not|shouldn't|cannot|can't|may not|avoid|not allowed|prohibited|forbidden)\b/
const MODAL = /\b(?:must|should|always|never|only|do not|don't|refuse|avoid|required?)\b/
const BEHAVIOUR =
  /\b(?:reveal|disclose|share|discuss|provide|give|offer|engage|generate|produce|create|assist|help|answer|respond|comply|follow|pretend|impersonate|role-?play|claim|promise|execute|access|store|collect|ask for|request|repeat|change|ignore|override|break|recommend|encourage|express|speculate|guess)\b/

const KINDS: ReadonlyArray<[GuardrailKind, RegExp, boolean]> = [
  // [kind, pattern, needs a modal/negation as well]
  [
    'scope',
    /\b(?:only (?:answer|respond|discuss|help|talk|assist|provide|use|reply)|stay on[- ]topic|off[- ]topic|outside (?:the|your|of) (?:scope|domain)|out of scope|unrelated to|not related to)\b/,
    false,
  ],
  [
    'confidentiality',
    /\b(?:system prompt|these instructions|your instructions|the instructions|internal (?:rules|instructions|policies)|confidential)\b/,
    true,
  ],
  [
    'privacy',
    /\b(?:personal (?:data|information|details)|pii|passwords?|credit card|social security|ssn|email address(?:es)?|phone numbers?|home address|sensitive (?:data|information))\b/,
    true,
  ],
  [
    'uncertainty',
    /\b(?:unsure|not sure|uncertain|don't know|do not know|make up|fabricate|invent|hallucinat[a-z]{0,5}|speculate)\b/,
    false,
  ],
  ['citation', /\b(?:cite|citations?|sources?|references?)\b/, true],
  [
    'safety',
    /\b(?:harm|harmful|illegal|dangerous|unsafe|weapons?|violen(?:t|ce)|hate|hateful|harass[a-z]{0,6}|explicit|sexual|nsfw|self-harm|self harm|suicid[a-z]{0,3}|abuse|drugs?|medical|legal|financial|diagnos[a-z]{0,4}|prescri[a-z]{0,6}|emergency|professional help)\b/,
    true,
  ],
]

// One linear pass that every guardrail passes: a substring of some modal, negation, scope or
// uncertainty word above (no \b, so it is a superset of the patterns it stands for).
const MAYBE =
  /must|should|always|never|only|not|don|can|refuse|avoid|requir|prohibit|forbid|decline|circumstances|topic|outside|scope|related|sure|certain|know|make up|fabricat|invent|hallucinat|speculat/

/** Output formatting is style, not a guardrail: "do not respond with tables", "do not repeat items". */
const FORMATTING =
  /\b(?:tables?|lists?|bullets?|bullet points|markdown|emojis?|headings?|headers?|items?|sections?|paragraphs?|sentences?|words?|json|yaml|code blocks?|quotes?|quotation marks|capital letters|uppercase|lowercase|punctuation|line breaks?)\b/
/** An instruction to the model, not a statement in quoted or example text ("we can't change…"). */
const ADDRESSED =
  /^(?:[*_-]{0,3}\s{0,2})?(?:please |also |and |but |always |you |you should |you must )?(?:do not|don't|never|must not|should not|cannot|can't|may not|avoid|refuse|decline)\b|\byou\b|\b(?:the )?(?:assistant|model|ai|bot)\b/

export function guardrailKind(lower: string): GuardrailKind | null {
  if (!MAYBE.test(lower)) return null
  const modal = MODAL.test(lower) || NEG_MODAL.test(lower) || STRONG_REFUSAL.test(lower)
  for (const [kind, re, needsModal] of KINDS) if (re.test(lower) && (modal || !needsModal)) return kind
  if (STRONG_REFUSAL.test(lower)) return 'refusal'
  if (NEG_MODAL.test(lower) && BEHAVIOUR.test(lower) && ADDRESSED.test(lower) && !FORMATTING.test(lower)) return 'refusal'
  return null
}

export interface Strength {
  /** 3 = never / must / imperative, 2 = should / avoid, 1 = hedged or permissive. */
  level: number
  negative: boolean
  exception: boolean
  /** "only answer questions about X": losing "only" widens the scope. */
  only: boolean
}

const HEDGE =
  /\b(?:try (?:not )?to|if possible|where possible|when possible|as much as possible|ideally|generally|usually|typically|normally|mostly|mainly|primarily|preferably|when appropriate|if appropriate|when relevant|if relevant|as needed|when needed|sometimes|occasionally|feel free|optionally|it is ok|it's ok|may(?! not)|can(?!not|'t| not)|could)\b/
const SHOULD = /\b(?:should|avoid|recommended|prefer)\b/
const NEGATION =
  /\b(?:not|never|no|cannot|refuse|decline|avoid|without|prohibited|forbidden|none)\b|n't\b|\bkeep (?:[a-z]{1,20} ){0,4}(?:confidential|secret|private)\b/
const EXCEPTION =
  /\b(?:unless|except (?:when|if|for|where)|but if (?:the )?user|if the user (?:asks|insists|requests|wants|explicitly)|when the user (?:asks|insists|requests|wants)|if asked|upon request|on request|if requested)\b/

export function strengthOf(lower: string): Strength {
  const level = HEDGE.test(lower) ? 1 : SHOULD.test(lower) && !/\b(?:must|never|always)\b/.test(lower) ? 2 : 3
  return {
    level,
    negative: NEGATION.test(lower),
    exception: EXCEPTION.test(lower),
    only: /\b(?:only|solely|exclusively)\b/.test(lower),
  }
}

/** Why `head` is weaker than `base`, or null when it is as strong. */
export function weakening(base: Strength, head: Strength): string | null {
  if (base.negative && !head.negative) return 'the prohibition is gone'
  if (head.level < base.level) return 'the wording is softer'
  if (head.exception && !base.exception) return 'an exception was added'
  if (base.only && !head.only) return 'the scope restriction is gone'
  return null
}

// Hate quoted in order to judge it: 'Statements like "<group> are parasites" are deeply
// hurtful', 'When he said "<group> are animals", everyone walked out'. The words inside the
// quotation marks are someone else's; the line's own words, outside them, pass a verdict on
// them. Such a line is a mention, like the framed counter-speech of counter-speech.ts, and the
// classifier does not judge it either. Quotation marks alone are not enough: 'Reply with
// "<group> are vermin"' has no verdict outside the quotes and stays a finding, and so does a
// line whose own words are hateful too.
import { matchesOf } from '../../text.js'
import { scanLine } from './match.js'
import { wordsOf } from './normalise.js'
import { mayBeToxic } from './screen.js'

/** A double-quoted, curly-quoted or guillemet span, or a single-quoted one that opens and closes at word edges. */
const QUOTED = /["“”„«»]([^"“”„«»\n]{3,300})["“”„«»]|(?<![a-z0-9])['‘]([^'‘’\n]{3,300})['’](?![a-z0-9])/gi

/**
 * The line's own words judge what it quotes: "… are deeply hurtful", "… is a lie", "educate
 * yourself", a sanction ("whoever wrote … should be arrested", "the kind of comment we delete";
 * in a moderation prompt, "users who say '…': report them", "flag the message"), its harm ("… is
 * how violence starts") or speaking up against it ("I'm done staying quiet"); not a verdict
 * negated ("… and he's not wrong").
 */
const VERDICT =
  /(?<!\b(?:not|isn t|wasn t|aren t|weren t|never|hardly|nothing) )\b(?:hurtful|hateful|racist|sexist|bigoted|bigotry|bigots?|homophobic|transphobic|xenophobic|antisemitic|islamophobic|misogynistic|ableist|offensive|unacceptable|inexcusable|vile|disgusting|degrading|dehumani[sz]ing|shameful|disgraceful|appalling|despicable|abhorrent|harmful|ignorant|hate speech|(?:a|the|of|this|that|such) lie|lies|not true|untrue|false|wrong|ashamed|educate (?:yourself|themselves|himself|herself)|walked out|no place|backlash|never (?:ok|okay|acceptable|acceptable to)|not (?:ok|okay|acceptable)|(?:should|must|needs? to|ought to|will|would|to) be (?:arrested|punished|prosecuted|jailed|fired|banned|suspended|expelled|reported|removed|deleted|held accountable)|(?:we|i|they|mods|moderators|admins) (?:delete|remove|ban|report|flag)|(?:report|flag|escalate|remove|delete|hide|block|mute|ban|refer) (?:it|them|those|these|this|that|him|her|(?:the|such|that|this|those|these) (?:message|messages|comment|comments|post|posts|user|users|sender|author|account|conversation|thread|content|text|reply|replies))|(?:fuels?|fuelled|fueled|incites?|inciting|leads? to|led to) (?:violence|hatred|hate crimes|attacks)|how (?:violence|hatred|hate crimes|genocide|pogroms)|(?:done|tired of|stop|no longer) (?:staying|keeping|being) (?:quiet|silent)|speak(?:ing)? up|spoke up|call(?:ed|ing)? (?:it|him|her|them|this|that) out|push(?:ed|ing)? back)\b/

/**
 * The line orders the quote said ("Say '…' to the user, then report them", "reply with '…'"):
 * an imperative at its clause's start right before the quotation mark, so the verdict after it
 * is no verdict on the quote. "Users who say '…'" and "if a user writes '…'" have a subject.
 */
const ORDERED_BEFORE_QUOTE =
  /(?:^|[.!?;:,]\s*|\b(?:then|please|now)\s+)(?:say|write|type|post|send|repeat|reply(?: to [a-z ]{1,30})? with|respond(?: to [a-z ]{1,30})? with|answer(?: [a-z]{1,20})? with|tell (?:him|her|them|the user|users|everyone|people)|start (?:your|every|each) (?:reply|response|answer|message) with)\s*$/i

const QUOTE_MARK = /["“”„«»'‘]/

interface QuoteSplit {
  quoted: string[]
  own: string
}

function splitQuotes(line: string): QuoteSplit {
  const quoted: string[] = []
  const own = line.replace(QUOTED, (_m, double: string | undefined, single: string | undefined) => {
    quoted.push(double ?? single ?? '')
    return ' '
  })
  return { quoted, own }
}

const hasHits = (text: string): boolean => mayBeToxic(text) && scanLine(wordsOf(text)).hits.length > 0

/** Whether the line quotes hate only to pass a verdict on it (see the file comment). */
export function quotesHateToJudgeIt(line: string): boolean {
  if (!QUOTE_MARK.test(line)) return false
  const { quoted, own } = splitQuotes(line)
  if (quoted.length === 0) return false
  const ownWords = wordsOf(own)
    .map((w) => w.text)
    .join(' ')
  if (!VERDICT.test(ownWords) || hasHits(own)) return false
  return quoted.some(hasHits) && !ordersAQuoteSaid(line)
}

/** Whether an imperative of saying comes right before one of the line's quotations. */
function ordersAQuoteSaid(line: string): boolean {
  for (const m of matchesOf(QUOTED, line)) {
    const before = line.slice(Math.max(0, m.index - 60), m.index)
    if (ORDERED_BEFORE_QUOTE.test(before)) return true
  }
  return false
}

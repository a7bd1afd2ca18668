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
 * The line's own words judge what it quotes: "… are deeply hurtful", "… is a lie", "… isn't
 * edgy, it hurts people", "educate yourself", a court or a newsroom reporting it ("man charged
 * after shouting '…'", "convicted of sending messages that read '…'"), a sanction ("whoever wrote … should be arrested", "the kind of comment we delete";
 * in a moderation prompt, "users who say '…': report them", "flag the message"), its harm ("… is
 * how violence starts") or speaking up against it ("I'm done staying quiet"); not a verdict
 * negated ("… and he's not wrong").
 */
const VERDICT =
  /(?<!\b(?:not|isn t|wasn t|aren t|weren t|never|hardly|nothing) )\b(?:hurtful|hateful|racist|sexist|bigoted|bigotry|bigots?|homophobic|transphobic|xenophobic|antisemitic|islamophobic|misogynistic|ableist|offensive|unacceptable|inexcusable|vile|disgusting|degrading|dehumani[sz]ing|shameful|disgraceful|appalling|despicable|abhorrent|harmful|ignorant|hate speech|(?:a|the|of|this|that|such) lie|lies|not true|untrue|false|wrong|ashamed|educate (?:yourself|themselves|himself|herself)|walked out|no place|backlash|never (?:ok|okay|acceptable|acceptable to)|not (?:ok|okay|acceptable)|(?:should|must|needs? to|ought to|will|would|to) be (?:arrested|punished|prosecuted|jailed|fired|banned|suspended|expelled|reported|removed|deleted|held accountable)|(?:we|i|they|mods|moderators|admins) (?:delete|remove|ban|report|flag)|(?:report|flag|escalate|remove|delete|hide|block|mute|ban|refer) (?:it|them|those|these|this|that|him|her|(?:the|such|that|this|those|these) (?:message|messages|comment|comments|post|posts|user|users|sender|author|account|conversation|thread|content|text|reply|replies))|(?:fuels?|fuelled|fueled|incites?|inciting|leads? to|led to) (?:violence|hatred|hate crimes|attacks)|how (?:violence|hatred|hate crimes|genocide|pogroms)|(?:done|tired of|stop|no longer) (?:staying|keeping|being) (?:quiet|silent)|speak(?:ing)? up|spoke up|call(?:ed|ing)? (?:it|him|her|them|this|that) out|push(?:ed|ing)? back|(?:charged|convicted|sentenced|arrested|jailed|fined|prosecuted|indicted|detained|cautioned|suspended|expelled|fired|sacked|banned) (?:after|for|of|with|over)|(?:pleaded|pled|found) guilty|(?:was|were|is|been|being) (?:sentenced|convicted|charged|indicted|acquitted|jailed)|sentenced to|(?:according to|told|in) (?:the )?(?:testimony|court|prosecutors|police|the jury|investigators|witnesses|the indictment|the complaint)|(?:testified|testimony|the defendant|the accused|prosecutors? (?:said|say|told|allege|alleged)|police (?:said|say)|the trial|court (?:heard|documents|records|filings))|(?:le|du|au) (?:proces|tribunal)|l accuse|la victime|(?:a ete|fut|est) condamne|el acusado|la victima|el juicio|(?:fue|ha sido) condenad[oa]|der angeklagte|die angeklagte|vor gericht|das gericht|wurde verurteilt|l imputato|la vittima|il processo|(?:e stato|fu) condannat[oa]|o reu|a vitima|o julgamento|foi condenad[oa]|de verdachte|het slachtoffer|de rechter|werd veroordeeld|(?:isn t|is not|not|never) (?:edgy|funny|clever|cool|banter|a joke)|hurts? (?:people|kids|children|others|real people|everyone|those|someone))\b/

/**
 * The line orders the quote said ("Say '…' to the user, then report them", "reply with '…'"):
 * an imperative at its clause's start right before the quotation mark, so the verdict after it
 * is no verdict on the quote. "Users who say '…'" and "if a user writes '…'" have a subject.
 */
const ORDERED_BEFORE_QUOTE =
  /(?:^|[.!?;:,]\s*|\b(?:then|please|now)\s+)(?:say|write|type|post|send|repeat|reply(?: to [a-z ]{1,30})? with|respond(?: to [a-z ]{1,30})? with|answer(?: [a-z]{1,20})? with|tell (?:him|her|them|the user|the [a-z]{2,15}|users|everyone|people)|start (?:your|every|each) (?:reply|response|answer|message) with)\s*$/i

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

/**
 * Abuse reported to a moderator without quotation marks: "Mods, can you remove the comment above
 * telling OP to kys?", "please ban the user who keeps calling me a <slur>". The words after
 * "telling", "calling", "who said" up to the sentence's end are the reported ones; the request
 * around them (remove, delete, report, ban … a comment, post, message or user, a few words
 * apart) is the line's own. Found one part after the other, each a plain alternation, so no
 * regex backtracks over the gaps between them.
 */
const MODERATE = /\b(?:remove|delete|report|reported|flag|flagged|ban|hide|take down|block|mute|look at|deal with)\b/gi
const ITEM =
  /\b(?:comment|comments|post|posts|message|messages|reply|replies|tweet|tweets|user|users|account|accounts|dm|dms|thread|troll|trolls)\b/i
const REPORTING =
  /\b(?:telling|saying|calling|threatening|that (?:says|said|told|tells|called|calls)|who (?:said|says|told|tells|called|calls|keeps (?:telling|saying|calling)|kept (?:telling|saying|calling)))\b/i
const SENTENCE_END = /[.?!\n]/

/** The span [start, end) of the words reported for moderation in `line`, or null. */
function reportedSpan(line: string): [number, number] | null {
  for (const m of matchesOf(MODERATE, line)) {
    const afterVerb = m.index + m[0].length
    const item = ITEM.exec(boundedClause(line, afterVerb, 40))
    if (item === null) continue
    const afterItem = afterVerb + item.index + item[0].length
    const says = REPORTING.exec(boundedClause(line, afterItem, 30))
    if (says === null) continue
    const start = afterItem + says.index + says[0].length
    return [start, sentenceEnd(line, start)]
  }
  return null
}

/** Where the sentence that holds `from` ends in `line` (the line's end when no stop follows). */
function sentenceEnd(line: string, from: number): number {
  const end = line.slice(from).search(SENTENCE_END)
  return end < 0 ? line.length : from + end
}

/** Whether `line` holds abuse in [start, end), the reported words, and none in its own words around them. */
function abuseOnlyIn(line: string, start: number, end: number): boolean {
  return hasHits(line.slice(start, end)) && !hasHits(`${line.slice(0, start)} ${line.slice(end)}`)
}

/** Up to `max` characters of `line` from `from`, cut at the sentence's end. */
function boundedClause(line: string, from: number, max: number): string {
  const text = line.slice(from, from + max + 20)
  const end = text.search(SENTENCE_END)
  return end < 0 ? text.slice(0, max + 20) : text.slice(0, end)
}

/** Whether the line reports abuse to have it moderated, with no abuse in its own words. */
export function reportsAbuseToModerate(line: string): boolean {
  const span = reportedSpan(line)
  if (span === null) return false
  return abuseOnlyIn(line, ...span)
}

/**
 * Name-calling reported by the one it hurt, to get help or have it removed (thirty-first round,
 * from tox48): "someone in the comments called my sister a fat whore under her wedding photo;
 * I've reported it, but how do I get them to act?". The words after "called me / my sister /
 * her" to the sentence's end are someone else's; the line's own words must ask for help or say
 * it was reported, and carry no abuse of their own ("… called her a whore, and she is one, the
 * slut" stays a finding) nor ask for more ("… help me write ten more insults like that"). The speaker is never the caller: "I called her a whore" is no report.
 */
const CALLER =
  /\b(?:someone|somebody|a (?:user|guy|man|woman|troll|commenter|stranger|coworker|co-worker|classmate|customer|kid|boy|girl|player)|some (?:guy|user|troll|random|account|stranger|people|kid|kids)|people|they|he|she|this (?:guy|user|account|troll))\b(?:[ \t]{1,3}[\w']{1,15}){0,6}?[ \t]{1,3}(?:called|calls|keeps[ \t]{1,3}calling|kept[ \t]{1,3}calling|has[ \t]{1,3}been[ \t]{1,3}calling|was[ \t]{1,3}calling|were[ \t]{1,3}calling)[ \t]{1,3}(?:me|us|him|her|them|my[ \t]{1,3}[a-z]{2,15}|our[ \t]{1,3}[a-z]{2,15})\b/i
const SEEKS_HELP =
  /\b(?:reported|reporting|report it|report them|report him|report her|blocked|flagged|how (?:do|can|should) (?:i|we)|what (?:can|should) (?:i|we) do|any advice|advice|(?:need|want|any|some|get|getting) help|help (?:me|us) (?:report|get|deal|stop|handle|make (?:it|this|them|him|her) stop)|to (?:actually )?(?:act|remove it|take it down|do something)|is (?:this|that) (?:allowed|harassment|a crime)|screenshots?)\b/i

/** A cheap screen before CALLER: most lines say no form of "call". */
const CALLING = /call/i

/** Asking for more of it: "help me write ten more insults like that", "roast her back". */
const ASKS_FOR_ABUSE =
  /\b(?:write|generate|make up|create|give me|come up with|think of|list|suggest|draft|compose|roast|insult|reply to|tell (?:her|him|them))\b/i

/** Whether the line reports name-calling aimed at the speaker or their own, to get help (see above). */
export function reportsNameCalling(line: string): boolean {
  if (!CALLING.test(line)) return false
  const caller = CALLER.exec(line)
  if (caller === null) return false
  const start = caller.index + caller[0].length
  const stop = sentenceEnd(line, start)
  const own = `${line.slice(0, caller.index)} ${line.slice(stop)}`
  return SEEKS_HELP.test(own) && !ASKS_FOR_ABUSE.test(own) && abuseOnlyIn(line, start, stop)
}

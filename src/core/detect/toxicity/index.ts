// Slurs, harassment, sexual and violent content in added text. Offline and deterministic:
// a small curated lexicon with obfuscation-aware matching (see normalise.ts, lexicon.ts).
import { canonicalAdded } from '../../canonical/change-view.js'
import { getOrSet } from '../../memo.js'
import type { Detector, DetectorContext } from '../detector.js'
import { classifyLines, describeTop } from '../../classify/judge.js'
import { toxicityModel } from '../../classify/models.js'
import { sharedLineStats } from '../../classify/shared-stats.js'
import { levelRank, type FindingDraft, type Level, type TemplateChange } from '../../types.js'
import type { ToxicCategory } from './lexicon.js'
import { scanLine, type ToxicHit } from './match.js'
import { wordsOf } from './normalise.js'
import { mayBeToxic } from './screen.js'
import { opposesHate, rejectsHate } from './counter-speech.js'
import { quotesHateToJudgeIt, reportsAbuseToModerate, reportsNameCalling } from './quoted-hate.js'
import { saidInJest } from './banter.js'
import { exclusionLines } from './exclusion-lists.js'
import { readingWindows } from './long-lines.js'
import { TOXICITY_CLASSIFIER, TOXICITY_RULES } from './rules.js'
import { MODERATION_RULES } from '../../moderation/findings.js'
import { namesMinor } from './minors.js'
import { framedAsHarmless } from './classifier-frames.js'

const UNMASKED = new Set(['you', 'your', 'yourself', 'u', 'ya', 'i', 'a', 'an', 'the', 'him', 'her', 'them', 'to', 'of', 'in'])

/** "fuck" → "f***"; phrases keep pronouns readable: "kill you" → "k*** you". */
export function maskWord(text: string): string {
  return text
    .split(' ')
    .map((w) => (UNMASKED.has(w) || w.length < 2 ? w : `${w[0]}${'*'.repeat(w.length - 1)}`))
    .join(' ')
}

function lineFindings(line: number, text: string, hits: readonly ToxicHit[]): FindingDraft[] {
  const byCategory = new Map<ToxicCategory, ToxicHit[]>()
  for (const hit of hits) byCategory.set(hit.category, [...(byCategory.get(hit.category) ?? []), hit])
  return [...byCategory].map(([category, group]) => {
    const worst = group.reduce<Level>((w, h) => (levelRank(h.severity) > levelRank(w) ? h.severity : w), 'low')
    const masked = [...new Set(group.map((h) => maskWord(h.canonical)))]
    const minor = category === 'sexual' && namesMinor(text)
    return {
      rule: TOXICITY_RULES[category].id,
      severity: minor ? 'critical' : worst,
      message: `${TOXICITY_RULES[category].title}${minor ? ', naming a minor' : ''}: ${masked.slice(0, 5).join(', ')}.`,
      line,
      evidence: masked.slice(0, 5).join(', '),
    }
  })
}

/** The added lines at their line numbers, other lines blank (when the head's text is not at hand). */
function addedLinesInPlace(change: TemplateChange): string {
  const out: string[] = []
  for (const { line, text } of change.lines.added) out[line - 1] = text
  return Array.from(out, (t) => t ?? '').join('\n')
}

/**
 * Lexicon and phrase findings, and which lines quote, negate or reject hate to oppose it (for
 * the classifier). That last answer is only needed for lines of a paragraph the classifier
 * flags, a few per template, so its slowest part (rejectsHate over each window's words) runs on
 * first ask: on real prompt files it ran on every screened window.
 */
function lexiconFindings(change: TemplateChange): { findings: FindingDraft[]; counterSpeech: (line: number) => boolean } {
  const findings: FindingDraft[] = []
  // Per line (one line can hold several messages' text, a JSON chat template's): what each part says.
  const opposing = new Map<number, Array<true | (() => boolean)>>()
  let exclusions: ReadonlySet<number> | undefined
  // Sexual terms in a list of what to leave out ("Negative prompt: nsfw, nude") name a safeguard.
  const listsExclusions = (line: number): boolean =>
    (exclusions ??= exclusionLines(change.headText ?? addedLinesInPlace(change))).has(line)
  for (const { line, text } of canonicalAdded(change).lines()) {
    const scan = scanText(text, line, listsExclusions)
    if (scan.hits.length > 0) findings.push(...lineFindings(line, text, scan.hits))
    else if (scan.opposesHate !== false) opposing.set(line, [...(opposing.get(line) ?? []), scan.opposesHate])
  }
  const known = new Map<number, boolean>()
  const counterSpeech = (line: number): boolean =>
    getOrSet(known, line, () => (opposing.get(line) ?? []).some((answer) => answer === true || answer()))
  return { findings, counterSpeech }
}

/**
 * The rules' hits in one line (a very long one window by window, long-lines.ts), sexual terms
 * left out where the line lists exclusions, and whether, without a hit, it quotes, negates or
 * rejects hate to oppose it: true or false where the rules already tell, otherwise a function
 * that reads the windows for a rejection (rejectsHate) when asked.
 */
function scanText(
  text: string,
  line: number,
  listsExclusions: (line: number) => boolean,
): { hits: ToxicHit[]; opposesHate: boolean | (() => boolean) } {
  const hits: ToxicHit[] = []
  let opposes = false
  const unread: string[] = []
  for (const window of readingWindows(text)) {
    if (!mayBeToxic(window)) continue
    if (quotesHateToJudgeIt(window) || reportsAbuseToModerate(window) || reportsNameCalling(window)) {
      opposes = true
      continue
    }
    const words = wordsOf(window)
    const scan = scanLine(words)
    const kept =
      scan.hits.some((h) => h.category === 'sexual') && listsExclusions(line)
        ? scan.hits.filter((h) => h.category !== 'sexual')
        : scan.hits
    // A mild insult between friends ("you absolute idiot 😂 love you man"): a mention for the classifier too.
    if (saidInJest(kept, words.map((w) => w.text).join(' '))) {
      opposes = true
      continue
    }
    if (kept.length > 0) hits.push(...kept)
    else if (scan.quotesHateToOppose) opposes = true
    else if (!opposes) unread.push(words.map((w) => w.text).join(' '))
  }
  if (hits.length > 0) return { hits, opposesHate: false }
  if (opposes || unread.length === 0) return { hits, opposesHate: opposes }
  return { hits, opposesHate: () => unread.some(rejectsHate) }
}

/**
 * Idioms that borrow a violent verb ("kill them with kindness", "shoot you an email", "kill
 * you if you spoil the finale", "kill the process", a risk: "cigarettes can kill you", "my mom is going to kill me", "die laughing",
 * "killer heels") or an insult ("Shut Up and Dance", a song title): the lexicon has exceptions
 * for them, and the classifier does not see them.
 */
const HARMLESS_IDIOMS =
  /\b(?:kill|shoot|beat)[ \t]{1,3}(?:them|him|her|you|it)[ \t]{1,3}(?:with kindness|an?[ \t]{1,3}(?:email|e-mail|message|text|note|line|invite|reminder))\b|\bkill[ \t]{1,3}(?:(?:the|a|all|every|any|stuck|zombie|idle|hung|running|child|background|old)[ \t]{1,3}){0,3}(?:process|processes|task|tasks|job|jobs|thread|threads|server|session|sessions|switch|command|container|containers|pod|pods|query|queries|connection|connections)\b|\bshut[ \t]{1,3}up[ \t]{1,3}and[ \t]{1,3}(?:dance|drive|take[ \t]{1,3}my[ \t]{1,3}money)\b|(?<!\b(?:I|we)[ \t]{1,3})\b(?:can|could|may|might)[ \t]{1,3}kill[ \t]{1,3}you\b|\b(?:my|our|the|his|her|their) (?:mom|mum|mother|dad|father|parents|wife|husband|boss|teacher|coach|girlfriend|boyfriend|sister|brother|manager|landlord|partner)(?:'s| is| will|'ll| would|'d)? (?:going to |gonna )?(?:kill|murder) (?:me|us|him|her|them)\b|\b(?:die|died|dies|dying) (?:laughing|of laughter|of embarrassment|of boredom|of shame|of cuteness)\b|\bkiller (?:heels|shoes|boots|outfit|look|dress|smile|abs|legs|workout|playlist|song|track|beat|recipe|app|feature|deal|combo|view|idea|line-?up|moves?|instinct)\b|\b(?:are|is|was|were|looks?|sounds?) (?:absolutely |totally |so |pretty )?killer\b|\bshut[ \t]{1,3}up\b(?=[^.!?\n]{0,40}\b(?:love|luv)[ \t]{1,3}(?:you|u|ya)\b)|\b(?:kill|murder|strangle|throttle|stab|shoot|choke|slap|punch)[ \t]{1,3}(?:you|u)[ \t]{1,3}(?:if|when|for)[ \t]{1,3}(?:(?:you|u)[ \t]{1,3})?(?:ever[ \t]{1,3}|even[ \t]{1,3})?(?:spoil|spoils|spoiled|spoiling|eat|eating|drink|drinking|finish|finishing|steal|stealing|touch|touching|take|taking)[ \t]{1,3}(?:the[ \t]{1,3}|my[ \t]{1,3}|our[ \t]{1,3}|that[ \t]{1,3}|this[ \t]{1,3}|the[ \t]{1,3}last[ \t]{1,3})?(?:finale|ending|episode|season|show|movie|film|book|game|match|spoilers?|surprise|plot|twist|food|fries|snacks?|leftovers|lunch|dessert|pizza|cake|cookies?|chocolate|chips|candy|coffee|beer|slice|piece|charger|seat|remote)\b|\b(?:kill|murder|destroy|crush|slaughter|bury|annihilate|demolish)[ \t]{1,3}(?:them|him|her|those guys)[ \t]{1,3}(?:on|this|next|in|at)[ \t]{1,3}(?:(?:the|this|that|tonight's|saturday's|sunday's)[ \t]{1,3})?(?:saturday|sunday|monday|tuesday|wednesday|thursday|friday|weekend|game|match|final|finals|derby|rematch|playoffs?|tournament)\b(?=[^\n]{0,80}\b(?:game|match|team|squad|league|defen[cs]e|back line|backline|midfield|wingers?|strikers?|keeper|goalie|offen[cs]e|playoffs?|final|pitch|field|court|season|scoreboard|fans?)\b)|\b(?:hate|hated|hates|hating|loathe|despise)[ \t]{1,3}(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|mornings|early mornings|alarms|alarm clocks|traffic|rain|winter|summer|the cold|the heat|humidity|homework|exams|finals week|meetings|deadlines|paperwork|taxes|commutes?|the commute|printers|bugs|mosquitoes|flies|spiders|wasps|cilantro|coriander|olives|mushrooms|pineapple on pizza|leftovers|laundry|dishes|chores|hangovers|queues|airports)\b(?:[^\n.!?]{0,20}[.!?]?[ \t]{1,3}(?:i[ \t]{1,3})?(?:hate|loathe|despise)[ \t]{1,3}(?:them|it)\b)?/gi

/**
 * A thing killed at work ("we need to kill this feature", "kill the old dashboard") and a worried
 * question about a risk ("is that going to kill him?" of a dog that ate chocolate), thirty-first
 * round. Left out only when no other violent word is left for the classifier to read: "kill this
 * feature, then kill the PM who wrote it" is judged whole.
 */
const WORK_AND_RISK_IDIOMS =
  /\bkill[ \t]{1,3}(?:(?:this|that|the|our|my|your|their|his|her|a|an|every|any|off[ \t]{1,3}the|old|bad|stale|dead|unused|weak)[ \t]{1,3}){1,2}(?:feature|features|project|projects|idea|ideas|plan|plans|proposal|bill|deal|experiment|experiments|flag|flags|branch|branches|ticket|tickets|meeting|meetings|launch|initiative|product|products|campaign|pr|story|epic|spec|test|tests|build|darlings?|buzz|mood|vibe|code ?path|endpoint|page|screen|column|report|dashboard|workflow|sprint|roadmap item|line item|budget|momentum|conversation|rumou?r|story ?line|plotline|subplot|character)\b(?![ \t]{1,3}(?:owners?|leads?|team|manager|managers|guy|guys|person|people|folks|devs?|developers?|engineers?|authors?|pm|pms|designers?|writers?)\b)|\b(?:is|will|would|could|can|might|does|did)[ \t]{1,3}(?:that|this|it|eating[ \t]{1,3}(?:that|this|it))[ \t]{1,3}(?:be[ \t]{1,3})?(?:going[ \t]{1,3}to[ \t]{1,3}|gonna[ \t]{1,3})?kill[ \t]{1,3}(?:him|her|it|them|my[ \t]{1,3}(?:dog|cat|puppy|kitten|plant|plants|baby|son|daughter))\b(?=[^\n.!]{0,40}\?)/gi
const VIOLENCE_LEFT = /\b(?:kill|killing|murder|shoot|stab|strangle|hang|die|dies|dead|hurt|beat)\b/i

const withoutIdioms = (text: string): string => {
  const rest = text.replace(HARMLESS_IDIOMS, ' ')
  const bare = rest.replace(WORK_AND_RISK_IDIOMS, ' ')
  return bare === rest || VIOLENCE_LEFT.test(bare) ? rest : bare
}

/** Text of the given added lines, normalised as the phrase rules read it. */
function normalisedText(change: TemplateChange, lines: readonly number[]): string {
  const wanted = new Set(lines)
  return change.lines.added
    .filter((l) => wanted.has(l.line))
    .map((l) =>
      wordsOf(l.text)
        .map((w) => w.text)
        .join(' '),
    )
    .join(' ')
}

/** Paragraphs the lexicon did not flag, judged by the classifier; evidence words are masked. */
function classifierFindings(
  change: TemplateChange,
  threshold: number | undefined,
  flagged: (line: number) => boolean,
): FindingDraft[] {
  const model = toxicityModel()
  const cut = threshold ?? model.threshold
  // Counter-speech must clear a bar halfway between the threshold and certainty (counter-speech.ts).
  const counterBar = cut + (1 - cut) / 2
  return classifyLines(model, change.lines.added, cut, {
    shared: sharedLineStats(change),
    prepare: withoutIdioms,
    prepareMargin: 0,
  })
    .filter((v) => !v.lines.some(flagged))
    .filter((v) => {
      const text = normalisedText(change, v.lines)
      // A paragraph the screen passed over can still reject the words it carries (lexiconFindings tests
      // only screened lines); an unsure verdict on affection, one's own group or sport is left alone (classifier-frames.ts).
      return !rejectsHate(text) && (v.probability >= counterBar || !(opposesHate(text) || framedAsHarmless(text)))
    })
    .map((v) => ({
      rule: TOXICITY_CLASSIFIER.id,
      severity: TOXICITY_CLASSIFIER.severity,
      message: `${TOXICITY_CLASSIFIER.title}: score ${v.probability.toFixed(2)} ≥ ${cut} (top features: ${describeTop(v.top, maskWord)}).`,
      line: v.line,
      evidence: `score ${v.probability.toFixed(2)}; ${describeTop(v.top.slice(0, 3), maskWord)}`,
    }))
}

function detectToxicity(change: TemplateChange, ctx: DetectorContext): FindingDraft[] {
  const { findings, counterSpeech } = lexiconFindings(change)
  // A paragraph a rule flagged needs no second finding; one that quotes hate to oppose it is not judged on those words.
  const ruled = new Set(findings.map((f) => f.line))
  const skip = (line: number): boolean => ruled.has(line) || counterSpeech(line)
  return [...findings, ...classifierFindings(change, ctx.config.classifiers.toxicity.threshold, skip)]
}

export const toxicityDetector: Detector = {
  id: 'toxicity',
  category: 'toxicity',
  // The moderation rules are registered here (same category); their findings come from the shells.
  rules: [...Object.values(TOXICITY_RULES), TOXICITY_CLASSIFIER, ...MODERATION_RULES],
  detect: (change, ctx) => detectToxicity(change, ctx),
}

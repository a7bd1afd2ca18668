// Hostility aimed at a whole group without a slur: a group with a derogatory adjective in
// front ("filthy <group>"), profanity aimed at it ("fuck all <group>"), disgust declared ("<group>
// make me sick"), a derogatory trait stated or asked about ("<group> are so lazy", "why are
// <group> so stupid?", "why is every <member> so violent?"). The group noun is required
// (identity-attacks.ts), so "dirty data", "fuck this bug" and "why are my tests so slow" never
// match. Policy phrases: quoted or refused hate is a mention (match.ts, counter-speech.ts).
import { MEMBER } from './group-claims.js'
import { G, GROUPS } from './identity-attacks.js'
import { anchorAlternation } from '../literal-screen.js'
import type { PhraseEntry } from './lexicon.js'

const SLUR_ADJECTIVE = '(?:filthy|dirty|disgusting|smelly|stinking|stinky|worthless|lazy|greedy|subhuman|inbred|savage|vile)'
const TRAITS =
  'stupid|dumb|lazy|dirty|filthy|smelly|ugly|greedy|violent|criminals|thieves|rapists|terrorists|savages|inferior|primitive|useless|worthless|ignorant|disgusting|evil|backward|retarded|brainless|pathetic|annoying|arrogant|deceitful|untrustworthy|sneaky|cowards|cowardly'.split(
    '|',
  )
const TRAIT = `(?:${TRAITS.join('|')})`
const DEGREE = '(?:so|such|really|very|incredibly|fucking|too|always|typically|naturally)'

export const GROUP_HOSTILITY: readonly PhraseEntry[] = [
  {
    // "filthy <group>", "fuck all <group>", "<group> make me sick", "I'm sick of <group>".
    re: new RegExp(
      `\\b${SLUR_ADJECTIVE} (?:fucking )?${GROUPS}\\b|\\bfuck (?:all |the |these |those |every )?${GROUPS}\\b|\\b${G} (?:disgust|sicken|repulse|revolt|nauseate) me\\b|\\b${G} make me (?:sick|want to (?:puke|vomit|throw up))\\b|\\bi (?:am|m) (?:so )?(?:sick|tired|sick and tired) of (?:all )?(?:these |those |the )?${GROUPS}\\b`,
    ),
    anchor: new RegExp(
      `${anchorAlternation(['filthy', 'dirty', 'disgusting', 'smelly', 'stinking', 'stinky', 'worthless', 'lazy', 'greedy', 'subhuman', 'inbred', 'savage', 'vile'], [' '])}|fuck |disgust me|sicken me|repulse me|revolt me|nauseate me|make me sick|make me want|sick of|tired of`,
    ),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // "<group> are so lazy", "why are <group> always so stupid?".
    re: new RegExp(
      `\\b${G} (?:are|r|re) ${DEGREE} (?:so )?${TRAIT}\\b|\\bwhy (?:are|r) (?:all |so many )?${GROUPS} (?:${DEGREE} )?(?:so )?${TRAIT}\\b|\\bevery (?:single )?${MEMBER}(?: person| man| woman)? (?:is|s) (?:${DEGREE} )?(?:so )?${TRAIT}\\b|\\b(?:why|how come) is every (?:single )?${MEMBER}(?: person| man| woman)? (?:${DEGREE} )?(?:so )?${TRAIT}\\b`,
    ),
    anchor: new RegExp(anchorAlternation([' '], TRAITS)),
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
]

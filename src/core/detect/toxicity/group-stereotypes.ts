// Stereotypes and exclusion aimed at a whole group, with no slur and no dehumanising noun:
// "<group> are all lazy", "<group> are mostly good for being …", "<group> shouldn't be
// allowed to vote", "<group> must go back to …". Generalised from the dev split's misses;
// a group noun is required, and a quantifier or a fixed exclusion wording, so "immigrants
// are welcome" or "the results are all dirty data" never match. Policy phrases: after a
// refusal or reported-speech cue ("don't say that…") they are a mention.
import { GROUP_NOUN } from './harm-phrases.js'
import type { PhraseEntry } from './lexicon.js'

const MORE_GROUPS =
  '(?:black|white|asian|gay|jewish|muslim|disabled|blind|deaf|autistic|mentally ill|mentally insane|poor|old|fat|native|indigenous|immigrant|trans) people|(?:native|african|mexican|asian|arab) americans|hispanics|middle easterners|natives|pakistanis|somalis|syrians|nigerians|gypsies|roma|homosexuals|queers|transgenders|the poor|the elderly|the blind|the deaf|the jews'
const GROUP = `(?:all |most |these |those |the )?(?:${GROUP_NOUN}|${MORE_GROUPS})`
const TRAIT =
  '(?:stupid|dumb|lazy|dirty|filthy|smelly|ugly|greedy|violent|dangerous|criminals|thieves|rapists|terrorists|savages|inferior|primitive|useless|worthless|helpless|ignorant|disgusting|evil|backward|parasitic|subhuman|retarded|incapable of \\w{2,20}|too stupid|only good for \\w{2,20}|good for nothing|mostly good for \\w{2,20})'
const QUANTIFIER = '(?:all|always|mostly|just|naturally|genetically|inherently|still|nothing but|born)'

export const GROUP_STEREOTYPES: readonly PhraseEntry[] = [
  {
    // "blind people are all helpless", "latinos are mostly good for being …", "natives are still naked savages".
    re: new RegExp(`\\b${GROUP} (?:are|r|re) (?:${QUANTIFIER} )(?:[a-z]{2,12} )?${TRAIT}\\b`),
    anchor: / (?:all|always|mostly|just|naturally|genetically|inherently|still|nothing but|born) /,
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // "… shouldn't be allowed to vote", "… must go back to …", "… need to be kept out", "… shouldn't
    // be allowed near children" (the groomer slander).
    re: new RegExp(
      `\\b${GROUP} (?:should not|shouldn t|shouldnt|must not|mustn t|should never) be allowed to (?:vote|work|drive|live|marry|exist|immigrate|breed|have kids|have children|adopt|raise (?:kids|children)|teach|own)\\b|\\b${GROUP} (?:should not|shouldn t|shouldnt|must not|mustn t|should never) be allowed (?:anywhere )?near (?:our |any |the )?(?:children|kids|schools|playgrounds)\\b|\\b${GROUP} (?:must|should|need to|needs to|have to) (?:all )?(?:go back to|be sent back|be kicked out|be kept out|get out of|be kept (?:well )?away from (?:our |the )?(?:children|kids))\\b`,
    ),
    anchor:
      /allowed to |allowed near|allowed anywhere|go back to|sent back|kicked out|kept out|get out of|kept away from|kept well away from/,
    category: 'harassment',
    severity: 'medium',
    policy: true,
  },
  {
    // Worth denied and exclusion from a trade (twenty-ninth round): "atheists have no morals",
    // "<group> have no soul and should be banned from teaching children" (not "… who abuse children
    // should be banned from teaching": a clause about what someone did stands between).
    re: new RegExp(
      `\\b${GROUP} (?:have|has|got) (?:absolutely )?no (?:morals|moral compass|soul|souls|conscience|empathy|humanity|shame|honou?r|values|loyalty|culture)\\b|\\b${GROUP}(?:(?: [a-z]{1,15}){1,4} and)? (?:should|must|need to|needs to|ought to) (?:all )?be (?:banned|barred|kept|removed|fired|disqualified) from (?:teaching|working|voting|public office|office|government|schools?|the military|the army|the police|nursing|childcare|(?:working|being) (?:with|around) (?:our )?(?:children|kids))\\b`,
    ),
    anchor:
      /no moral|no soul|no conscience|no empathy|no humanity|no shame|no honor|no honour|no values|no loyalty|no culture|banned from|barred from|kept from|removed from|fired from|disqualified from/,
    category: 'harassment',
    severity: 'medium',
    policy: true,
    exact: true,
  },
]

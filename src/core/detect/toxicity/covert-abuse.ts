// Abuse with no listed word, said covertly (thirtieth round, from the misses of tox47): hate as a
// statistic ("13% of the population, 50% of the crime"), as a riddle ("how do you stop a Mexican
// from stealing …"), as a "just asking" question ("why does every country <group> move into turn
// into a war zone", "is there any evidence <group> are as intelligent as …"), sexism said to a
// woman's face ("back to the kitchen, sweetie"), a crowd told to bring weapons for a group ("bring
// bats, time to teach those <group> a lesson"), a weapon brought for the one addressed ("next time
// you show up I'm bringing my rifle"), waiting outside someone's home until they give in, sex
// traded for a promotion ("if you want that promotion you know what you need to do") and a
// stock put-down ("crawl back under whatever rock spawned you"). Each needs both of its halves:
// the statistic and the crime, the riddle and the stereotype, the weapon and the person or group.
// Policy phrases read as written (`exact`): refused, quoted to oppose them or named for
// moderation ("flag posts that say …") they are a mention (match.ts).
import { GROUPS } from './identity-attacks.js'
import { MEMBER } from './group-claims.js'
import type { PhraseEntry } from './lexicon.js'

/** A man or woman addressed as one, or the place a woman is told to keep. */
const TO_A_WOMAN =
  '(?:sweetie|sweetheart|honey|hun|babe|darling|missy|little lady|young lady|woman|girls|ladies|toots|where (?:you|u|she|they|women) belongs?|make me a sandwich|(?:the )?(?:grown ups|men|adults) are talking)'
/** What a riddle about a group's member carries when it is a stereotype. */
const RIDDLE_STEREOTYPE =
  '(?:steal|steals|stealing|stole|sneak|sneaks|sneaking|across the border|over the border|over the wall|welfare|food stamps|bomb|bombs|blow up|blows up|oven|ovens|gas chamber|watermelon|fried chicken|goat|camel|sombrero|deport|deported|illegally|on benefits|pick cotton|cotton)'
const WEAPON =
  '(?:gun|guns|rifle|rifles|shotgun|pistol|glock|revolver|knife|knives|machete|bat|bats|baseball bats?|axe|crowbars?|pipes?|piece|ar 15|ak 47|torches|pitchforks|rope)'
const BRINGING = `(?:i m|im|i am|i ll|i will|i m gonna|im gonna|we re|we ll) (?:bringing|bring|packing|carrying|coming with|showing up with) (?:my |a |the |our |his |me |some )?(?:[a-z]{1,10} s |[a-z]{1,10} )?${WEAPON}\\b`

export const COVERT_ABUSE: readonly PhraseEntry[] = [
  {
    re: new RegExp(
      [
        // The crime statistic of the race-baiting meme (not "13% of the budget, 50% of the cost").
        `\\b13 (?:percent )?of (?:the |our |this )?(?:population|people|country|nation|us)(?: [a-z0-9]{1,12}){0,4}? (?:50|52|half|over half|more than half) (?:percent )?of (?:the |all |violent |our )?(?:crime|crimes|murders|homicides|violent crime|violence|arrests|killings)\\b`,
        `\\bdespite being (?:only |just )?13(?: percent)?(?: of (?:the |this )?(?:population|people|country))?(?= [a-z ]{0,40}\\b(?:crime|crimes|murders?|killings?|violence|homicides?|arrests?|shootings?)\\b)`,
        // Sexism to a woman's face: "back to the kitchen, sweetie" (not "go back to the kitchen and stir the sauce").
        `\\b(?:back|get|go|run along|get back|go back|get your ass back) (?:in|to|into) (?:the|your|ur) kitchen(?: [a-z]{1,12}){0,6}? ${TO_A_WOMAN}\\b`,
        `\\b${TO_A_WOMAN}(?: [a-z]{1,12}){0,6}? (?:back|get|go|run along|get back|go back) (?:in|to|into) (?:the|your|ur) kitchen\\b`,
        // Sent back to the trees, said to someone: "go back to the jungle and take your penalty with you".
        `\\b(?:go|get|swing|crawl|climb) back (?:to|into|up) (?:your|ur) (?:jungle|trees|tree|cave|zoo|hut)\\b|\\b(?:go|get|swing|climb) back (?:to|into|up) the (?:jungle|trees|zoo)\\b(?= [a-z ]{0,40}\\b(?:you|u|ya|your|ur|monkeys?|apes?)\\b)`,
      ].join('|'),
    ),
    // The crime words, the kitchen, the trees: every match holds one, and prompts rarely do.
    anchor: /crime|murder|homicide|violen|arrest|killing|shooting|kitchen|jungle| trees|tree |zoo| cave| hut/,
    category: 'harassment',
    severity: 'medium',
    policy: true,
    exact: true,
  },
  {
    // Every alternative names a group, so the rule is tried only where a line may name one (match.ts).
    re: new RegExp(
      [
        // "Just asking": the group as the cause of ruin ("every country Muslims move into turns into a war zone").
        `\\bevery (?:country|city|town|place|neighbou?rhood|area|street|school|suburb) (?:that )?(?:the )?${GROUPS} (?:move|moves|go|goes|settle|settles|come|comes|show up|shows up|take|takes)(?: [a-z]{1,10}){0,2}? (?:turns?|becomes?|ends? up|goes?)(?: into| as| to)? (?:a |an )?(?:war zone|warzone|shithole|shit hole|hellhole|hell hole|ghetto|slum|dump|crime|no go zone|third world|cesspit|cesspool|terror|dangerous|unsafe|lawless)`,
        // Equality doubted: "is there any real evidence <group> are as intelligent as whites".
        `\\b(?:evidence|proof|prove|proven|admit|pretend|really believe|actually believe|study|studies|science)(?: [a-z]{1,12}){0,5}? ${GROUPS} (?:are|is) (?:as|equally|just as) (?:intelligent|smart|capable|civili[sz]ed|evolved|human|advanced) as\\b`,
        // The claim presupposed by a question (thirty-first round): "why are <group> less intelligent?".
        `\\b(?:${GROUPS} (?:are|is)|why (?:are|r|is) (?:all |the |so many )?${GROUPS}) (?:genetically |naturally |inherently |biologically |simply )?(?:less|not as) (?:intelligent|smart|evolved|civili[sz]ed|capable|advanced|human)\\b`,
      ].join('|'),
    ),
    anchor:
      /war zone|warzone|shithole|shit hole|hellhole|hell hole|ghetto|slum|dump|crime|no go zone|third world|cesspit|cesspool|terror|dangerous|unsafe|lawless|intelligent|smart|capable|civili|evolved|human|advanced/,
    category: 'harassment',
    severity: 'medium',
    policy: true,
    exact: true,
  },
  {
    // A riddle on the stereotype: "how do you stop a Mexican from stealing your car", "why don't Muslims …".
    re: new RegExp(
      `\\b(?:how do you|how do u|why do|why did|why don t|why dont|why can t|what do you call|how many|what s the difference between) (?:a |an |the |you |stop |get |keep |make |call )*(?:${MEMBER}|${GROUPS})s?(?: [a-z]{1,12}){0,10}? ${RIDDLE_STEREOTYPE}\\b`,
    ),
    // The stereotype is rarer than the riddle's opening ("how do", "why do").
    anchor:
      /steal|stole|sneak|border|over the wall|welfare|food stamps|bomb|blow up|blows up|oven|gas chamber|watermelon|fried chicken|goat|camel|sombrero|deport|illegally|benefits|cotton/,
    category: 'harassment',
    severity: 'medium',
    policy: true,
    exact: true,
  },
  {
    re: new RegExp(
      [
        // A crowd armed for a group: "bring bats. time to teach those queers they aren't welcome".
        `\\bbring (?:your |some |the |plenty of |extra )?(?:bats|baseball bats|guns|knives|pipes|crowbars|torches|pitchforks|rope|weapons|machetes|clubs|bricks)\\b(?: [a-z]{1,12}){0,12}? (?:teach|show|remind) (?:those|these|the|them|all|every one of|every last one of)(?: (?:damn|fucking|dirty|filthy))?(?: ${GROUPS})?(?: a lesson| (?:that )?they (?:aren t|are not|re not|arent) welcome| what happens| their place| who s boss)\\b`,
        `\\b(?:time to|let s|lets|we need to|we should|we ll|we will) teach (?:those |these |the |all (?:the |those |these )?)(?:damn |fucking |dirty |filthy )?${GROUPS} (?:a lesson(?! (?:in|on|about|of|from|for)\\b)|(?:that )?they (?:aren t|are not|re not|arent) welcome|what happens|their place)\\b`,
        // A weapon brought for the one addressed: "next time you show up I'm bringing my dad's rifle".
        `\\bnext time (?:you|u|i see (?:you|u)|i catch (?:you|u))(?: [a-z]{1,12}){0,8}? ${BRINGING}`,
        `${BRINGING}(?: [a-z]{1,12}){0,5}? (?:consider yourself warned|you ve been warned|you have been warned|for (?:you|u)|just for (?:you|u)|and (?:you|u) ll see|see what happens)\\b`,
        // Waiting outside someone's home until they give in.
        `\\b(?:i ll|i will|i m going to|im going to|im gonna|i m gonna) (?:be )?(?:wait|waiting|stand|standing|sit|sitting|park|parked) outside (?:your|ur) (?:house|home|dorm|door|flat|apartment|place|work|office|school|window|room|building)(?: [a-z]{1,12}){0,3}? (?:every (?:night|day|morning|evening)|until (?:you|u))\\b`,
      ].join('|'),
    ),
    anchor: /bringing|bring |packing|carrying|coming with|showing up with|teach |outside your|outside ur/,
    category: 'violence',
    severity: 'high',
    policy: true,
    exact: true,
  },
  {
    re: new RegExp(
      [
        // Sex traded for a promotion: "if you want that promotion you know what you need to do after hours".
        `\\bif (?:you|u) (?:want|wanna|still want|really want) (?:that|the|this|a|your|to get|to keep|to get that|to keep that|to get the|to keep the|to keep your) (?:promotion|raise|job|role|part|grade|pass|contract|bonus|shift|reference|recommendation|internship|position|spot|lead)(?: [a-z]{1,12}){0,4}? (?:you know what (?:you (?:need|have|ve got|got) to|to) do(?: [a-z]{1,12}){0,2}? (?:after hours|after work|tonight|in my office|in my room|at my place|alone with me|with me|for me|on your knees|behind closed doors|wear)|you (?:ll|will) (?:have to|need to) be (?:nice|good|friendly|nicer) to me|(?:come|stop by) (?:to )?my (?:room|place|hotel|office) (?:tonight|after)|stay (?:late|behind) (?:with me|tonight)|wear (?:the|that|a|something) (?:short|tight|low cut|sexy|revealing))\\b`,
        // Wearing down a no: "stop playing hard to get, you know you want it".
        `\\bstop playing hard to get(?: [a-z]{1,12}){0,4}? (?:you|i) know (?:you|u) (?:want|like) (?:it|me|this)\\b|\\b(?:you|i) know (?:you|u) (?:want|like) (?:it|me|this)(?: [a-z]{1,12}){0,4}? stop playing hard to get\\b`,
      ].join('|'),
    ),
    anchor:
      /if you want|if u want|if you wanna|if u wanna|if you still want|if u still want|if you really want|if u really want|hard to get/,
    category: 'sexual',
    severity: 'high',
    policy: true,
    exact: true,
  },
  {
    // A stock put-down: "crawl back under whatever rock spawned you" (not "the crab crawled back under a rock").
    re: /\bcrawl back (?:under|into|in) whatever (?:rock|hole|gutter|sewer|swamp|cave)\b|\bcrawl back (?:under|into|in) (?:the|your|ur|that|a) (?:rock|hole|gutter|sewer|swamp|cave) (?:(?:you|u) (?:came|crawled|slithered|climbed) (?:out of|from)|(?:that |which )?spawned (?:you|u))\b|\b(?:rock|hole|gutter|sewer|swamp) (?:that |which )?spawned (?:you|u)\b/,
    anchor: /crawl back|spawned/,
    category: 'harassment',
    severity: 'medium',
    policy: true,
    exact: true,
  },
]

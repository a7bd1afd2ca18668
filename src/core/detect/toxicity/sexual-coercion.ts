// Sexual coercion and harassment with no listed word (twenty-ninth round, from the misses of
// tox46): sex traded for a job, a grade or a role ("if you won't sleep with me, forget about that
// promotion", "sleep with me or you're fired"), love held hostage to wear down a refusal ("if you
// really loved me you'd stop saying no"), remarks on a body part aimed at the person ("nice tits",
// "been thinking about that ass all night") and sextortion that names who will see the pictures
// ("send me pics of you in the shower or I'm sending everyone the screenshots"). Each needs the
// sexual half and the lever or the target together, so "sleep with a fan on or you'll overheat",
// "if you loved me you'd remember my birthday", "nice butt joint" and "send me photos of the damage
// or I'll call the insurer" never match. Phrases read the normalised words as written (`exact`:
// slips of their anchor words are English words); policy phrases, so after a refusal, moderation
// or reported-speech cue ("never say …", "flag messages like …") they are a mention.
import { anchorAlternation } from '../literal-screen.js'
import type { PhraseEntry } from './lexicon.js'

/** What sex is demanded in return for, or to keep. */
const SEX_ACT =
  '(?:sleep with me|have sex with me|hook up with me|fuck me|go to bed with me|spend the night with me|get naked for me|send me (?:nudes|noods|naked pics|nude pics)|give me a blowjob|suck my dick|suck me off)'
/** A refusal of it: "you won't", "you're not willing to". */
const REFUSING =
  '(?:don t|dont|do not|won t|wont|will not|re not willing to|are not willing to|aren t willing to|re not going to|are not going to|aren t going to|refuse to|say no to|can t|cant)'
/** What is taken away: the job, the grade, the role. */
const STAKE =
  '(?:promotion|raise|bonus|job|position|contract|grade|grades|role|part|scholarship|visa|reference|recommendation|internship|shift|shifts|place on the team|spot on the team|career|deal|rent|apartment|lease)'
/** The threat to take it: "forget about", "you're fired", "say goodbye to". */
const LOSE = `(?:forget (?:about )?(?:the |that |your |this |a |any )?${STAKE}|say goodbye to (?:the |that |your |this )?${STAKE}|kiss (?:the |that |your |this )?${STAKE} goodbye|(?:you ll|you will|you re going to|you re gonna) (?:lose|never get|not get) (?:the |that |your |this |a |any )?${STAKE}|(?:you re|you are|ur|u r) (?:fired|out|off the team|done here)|no (?:more )?${STAKE} for (?:you|u)|(?:don t|dont|do not) (?:expect|count on|bother asking (?:about|for)) (?:the |that |your |this |a |any )?${STAKE})`

/** A lover's claim that turns a "no" into a debt: "if you really loved me you'd …". */
const LOVE_LEVER =
  '(?:if (?:you|u) (?:really |actually |truly |even |still )?(?:loved|love|cared about|care about|wanted|want) me|a real (?:girlfriend|boyfriend|wife|husband|partner) would|(?:you d|you would|u d) do it if (?:you|u) (?:really |actually |truly )?(?:loved|love) me)'
const GIVES_IN =
  '(?:stop saying no|quit saying no|not say no|stop saying you re not ready|stop making excuses and (?:do it|sleep with me)|sleep with me|have sex with me|let me (?:touch|see|do|have) (?:you|it|your)|send (?:me )?(?:nudes|noods|pics|photos|a pic|it)|go all the way|prove it in bed|stop pushing me away|put out)'

/** Body parts a remark aims at its listener. */
const BODY = '(?:tits|titties|boobs|boobies|ass|arse|booty|butt)'

export const SEXUAL_COERCION: readonly PhraseEntry[] = [
  {
    re: new RegExp(
      [
        // "If you're not willing to sleep with me, you can forget about that promotion."
        `\\b(?:if|unless) (?:you|u) (?:${REFUSING} )?${SEX_ACT}(?: [a-z]{1,15}){0,6} (?:you can |you may |then |just )?${LOSE}\\b`,
        // "Sleep with me or you're fired", "have sex with me and the promotion is yours".
        `\\b${SEX_ACT} (?:or (?:else )?(?:${LOSE}|(?:i ll|i will) (?:fire|fail|evict|report|deport) (?:you|u))|and (?:the |that |this )?${STAKE} (?:is|s) (?:yours|all yours))\\b`,
        // "If you actually loved me you'd stop saying no."
        `\\b${LOVE_LEVER}(?: (?:then )?(?:you d|you would|u d|you ll|you will|you should|u would|you wouldn t|you would not|you wouldnt))? ${GIVES_IN}\\b`,
      ].join('|'),
    ),
    anchor: new RegExp(
      [
        'sleep with me|have sex with me|hook up with me|fuck me|bed with me|night with me|naked for me|send me nudes|send me noods|send me naked|send me nude|a blowjob|suck my|suck me',
        'loved me|love me|cared about me|care about me|wanted me|want me|a real girlfriend|a real boyfriend|a real wife|a real husband|a real partner',
      ].join('|'),
    ),
    category: 'sexual',
    severity: 'high',
    policy: true,
    exact: true,
  },
  {
    re: new RegExp(
      [
        // "nice tits", "nice ass, how much for an hour" (not "a nice butt joint", "perfect butt welds").
        `\\b(?:nice|sexy|hot|juicy) (?:tits|titties|boobs|boobies)\\b(?! (?:workouts?|exercises?|routines?|muscles?|bras?)\\b)`,
        // "Nice ass" before a noun is slang for "very nice" ("nice ass car", "hot ass weather"): only
        // at the end, or before the words that go on talking to the person ("nice ass, how much …").
        `\\b(?:nice|sexy|hot|juicy) (?:ass|arse|booty|butt)(?=$| (?:you|u|ya|girl|babe|baby|sweetie|honey|mami|mama|shawty|btw|lol|lmao|how much|can i|wanna|want to|show|bend|shake|send|in (?:those|that|them))\\b)`,
        // "been thinking about that ass all night", "can't stop staring at those tits".
        `\\b(?:thinking|thought|dreaming|dreamt|dreamed|fantasi[sz]ing|fantasi[sz]ed) (?:about|of) (?:that|those|your|ur|her) ${BODY}\\b(?! (?:whoop[a-z]*|kicking|beating|of an?)\\b)`,
        // A price asked of a person: "how much for an hour", said with a remark on the body (above) or "you".
        `\\bhow much (?:for|do you charge for|do u charge for) (?:a night with (?:you|u)|an hour with (?:you|u)|(?:you|u) for (?:an hour|a night|the night))\\b`,
      ].join('|'),
    ),
    anchor: new RegExp(
      [
        anchorAlternation(
          ['nice ', 'sexy ', 'hot ', 'juicy '],
          ['tits', 'titties', 'boobs', 'boobies', 'ass', 'arse', 'booty', 'butt'],
        ),
        anchorAlternation(
          ['about ', 'of '],
          ['that ', 'those ', 'your ', 'ur ', 'her '],
          ['tits', 'titties', 'boobs', 'boobies', 'ass', 'arse', 'booty', 'butt'],
        ),
        'a night with|an hour with|for an hour|for a night|for the night',
      ].join('|'),
    ),
    category: 'sexual',
    severity: 'medium',
    policy: true,
    exact: true,
  },
  {
    // Sextortion that names who will see the pictures: "send me pics of you in the shower or I'm
    // sending everyone the screenshots", "show me or I'll post the video to your whole school".
    re: /\b(?:send|show|sending|showing)(?: me)? (?:[a-z0-9]{1,12} ){0,4}?(?:nudes|noods|pics|pic|photos|photo|pictures|picture|selfies|selfie|videos|video)(?: [a-z0-9]{1,15}){0,8} or (?:else )?(?:i ll |i will |i m |im |i am |i m gonna |im gonna |i m going to |im going to |i )?(?:send|sending|show|showing|post|posting|leak|leaking|share|sharing|forward|forwarding|upload|uploading) (?:it |them |this |these |those |the (?:[a-z]{2,12} )?(?:screenshots|pics|photos|pictures|videos?|messages|chats|texts|dms) )?(?:to )?(?:everyone|everybody|all your (?:friends|followers|contacts|family|classmates)|your (?:parents|mom|mum|dad|boss|family|friends|boyfriend|girlfriend|husband|wife|school|class|teachers?|followers|contacts)|the whole (?:school|class|office|internet|world|town))\b/,
    anchor: / pic| photo| selfie| video| nudes| noods/,
    category: 'sexual',
    severity: 'high',
    policy: true,
    exact: true,
  },
]

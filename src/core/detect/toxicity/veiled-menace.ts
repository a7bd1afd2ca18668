// Veiled threats, wished death, goading and put-downs with no harm verb the older phrases read
// (twenty-ninth round, from the misses of tox46): menace that promises fear rather than names a
// blow ("I'm going to make sure you never feel safe walking home again", "keep running your mouth
// and you'll find out what happens when I catch you"), a mob sent to someone's door ("address is
// 42 Elm Street … go pay this guy a visit, boys"), death wished on the listener or their own
// ("your whole family should have died in that crash", "you should've been aborted"), goading to
// drink bleach or starve ("bleach tastes better than your cooking, try a glass", "skip dinner
// until your ribs show"), the "nobody likes you" exclusion with words between ("nobody in our
// class actually likes you", "we all laugh about you"), and the stock put-downs ("still living in
// your mom's basement", "no wonder your wife left you"). Each names its target ("you", "your
// family") with a part no friendly sentence has, so "make sure you never forget your password",
// "find out what happens when you click it", "let's pay grandma a visit", "I should have died
// laughing", "skip lunch if you're not hungry" and "no wonder you're tired" never match. Phrases
// read the normalised words as written (`exact`); policy phrases, so after a refusal, moderation
// or reported-speech cue ("never say …", "he texted her …") they are a mention.
import { anchorAlternation } from '../literal-screen.js'
import type { PhraseEntry } from './lexicon.js'

const YOU = '(?:you|u|ya)'
const YOUR = '(?:your|ur)'
const KIN =
  '(?:family|kids|children|kid|son|daughter|wife|husband|mom|mum|mother|dad|father|parents|sister|brother|baby|girlfriend|boyfriend)'
const WILL =
  '(?:i ll|i will|i m going to|im going to|i am going to|i m gonna|im gonna|we ll|we will|we re going to|we are going to|we re gonna)'
/** "You'll", said of what comes to the listener. */
const YOU_WILL = '(?:you ll|you will|you re going to|you are going to|you re gonna|youll|u ll|ull)'
/** What fear takes from someone: safety, sleep, walking alone. */
const NEVER_AGAIN =
  '(?:feel safe|be safe|sleep (?:soundly|peacefully|well|again|at night)|walk (?:home |anywhere |around |the streets )?(?:alone|at night|again)|leave (?:your|ur|the) (?:house|home|flat|apartment)|see (?:your|ur) (?:family|kids|children|wife|husband|mom|mum|mother|dad|father) again|show (?:your|ur) face (?:here |around here |in this town )?again)'
/** A person as the one a mob is sent to. */
const THAT_PERSON =
  '(?:him|her|them|this (?:guy|man|woman|girl|dude|bitch|bastard|clown|traitor|snitch|creep|prick|loser)|that (?:guy|man|woman|girl|dude|bitch|bastard|clown|traitor|snitch|creep|prick|loser))'
const MOB = '(?:boys|lads|fellas|guys|brothers|men|everyone|everybody|folks)'
/** An adverb that may stand between the person and the insult: "you're honestly not the sharpest …". */
const ADVERB = '(?:(?:honestly|literally|really|seriously|basically|truly|clearly|obviously|genuinely|still|always) )?'
/** Whom a stock insult is said of: the listener, or someone talked about. */
const PERSON =
  '(?:you|u|you re|you are|ur|u r|youre|he s|he is|she s|she is|they re|they are|your (?:boss|manager|husband|wife|boyfriend|girlfriend|brother|sister|mom|mum|dad|friend))'

export const VEILED_MENACE: readonly PhraseEntry[] = [
  {
    re: new RegExp(
      [
        // "I'm going to make sure you never feel safe walking home again".
        `\\b${WILL} (?:make sure|see to it|ensure) (?:that )?${YOU} (?:never|don t|dont|do not|won t|wont|will never|can never|can t|cant) (?:ever )?(?:again )?${NEVER_AGAIN}\\b`,
        // "You'll never feel safe again", "you will never sleep soundly again".
        `\\b${YOU_WILL} never (?:ever )?(?:feel safe|sleep (?:soundly|peacefully)|walk (?:home )?alone) (?:again|in (?:this|your|ur) (?:town|city|house|home|life))\\b`,
        // "… you'll find out what happens when I catch you", "keep running your mouth and see what happens".
        `\\b${YOU_WILL} (?:find out|see|learn|know) what happens when (?:i|we|my boys|the boys) (?:catch|find|get|see|get my hands on|get our hands on|meet) ${YOU}\\b`,
        `\\bkeep (?:running|flapping|shooting) (?:your|ur) (?:mouth|mouth off|lips)(?: [a-z]{1,15}){0,3} (?:and|an) (?:see what happens|watch what happens|${YOU_WILL} (?:find out|see|regret|learn|get))\\b`,
        // "Go pay this guy a visit, boys" (not "let's pay grandma a visit").
        `\\bpay ${THAT_PERSON} a (?:little |friendly |proper |late night |surprise |nice )?visit (?:${MOB}|tonight ${MOB})\\b`,
        `\\b(?:address is|lives at|his address|her address|their address|he lives|she lives|they live)\\b(?: [a-z0-9]{1,15}){1,16} (?:go|let s go|lets go|someone|somebody|time to|who wants to) pay ${THAT_PERSON} a (?:[a-z]{2,12} )?visit\\b`,
      ].join('|'),
    ),
    anchor: new RegExp(
      [
        anchorAlternation(['make sure ', 'see to it ', 'ensure '], ['', 'that '], ['you ', 'u ', 'ya ']),
        anchorAlternation(
          ['never '],
          ['', 'ever '],
          ['feel safe', 'sleep soundly', 'sleep peacefully', 'walk home alone', 'walk alone'],
        ),
        'what happens when',
        anchorAlternation(['running ', 'flapping ', 'shooting '], ['your ', 'ur ']),
        ' a visit| a little visit| a friendly visit| a proper visit| a late night visit| a surprise visit| a nice visit',
        'address is|lives at|his address|her address|their address|he lives|she lives|they live',
      ].join('|'),
    ),
    category: 'violence',
    severity: 'high',
    policy: true,
    exact: true,
  },
  {
    re: new RegExp(
      [
        // "Your whole family should have died in that crash", "you should've died instead".
        `\\b(?:${YOU}|${YOUR} (?:whole |entire |stupid |fucking |worthless )?${KIN}) (?:shoulda|should (?:have|ve|of)|ought to (?:have|ve)) (?:died|been killed|burned|burnt|drowned|been the one (?:who|that) died)\\b(?! (?:laughing|of (?:laughter|embarrassment|boredom|shame|cuteness))\\b)`,
        // "You should've been aborted", "your mother should have swallowed".
        `\\b(?:${YOU}|${YOUR} (?:whole |entire )?${KIN}) (?:shoulda|should (?:have|ve|of)) been (?:aborted|drowned at birth|strangled at birth|smothered at birth|a miscarriage|a stillbirth)\\b|\\b${YOUR} (?:mom|mum|mother|dad|father|parents) should (?:have|ve|of) (?:aborted (?:you|u)|swallowed|used a condom|pulled out)\\b`,
      ].join('|'),
    ),
    anchor: /should have|should ve|shoulda|ought to have|ought to ve|should of/,
    category: 'harassment',
    severity: 'high',
    policy: true,
    exact: true,
  },
  {
    re: new RegExp(
      [
        // "Bleach tastes better than your cooking anyway, try a glass", "have a glass of bleach".
        `\\bbleach (?:tastes|is|would taste|would be) (?:so |way |much |even )?(?:better|nicer|tastier|healthier) than (?:your|ur|you)\\b`,
        `\\bbleach\\b(?: [a-z]{1,15}){0,10} (?:try|have|drink|chug|down|take) (?:a |another |some |a little )?(?:glass|cup|sip|shot|bottle|gallon|swig|mouthful|gulp)\\b`,
        `\\b(?:try|have|drink|chug|down|take) (?:a |another |some |a little )?(?:glass|cup|sip|shot|bottle|gallon|swig|mouthful|gulp) (?:of )?bleach\\b`,
        // "Skip dinner again tonight and tomorrow, keep going until your ribs show".
        `\\b(?:skip|skipping|skips|stop eating|don t eat|dont eat|do not eat|no more food|starve|starving|fast|fasting|purge|purging|keep going|keep starving|keep fasting|keep purging|keep restricting)\\b(?: [a-z]{1,15}){0,12} (?:until|till|til|untill) (?:${YOUR}|you can see (?:${YOUR}|the)) (?:ribs|rib cage|ribcage|hip bones|hipbones|collar bones|collarbones|thigh gap)\\b`,
      ].join('|'),
    ),
    anchor:
      /bleach|until your|until ur|till your|till ur|til your|til ur|untill your|untill ur|until you can see|till you can see|til you can see/,
    category: 'harassment',
    severity: 'high',
    policy: true,
    exact: true,
    // A warning or first aid: "if your child drank a cup of bleach", "never have a sip of bleach".
    exceptPrev:
      /\b(?:accidentally|accidental|if (?:you|someone|somebody|a child|your child|a kid|your kid|kids|children|a person|anyone|he|she|they)|never|don t|dont|do not|not|poison(?:ing)?|swallowed|ingested)\b(?: [a-z]{1,15}){0,4} $/,
  },
  {
    re: new RegExp(
      [
        // "Nobody in our class actually likes you", "no one here even wants you around".
        `\\b(?:nobody|no one|noone)(?: (?:in|at|on|from) (?:this|our|the|your|ur|my) [a-z]{2,15}| here| there| else| at all)? (?:actually |really |even |ever |truly |genuinely |secretly |honestly )?(?:likes|loves|wants|cares about|gives a shit about|gives a damn about|misses|would miss|will miss|wants to be around|wants to be friends with|wants to (?:date|marry|be with|sit with|hang out with|work with|hire)) ${YOU}\\b(?! (?:to|like|as much as|the way|more than|better than)\\b)`,
        // "We all laugh about you in the group chat", "everyone laughs at you behind your back".
        `\\b(?:we|everyone|everybody|the whole (?:class|school|team|office|group)|all of us) (?:all )?(?:laugh|laughs|laughed|laughing|make fun|makes fun|made fun|joke|jokes|joked|talk shit|talks shit) (?:at|about|of) ${YOU} (?:behind (?:your|ur) back|in the group ?chat|the (?:second|minute|moment) (?:you|u) (?:leave|go|walk out|turn around)|when (?:you|u) (?:leave|re not|aren t|are not) (?:there|here|around|looking))\\b`,
        // Stock put-downs: "still living in your mom's basement", "no wonder your wife ran off".
        `\\bstill liv(?:e|es|ing) (?:in|with) (?:${YOUR} |his |her )?(?:mom s|moms|mum s|mums|mummy s|mummys|mommy s|mommys|mother s|mothers|parents|parent s|mama s|momma s|grandma s) (?:basement|house|place|spare room|garage)\\b`,
        `\\bno wonder (?:${YOUR} (?:wife|husband|girlfriend|boyfriend|partner|ex|fiance|fiancee|family|kids|parents|dad|father|mom|mum|mother|friends) (?:left|ran off|walked out|cheated|dumped|divorced|hates|hate|won t talk to|doesn t talk to|don t talk to|never calls|never call|moved out)|(?:nobody|no one|noone) (?:likes|loves|wants|dates|will date|would date|marry|married|hires|will hire|invites|talks to) ${YOU}|${YOU} (?:re|are) (?:still )?(?:unemployable|a virgin|friendless|unlovable))\\b`,
      ].join('|'),
    ),
    anchor: new RegExp(
      [
        'nobody|no one|noone',
        anchorAlternation(
          [
            'laugh ',
            'laughs ',
            'laughed ',
            'laughing ',
            'make fun ',
            'makes fun ',
            'made fun ',
            'joke ',
            'jokes ',
            'joked ',
            'talk shit ',
            'talks shit ',
          ],
          ['at ', 'about ', 'of '],
        ),
        'still live|still lives|still living',
        'no wonder',
      ].join('|'),
    ),
    category: 'harassment',
    severity: 'medium',
    policy: true,
    exact: true,
  },
  {
    // Mild insults in stock similes, said of a person: "you're about as useful as a chocolate
    // teapot", "he's dumb as a box of rocks", "you're not the sharpest tool in the shed", "you have
    // the IQ of a potato", "both of your brain cells", and the label "the diversity hire" (not "this
    // API is as useful as a chocolate teapot", "I'm not the sharpest tool in the shed", "Thick as a
    // Brick", "critics called her a 'diversity hire'").
    re: new RegExp(
      [
        `\\b${PERSON} ${ADVERB}(?:(?:about |just |almost )?as (?:useful|useless|sharp|bright|smart|clever|helpful|intelligent|dumb|thick|dense|stupid)|dumb|thick|dense|stupid) as (?:a |an |two )?(?:chocolate teapot|bowling ball|box of rocks|bag of (?:hammers|rocks|bricks)|sack of (?:hammers|potatoes)|rock|rocks|brick|bricks|potato|doorknob|screen door on a submarine|ashtray on a motorbike|wet paper bag|two short planks|a plank|plank|post|dirt|mud|a fart in a)\\b`,
        `\\b${PERSON} ${ADVERB}not the (?:sharpest|brightest) (?:tool|knife|crayon|bulb|pencil|spoon) in the (?:shed|drawer|box|pack|toolbox)\\b`,
        `\\b(?:you|u) (?:have|ve got|got|possess) (?:the )?(?:iq|brains?|intelligence|brain power|mental capacity) of (?:a |an )?(?:potato|rock|goldfish|houseplant|brick|turnip|peanut|doorknob|fruit fly|sea cucumber|lobotomi[sz]ed [a-z]+|dead [a-z]+|wet sock|toaster)\\b`,
        `\\b(?:both|all two|one) of (?:your|ur) (?:remaining )?brain cells\\b|\\b(?:your|ur) (?:last|only|one|two|single|remaining) (?:functioning |working )?brain cells?\\b`,
        `\\b(?:the|that|our|this|another|you|a fucking|some) (?:token )?diversity hires?\\b`,
      ].join('|'),
    ),
    anchor: new RegExp(
      [
        anchorAlternation(
          ['as '],
          [
            'useful',
            'useless',
            'sharp',
            'bright',
            'smart',
            'clever',
            'helpful',
            'intelligent',
            'dumb',
            'thick',
            'dense',
            'stupid',
          ],
          [' as '],
        ),
        'dumb as|thick as|dense as|stupid as',
        'not the sharpest|not the brightest',
        anchorAlternation(['iq', 'brain', 'brains', 'intelligence', 'brain power', 'mental capacity'], [' of ']),
        'brain cell',
        'diversity hire',
      ].join('|'),
    ),
    category: 'harassment',
    severity: 'medium',
    policy: true,
    exact: true,
    exceptPrev:
      /\b(?:called|calling|calls|call|label(?:l?ed|s)?|branded|dismissed as|accused of being|assumed to be|not|never|no|isn t|wasn t|just a|being|hired as|dog whistle|term|phrase|the label|slur)(?: a| an| her| him| them| me| you| as)? $/,
  },
]

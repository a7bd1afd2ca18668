// Threats and wishes of harm read as a grammar instead of stock wordings ("watch your back",
// "you'll pay for this"): someone is wished an outcome that kills or maims them, or told how they
// will be found or carried away. The outcomes are what any such sentence needs ("dies", "goes up
// in flames", "in an ambulance", "face down in a ditch"); the wordings around them are free:
//   - a wish: "hope your flight goes down over the ocean", "I pray he chokes on it" (not "hope
//     your app crashes less", "hope you don't get hurt": a negation or a thing's fault is no wish);
//   - a foretold state: "he's leaving in an ambulance", "they'll find you face down in a ditch",
//     "your kids will grow up without a mother";
//   - stalking: "I know where you park".
// They run on the normalised words ("he's" → "he s") and are policy phrases: after a refusal or
// reported-speech cue ("never say…", "if a user writes…") they are a mention.
import { alternation, anchorOf } from '../literal-screen.js'
import type { PhraseEntry } from './lexicon.js'

/** Who is wished harm: a person, or something of theirs ("your flight", "your landlord s house"). */
const PERSON = '(?:you|u|he|she|they|him|her|them)'
const THEIRS = '(?:your|ur|his|her|their) (?:[a-z]{1,15} ){0,2}?[a-z]{1,15}(?: s [a-z]{1,15})?'
/** What kills or maims a person, in the present tense a wish takes ("I hope he dies"). */
const PERSON_OUTCOMES = [
  'dies?',
  'gets? (?:killed|murdered|shot|stabbed|run over|hit by (?:a|an|the) (?:car|bus|truck|train)|cancer|hanged|lynched|beaten to death)',
  'chokes? (?:to death|on it|on (?:his|her|their|your) [a-z]{1,15})',
  'drowns?',
  'rots? in (?:hell|a cell|prison|jail)',
  'bleeds? out',
  'burns? (?:alive|to death)',
  'never wakes? up',
  'breaks? (?:his|her|their|your) neck',
  'falls? off (?:a|the) (?:cliff|roof|bridge|balcony)',
]
/** What destroys something of theirs with them in it (not "crashes": apps and servers crash). */
const THING_OUTCOMES = [
  'goes up in flames',
  'go up in flames',
  'burns? down',
  'goes down (?:somewhere|over|in flames|in the (?:sea|ocean|atlantic|pacific))',
  'go down (?:somewhere|over|in flames|in the (?:sea|ocean|atlantic|pacific))',
  'explodes?',
  'catch(?:es)? fire',
  'sinks? to the bottom',
]
const WISH = '(?:hope|hoping|wish|wishing|pray|praying)(?: that)?'

/** Where a person is carried away or found. */
const CARRIED = '(?:an|a|the) (?:ambulance|body bag|coffin|hearse|stretcher)'
const FOUND = '(?:face down|dead|in (?:a|the) (?:ditch|river|dumpster|trunk|gutter)|in pieces|floating in)'

export const HARM_GRAMMAR: readonly PhraseEntry[] = [
  // A wish of death or injury for a person or something of theirs.
  {
    re: new RegExp(
      `\\b${WISH} (?:${PERSON}|${THEIRS}) ${alternation(PERSON_OUTCOMES)}\\b|\\b${WISH} ${THEIRS} ${alternation(THING_OUTCOMES)}\\b`,
    ),
    anchor: new RegExp(
      [
        'die',
        'killed',
        'murdered',
        'shot',
        'stabbed',
        'run over',
        'hit by',
        'cancer',
        'hanged',
        'lynched',
        'beaten to death',
        'choke',
        'drown',
        ' in hell',
        ' in a cell',
        ' in prison',
        ' in jail',
        'bleed',
        'alive',
        'to death',
        'wake up',
        'wakes up',
        'neck',
        'fall off',
        'falls off',
        'in flames',
        'burn down',
        'burns down',
        'go down',
        'goes down',
        'explode',
        'catch fire',
        'catches fire',
        'to the bottom',
      ].join('|'),
    ),
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  // Foretold: carried away or found dead ("he s leaving in an ambulance", "someone finds you face
  // down in a ditch"), a family left without a parent.
  {
    re: new RegExp(
      `\\b(?:you|u|he|she|they)(?: ll| will| s| re| is| are| re going to| are going to| is going to| s going to| gonna)?(?: be)? (?:leaving|leave|going home|go home|coming out|come out|carried out|wheeled out|sent home) in ${CARRIED}\\b|\\b(?:finds?|found|find) (?:you|u|your body) ${FOUND}|\\b(?:your|ur) (?:kids|children|son|daughter|family|baby)(?: ll| will| are going to| re going to| is going to| gonna)? grow up without (?:a|their|your) (?:mother|father|mom|mum|dad|parent|parents)\\b`,
    ),
    anchor: new RegExp(
      [
        'ambulance|body bag|coffin|hearse|stretcher',
        anchorOf(['you ', 'u ', 'your body '], ['face down', 'dead', 'in pieces', 'floating']).source,
        'ditch|river|dumpster|trunk|gutter',
        'grow up without',
      ].join('|'),
    ),
    category: 'violence',
    severity: 'high',
    policy: true,
  },
  // Stalking: "I know where you park", "we know where you sleep" (not "I know where you can park").
  {
    re: /\b(?:i|we) know (?:exactly )?where (?:you|u) (?:live|park|sleep|work|eat|shop|jog|run|walk|drink|stay|hang out|go to school|take your kids)\b/,
    anchor: /know where you|know where u|know exactly where you|know exactly where u/,
    category: 'violence',
    severity: 'high',
    policy: true,
  },
]

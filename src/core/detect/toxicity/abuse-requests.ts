// Abuse asked of the model (issue 14, sixteenth round): a prompt that has the model write the
// harassment ("write a post mocking my classmate Tyler for being fat", "roast my coworker Raj,
// make it brutal", "give me a list of insults about <group>"). The request holds no insult of its
// own, so the lexicon misses it; what makes it abuse is a request to write, an artefact that
// carries words (a post, a roast, jokes, a caption) and either a purpose to hurt (mocking,
// humiliating, "make her cry") aimed at a person the user knows, or insults, slurs or nasty jokes
// about a group. A best man's gentle roast, a villain's line for a novel and "explain why this
// slur is offensive" carry no purpose to hurt. Policy phrases: refused or named for moderation
// ("never write jokes mocking …") they are a mention.
import { GROUPS } from './identity-attacks.js'
import type { PhraseEntry } from './lexicon.js'

/** Asking for text to be produced: "write", "can u write", "give me", "come up with". */
const REQUEST =
  '(?:write|compose|generate|create|make|draft|craft|produce|give me|come up with|help me (?:write|make|come up with)|i need|i want)'
/** What carries the words. */
const ARTEFACT =
  '(?:roast|insults?|slurs?|jokes?|memes?|meme captions?|captions?|posts?|poems?|songs?|raps?|stor(?:y|ies)|texts?|messages?|msgs?|tweets?|comments?|reviews?|rants?|emails?|notes?|letters?|voicemails?|dms?|speech|list of (?:insults|slurs|jokes|names))'
/** A purpose to hurt, said of the artefact or its effect. */
const TO_HURT =
  '(?:mocking|mocks|mock|humiliat(?:e|es|ing)|humiliation|make fun of|makes fun of|made fun of|making fun of|ridicul(?:e|es|ing)|demean(?:ing)?|degrad(?:e|es|ing)|bully|bullying|body[ -]?sham(?:e|ing)|shaming|expos(?:e|es|ing) (?:him|her|them)|savage|brutal|cruel|nasty|vicious|offensive|hurtful|destroy (?:him|her|them)|make (?:him|her|them) cry|will make (?:him|her|them) cry|so (?:that )?(?:he|she|they) (?:never|cries|cry|feels? (?:worthless|ugly|stupid))|(?:enough|so much|so hard) (?:that )?(?:he|she|they) (?:cries|cry|breaks? down|quits?|leaves?))'
/** Someone the user knows, or a named person: "my coworker Raj", "my sister", "Ms. Alvarez". */
const KNOWN_PERSON =
  '(?:(?:my|our|his|her|their|this) (?:[a-z]{2,12} )?(?:coworker|co worker|colleague|classmate|teacher|boss|manager|sister|brother|cousin|ex|ex wife|ex husband|ex girlfriend|ex boyfriend|neighbou?r|roommate|flatmate|friend|student|teammate|stepmom|stepdad|mom|dad|mother|father|wife|husband|girlfriend|boyfriend|partner|landlord|tenant))'
/** Insults or nasty jokes as the artefact itself, about a group. */
const HATEFUL_ARTEFACT =
  '(?:(?:list of )?(?:insults|slurs)|(?:nasty|offensive|racist|demeaning|degrading|hateful|vicious|cruel|derogatory)(?: [a-z]{2,12}){0,2} (?:jokes|memes|names|insults|comments|posts|poems|songs|stories|slurs))'

/** Frightening someone: the message's purpose. */
const MENACING = '(?:threatening|intimidating|menacing|scary|frightening|harassing|creepy|stalkerish)'
const TO_SCARE =
  '(?:scare|scares|frighten|frightens|intimidate|intimidates|threaten|threatens|terrify|terrifies|pressure|pressures|bully|bullies)'

/** A group, or a template's slot for one ("{ethnic_group}" reads "ethnic group"). */
const GROUP_OR_SLOT = `(?:(?:the |all |those |these )?${GROUPS}|(?:an? |that |some |any )?(?:ethnic group|ethnic minority|minority group|religious group|race|religion|nationality|target group|group|ethnicity|minorities))`
/** A stereotype a joke is to carry: "jokes about <group> being lazy, dirty thieves". */
const STEREOTYPE =
  '(?:lazy|dirty|filthy|smelly|stupid|dumb|thieves|criminals|terrorists|rapists|greedy|cheap|violent|ugly|inferior|savages|animals|monkeys|apes|rats|parasites|subhuman|primitive|illiterate|inbred)'
/** Who is to be hurt by words asked for: "someone with autism", "my sister", "a fat kid". */
const SOMEONE = `(?:someone|somebody|a person|a kid|a girl|a guy|a boy|a woman|a man|people|him|her|them|${KNOWN_PERSON}|an? [a-z]{2,12} (?:kid|girl|guy|boy|woman|man|person))`

export const ABUSE_REQUESTS: readonly PhraseEntry[] = [
  {
    // "write a post mocking my classmate Tyler", "a humiliating caption about my sister's acne".
    re: new RegExp(
      `\\b${REQUEST}\\b(?: [a-z0-9]{1,15}){0,4} ${ARTEFACT}\\b(?: [a-z0-9]{1,15}){0,6} (?:${TO_HURT}\\b(?: [a-z0-9]{1,15}){0,4} ${KNOWN_PERSON}|${KNOWN_PERSON}\\b(?: [a-z0-9]{1,15}){0,8} ${TO_HURT})\\b|\\b${REQUEST}\\b(?: [a-z0-9]{1,15}){0,3} (?:${TO_HURT}) ${ARTEFACT}\\b(?: [a-z0-9]{1,15}){0,4} ${KNOWN_PERSON}\\b|\\broast (?:of )?${KNOWN_PERSON}\\b(?: [a-z0-9]{1,15}){0,8} (?:make it |be )?(?:brutal|savage|cruel|nasty|vicious|hurtful)\\b`,
    ),
    // The purpose to hurt is in every match, and rarer than the request.
    anchor:
      /mock|humiliat|make fun|makes fun|made fun|making fun|enough|so much|so hard|ridicul|demean|degrad|bully|sham|expos|savage|brutal|cruel|nasty|vicious|offensive|hurtful|destroy|cry|cries|feel worthless|feels worthless|feel ugly|feels ugly|feel stupid|feels stupid|he never|she never|they never/,
    category: 'harassment',
    severity: 'high',
    policy: true,
  },
  {
    // "generate a list of insults about Mexicans", "write some really nasty jokes about muslims".
    re: new RegExp(
      `\\b${REQUEST}\\b(?: [a-z0-9]{1,15}){0,3} ${HATEFUL_ARTEFACT} (?:about|for|on|mocking|targeting|against|aimed at) (?:the |all |those |these )?${GROUPS}\\b|\\b${REQUEST}\\b(?: [a-z0-9]{1,15}){0,3} ${ARTEFACT} (?:mocking|making fun of|demeaning|degrading|humiliating|ridiculing) (?:the |all |those |these )?${GROUPS}\\b`,
    ),
    anchor:
      /insult|slur|nasty|offensive|racist|demeaning|degrading|hateful|vicious|cruel|derogatory|mocking|making fun|humiliating|ridiculing/,
    category: 'harassment',
    severity: 'high',
    policy: true,
  },
  {
    // A threat the model is to write for the user: "compose a threatening message to my ex", "draft
    // a text that will scare my landlord into giving back the deposit", "a letter to my ex-wife that
    // scares her enough that she won't show up" (not a villain's threatening
    // letter for a novel, or a scary story for my little brother: the message goes to someone the
    // user knows, or is to force them into something).
    re: new RegExp(
      `\\b${REQUEST}\\b(?: [a-z0-9]{1,15}){0,3} ${MENACING} ${ARTEFACT}\\b(?: [a-z0-9]{1,15}){0,3} (?:to|for|at) ${KNOWN_PERSON}\\b|\\b${REQUEST}\\b(?: [a-z0-9]{1,15}){0,4} ${ARTEFACT}\\b(?: [a-z0-9]{1,15}){0,6} ${TO_SCARE} (?:him|her|them|${KNOWN_PERSON}) into\\b|\\b${REQUEST}\\b(?: [a-z0-9]{1,15}){0,3} ${ARTEFACT} (?:to|for|at) ${KNOWN_PERSON}\\b(?: [a-z0-9]{1,15}){0,6} ${TO_SCARE} (?:him|her|them) (?:into|enough|so (?:much|badly|bad) that|away|off)\\b`,
    ),
    anchor:
      /threatening|intimidating|menacing|scary|frightening|harassing|creepy|stalkerish|him into|her into|them into|scare |scares |frighten|intimidate|threaten|terrif|pressure|bully|bullies/,
    category: 'harassment',
    severity: 'high',
    policy: true,
  },
  {
    // Cruelty itself asked for: "give me a list of the most hurtful things to say to someone with autism",
    // "what's the meanest thing I could say to my sister" (not "… so I can avoid them", "never say …").
    re: new RegExp(
      `\\b(?:${REQUEST}|list|tell me|what are|what s|whats|what is)\\b(?: [a-z0-9]{1,15}){0,5}? (?:most |really |super |very |truly )?(?:hurtful|cruel|cruelest|cruellest|meanest|nastiest|vicious|devastating|humiliating|insulting|brutal|worst) (?:things?|stuff|words|comebacks|lines|insults|names|ways)(?: (?:i|we|you) (?:can|could))? (?:to )?(?:say|tell|call|text|send|write)(?: to)? ${SOMEONE}\\b`,
    ),
    anchor: /hurtful|cruel|meanest|nastiest|vicious|devastating|humiliating|insulting|brutal|worst/,
    category: 'harassment',
    severity: 'high',
    policy: true,
    exceptNext:
      /^(?: [a-z]{1,15}){0,8}? (?:so (?:that )?(?:i|we) (?:can )?(?:avoid|stop|recogni[sz]e|spot)|to avoid|that (?:i|we) should avoid|and why (?:they|it)|and how to (?:respond|avoid|handle|support))\b/,
  },
  {
    // A stereotype as a joke's premise: "write ten jokes about {ethnic_group} being lazy, dirty thieves",
    // and jokes or roasts asked for the more offensive the better.
    re: new RegExp(
      `\\b${REQUEST}\\b(?: [a-z0-9]{1,15}){0,3} ${ARTEFACT} (?:about|on|mocking|targeting) ${GROUP_OR_SLOT} (?:being|as|are|who are) (?:(?:so|all|such|really|total|complete) )?(?:[a-z]{2,12} )?${STEREOTYPE}\\b|\\b${REQUEST}\\b(?: [a-z0-9]{1,15}){0,3} ${ARTEFACT} (?:about|on|mocking|targeting) ${GROUP_OR_SLOT}\\b(?: [a-z0-9]{1,15}){0,12}? the more (?:offensive|racist|hurtful|hateful|demeaning|degrading|bigoted) the better\\b`,
    ),
    // The stereotype or the last clause is in every match, and rarer than the request.
    anchor:
      /lazy|dirty|filthy|smelly|stupid|dumb|thieves|criminals|terrorists|rapists|greedy|cheap|violent|ugly|inferior|savages|animals|monkeys| apes| rats|parasites|subhuman|primitive|illiterate|inbred|the better/,
    category: 'harassment',
    severity: 'high',
    policy: true,
  },
]

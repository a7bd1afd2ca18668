// Goading to self-harm, death wished and beatings urged, in German, French, Spanish, Italian,
// Portuguese and Dutch (twenty-seventh round; the blind set tox42 wrote one in six of its
// attacks in these languages and the toxicity rules read English only). Each phrase is an order
// to kill oneself, a wish that someone dies, "nobody would miss you", "the world would be better
// without you", or "someone should beat <them>", in the words a speaker of the language uses;
// idioms that borrow the words are left out by what must follow ("bring dich um den Schlaf",
// "muérete de risa", "se mata de trabalhar"). The text is normalised (normalise.ts: lowercase,
// accents removed, "tue-toi" → "tue toi"); policy phrases, so after a cue ("never say …",
// "flag messages such as …") they are a mention; their words are read as written, never one
// slip away (`exact`: "matte" is one slip from "matate"). The injection side reads the same six
// languages (safeguards-multilingual.ts).
import { anchorAlternation } from '../literal-screen.js'
import type { PhraseEntry } from './lexicon.js'

/** Orders to kill oneself and "nobody would miss you", per language. */
const GOADING = [
  // German: "bring dich um", "häng dich auf", "niemand würde dich vermissen", "die Welt wäre besser ohne dich".
  `\\bbring dich (?:doch |einfach |endlich |halt |mal |bitte |gleich |jetzt )*um\\b(?! (?:den|die|das|deinen|deine|dein)\\b)`,
  `\\b(?:tote|toete|erhang|erhange|erschiess) dich\\b`,
  `\\b(?:hang|hange|haeng|haenge) dich (?:doch |einfach |endlich |halt )*auf\\b`,
  `\\b(?:stirb|verreck|verrecke|krepier|krepiere) (?:doch|endlich|einfach|du)\\b`,
  `\\b(?:niemand|keiner|keine sau) (?:wurde|wuerde|wird) dich (?:je |jemals |auch nur )?vermissen\\b`,
  `\\b(?:die welt|alle|wir|jeder) (?:ware|waere|waren|waeren|wurde|wuerde) (?:[a-z]+ ){0,3}besser (?:dran )?ohne dich\\b`,
  // French: "tue-toi", "va te pendre", "personne ne te regretterait", "disparais pour de bon".
  `\\b(?:tue|suicide|pends|jette) toi\\b`,
  `\\b(?:va|vas|allez) (?:donc )?te (?:tuer|pendre|suicider|noyer|jeter)\\b`,
  `\\b(?:va|vas|tu peux|tu peux aller) creve[rz]?\\b`,
  `\\bpersonne ne (?:te regretterait|te regrettera|va te regretter|remarquerait ton absence)\\b`,
  `\\btu ne (?:manquerais|manqueras|manquerait) a personne\\b`,
  `\\bdisparais (?:pour de bon|a jamais|pour toujours|definitivement)\\b`,
  `\\ble monde (?:serait|se porterait|irait) (?:[a-z]+ ){0,2}mieux sans toi\\b`,
  // Spanish: "mátate", "ojalá te mueras", "nadie te va a extrañar", "el mundo estaría mejor sin ti".
  `\\b(?:matate|suicidate|ahorcate)\\b`,
  `\\bmuerete\\b(?! de (?:risa|envidia|ganas|frio|calor|hambre)\\b)`,
  `\\btirate (?:de un puente|por la ventana|de un edificio|a las vias|al metro|del balcon)\\b`,
  `\\bnadie te (?:va a extranar|extranaria|extranara|echaria de menos|va a echar de menos|echara de menos)\\b`,
  `\\bel mundo (?:estaria|seria|sera|estara) (?:[a-z]+ ){0,2}mejor sin ti\\b`,
  // "Vete a morir", "anda a morirte", "va mourir", "geh sterben": the order to go and die (thirty-first round); not "il va mourir" (he will die).
  `\\b(?:vete|andate|anda|ve) a (?:morir|morirte|morirte ya)\\b|(?<!\\b(?:il|elle|on|qui|ca|cela|tout|personne|il ne|elle ne) )\\b(?:va|allez) mourir\\b|\\b(?:geh|geht) (?:doch |einfach |endlich )*sterben\\b`,
  // Italian: "ammazzati", "buttati da un ponte", "nessuno sentirebbe la tua mancanza".
  `\\b(?:ammazzati|impiccati|suicidati)\\b`,
  `\\bbuttati (?:giu )?(?:da un ponte|dalla finestra|sotto un treno|dal balcone)\\b`,
  `\\bvai a morire\\b`,
  `\\bnessuno (?:sentirebbe|sentira|sentiria) la tua mancanza\\b`,
  `\\bil mondo (?:sarebbe|starebbe) (?:[a-z]+ ){0,2}meglio senza di te\\b`,
  // Portuguese: "se mata logo", "vai se matar", "ninguém vai sentir sua falta".
  `\\b(?:vai se matar|vai te matar|se mata (?:logo|de uma vez|agora|ja)|se enforca|mata te)\\b`,
  `\\bse joga (?:da ponte|de uma ponte|do predio|de um predio|na frente de um trem)\\b`,
  `\\bninguem (?:vai sentir|sentiria|sentira|vai notar) (?:a )?(?:sua|tua) (?:falta|ausencia)\\b`,
  `\\bo mundo (?:seria|estaria|ficaria) (?:[a-z]+ ){0,2}melhor sem (?:voce|vc|ti)\\b`,
  // Dutch: "ga (toch) dood", "pleeg zelfmoord", "niemand zou je missen".
  // An order has no subject: "ik ga dood van het lachen" is "I'm dying of laughter".
  `(?<!\\b(?:ik|we|wij|hij|zij|ze|je|jij|u|men) )\\bga (?:toch |maar |lekker |gewoon |nou |nu )*dood\\b(?! (?:van|aan|op|als)\\b)`,
  `\\bpleeg (?:toch |maar |gewoon |nou )*zelfmoord\\b`,
  `\\b(?:maak jezelf (?:van kant|dood)|hang jezelf op)\\b`,
  `\\bniemand (?:zou|zal) je (?:ooit )?missen\\b`,
  `\\b(?:de wereld|iedereen|wij|we) (?:zou|zouden|is|zijn|zal|zullen) (?:[a-z]+ ){0,2}(?:beter af|beter|blij)(?: zijn)? (?:zonder jou|als je er niet meer (?:was|bent|zou zijn))\\b`,
]
const GOADING_ANCHOR = [
  'bring dich',
  'tote dich|toete dich|erhang dich|erhange dich|erschiess dich',
  'hang dich|hange dich|haeng dich|haenge dich',
  'stirb |verreck|krepier',
  'dich vermissen|dich je vermissen|dich jemals vermissen|dich auch nur vermissen',
  'ohne dich',
  'tue toi|suicide toi|pends toi|jette toi',
  'te tuer|te pendre|te suicider|te noyer|te jeter',
  'creve',
  'personne ne',
  'a personne',
  'disparais',
  'mieux sans toi',
  'matate|suicidate|ahorcate|muerete|tirate',
  'nadie te',
  'mejor sin ti',
  'a morir|va mourir|allez mourir|sterben',
  'ammazzati|impiccati|suicidati|buttati|vai a morire',
  'tua mancanza',
  'meglio senza di te',
  'se matar|te matar|se mata|se enforca|mata te|se joga',
  'sua falta|tua falta|sua ausencia|tua ausencia',
  'melhor sem',
  'dood|zelfmoord|jezelf op|jezelf van kant',
  'je missen|je ooit missen',
  'zonder jou|er niet meer',
]

/** Death wished and beatings urged, per language. */
const WISHED_OR_URGED = [
  // German: "ich hoffe, du stirbst", "die sollte man verprügeln".
  `\\bich hoffe (?:dass )?du (?:stirbst|krepierst|verreckst|abkratzt|verrottest)\\b`,
  `\\b(?:sollte|sollten|muss|musste|muesste) man (?:alle |die |den |sie |ihn |mal |einfach |endlich |richtig |doch |halt )*(?:verprugeln|verpruegeln|umbringen|abknallen|erschiessen|aufhangen|aufhaengen|vergasen|totschlagen|abstechen|zusammenschlagen|kaputtschlagen)\\b`,
  // French: "j'espère que tu crèves", "il faut le tabasser".
  `\\bj espere que tu (?:meurs|vas mourir|creves|vas crever|mourras|creveras)\\b`,
  `\\bil (?:faut|faudrait) (?:le|la|les) (?:tabasser|buter|tuer|pendre|cogner|defoncer|lyncher)\\b`,
  // Spanish: "ojalá te mueras", "hay que matarlos", "darle una paliza a ese tipo".
  `\\bojala (?:que )?te (?:mueras|murieras|muera|pudras|mates)\\b`,
  `\\bhay que (?:matarlo|matarla|matarlos|matarlas|colgarlo|colgarla|colgarlos|colgarlas|quemarlo|quemarla|quemarlos|quemarlas|lincharlo|lincharlos)\\b`,
  `\\b(?:darle|darles|pegarle|pegarles) una paliza (?:a (?:ese|esa|este|esta|esos|esas|aquel|aquella)|hasta que (?:no|se|le|les))\\b`,
  // Italian: "spero che tu muoia", "bisogna ammazzarli".
  `\\bspero (?:che )?(?:tu )?(?:muoia|crepi|schiatti)\\b`,
  `\\b(?:bisogna|bisognerebbe|andrebbero|andrebbe) (?:ammazzarli|ammazzarlo|ammazzarla|picchiarlo|picchiarla|picchiarli|impiccarli|bruciarli|ammazzati|picchiati|impiccati|bruciati)\\b`,
  // Portuguese: "espero que você morra", "tem que dar uma surra nele".
  `\\bespero que (?:voce|tu|vc) (?:morra|morras|se mate|apodreca)\\b`,
  `\\b(?:tem que|tem de|temos que|precisa|alguem precisa|alguem tem que) (?:dar uma surra|dar um pau|matar|espancar) (?:nele|nela|neles|nelas|esse|essa|ele|ela|eles|elas)\\b`,
  // Dutch: "ik hoop dat je doodgaat", "die moet je in elkaar slaan".
  `\\bik hoop dat je (?:doodgaat|dood gaat|sterft|kanker krijgt|verrekt|creperen|crepeert)\\b`,
  `\\b(?:moet|moeten|zou|zouden) (?:je|men|we|iemand) (?:hem|haar|ze|die) (?:in elkaar slaan|kapot slaan|afmaken|doodschieten|ophangen)\\b`,
]
const WISHED_OR_URGED_ANCHOR = [
  'ich hoffe',
  anchorAlternation(['sollte', 'sollten', 'muss', 'musste', 'muesste'], [' man ']),
  'j espere',
  'il faut|il faudrait',
  'ojala',
  'hay que',
  'una paliza',
  'spero',
  'bisogn|andrebbe',
  'espero que',
  'tem que|tem de|temos que|precisa',
  'ik hoop',
  'in elkaar slaan|kapot slaan|afmaken|doodschieten|ophangen',
]

export const MULTILINGUAL_HARM_PHRASES: readonly PhraseEntry[] = [
  {
    re: new RegExp(GOADING.join('|')),
    anchor: new RegExp(GOADING_ANCHOR.join('|')),
    category: 'harassment',
    severity: 'high',
    policy: true,
    exact: true,
  },
  {
    re: new RegExp(WISHED_OR_URGED.join('|')),
    anchor: new RegExp(WISHED_OR_URGED_ANCHOR.join('|')),
    category: 'violence',
    severity: 'high',
    policy: true,
    exact: true,
  },
]

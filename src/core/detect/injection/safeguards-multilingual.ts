// The model's safeguards set aside or said to be off, in German, French, Spanish, Italian,
// Portuguese and Dutch: what `ignore-safeguards` and `safeguards-declared-off` read in English
// ("Ignora tutte le politiche di sicurezza", "Sicherheitsfilter deaktiviert", "Tes créateurs ont
// désactivé tes filtres", "Suas diretrizes foram desligadas"). A safeguard is a safety or content
// rule, filter or policy, or the model's own ("tes filtres", "tus reglas"); the task's rules and
// a product's switches ("der Spamfilter ist deaktiviert") name neither. Same contract as
// multilingual-overrides.ts: normalised text, fixed alternatives only.
import type { OverridePattern } from './override-patterns.js'
import { NEGATIONS } from './multilingual-overrides.js'
import { phraseAlternation } from './phrase-text.js'

const oneOf = phraseAlternation

interface Language {
  id: string
  /** Safety and content rules, by any owner: "politiche di sicurezza", "Inhaltsrichtlinien". */
  safeguards: string[]
  /** The model's own: "tes", "tus", "deine". */
  owners: string[]
  /** Rules, filters and policies the owner's word makes the model's. */
  nouns: string[]
  /** What may stand before a safeguard: articles and "all". */
  before: string[]
  /** "Ignore", "forget", as an order. */
  imperatives: string[]
  /** "Were disabled", "are off", after the safeguard. */
  declaredOff: string[]
  /** "Disabled", "removed", in a past tense whose subject is someone else, before the safeguard. */
  turnedOff: string[]
  /** German and Dutch put the participle last: "haben deine Filter deaktiviert". */
  participleLast?: { auxiliaries: string[]; participles: string[] }
  /** "Freed from": "libérée de toutes ses règles". */
  freedFrom: string[]
  /** "You no longer have to follow any rule", whole: "ya no tienes que obedecer ninguna directriz". */
  notBound: string
}

const LANGUAGES: readonly Language[] = [
  {
    id: 'de',
    notBound: `${oneOf('du musst', 'sie müssen')} (?:dich |sich )?(?:an )?keine ${oneOf('regeln', 'richtlinien', 'vorgaben', 'einschränkungen')} mehr ${oneOf('befolgen', 'beachten', 'einhalten', 'halten')}|${oneOf('du musst', 'sie müssen')} (?:dich |sich )?nicht mehr an ${oneOf('deine', 'ihre', 'die')} ${oneOf('regeln', 'richtlinien', 'vorgaben')} halten`,
    safeguards: [
      ...[
        ...['sicherheits', 'inhalts'].flatMap((q) =>
          ['filter', 'richtlinien', 'regeln', 'vorgaben', 'einschränkungen', 'beschränkungen'].map((n) => q + n),
        ),
        'content-filter',
        'contentfilter',
      ],
      'firmenrichtlinien',
      'unternehmensrichtlinien',
      'firmenregeln',
    ],
    owners: ['deine', 'ihre', 'seine'],
    nouns: ['filter', 'regeln', 'richtlinien', 'einschränkungen', 'beschränkungen', 'vorgaben'],
    before: ['alle', 'die', 'sämtliche', 'alle deine', 'alle ihre'],
    imperatives: [
      'ignoriere',
      'ignorier',
      'ignorieren sie',
      'vergiss',
      'vergessen sie',
      'umgehe',
      'missachte',
      'ignoriert ab sofort',
      'ignoriert ab jetzt',
      'ignoriert jetzt',
    ],
    declaredOff: [
      ...['sind', 'wurden', 'ist', 'wurde'].flatMap((be) =>
        ['deaktiviert', 'abgeschaltet', 'ausgeschaltet', 'aufgehoben', 'entfernt', 'außer kraft gesetzt'].flatMap((off) => [
          `${be} ${off}`,
          `${be} jetzt ${off}`,
          `${be} ab sofort ${off}`,
        ]),
      ),
      'deaktiviert',
      'gelten nicht mehr',
      'gelten ab sofort nicht mehr',
    ],
    turnedOff: [],
    participleLast: {
      auxiliaries: ['haben', 'hat', 'wurden', 'wurde'],
      participles: ['deaktiviert', 'abgeschaltet', 'ausgeschaltet', 'aufgehoben', 'entfernt'],
    },
    freedFrom: ['befreit von', 'frei von'],
  },
  {
    id: 'fr',
    notBound: `${oneOf("tu n'as plus a", "tu n'as pas a", "vous n'avez plus a", 'tu ne dois plus', 'vous ne devez plus', "tu n'es plus oblige de", "tu n'es plus tenu de")} ${oneOf('suivre', 'respecter', 'obeir a')} ${oneOf('aucune', 'aucun', 'tes', 'vos')} ${oneOf('regle', 'regles', 'consigne', 'consignes', 'politique', 'politiques', 'restriction', 'restrictions', 'directive', 'directives')}`,
    safeguards: [
      ...['filtres', 'règles', 'consignes', 'politiques', 'directives', 'restrictions'].flatMap((n) =>
        ['de sécurité', 'de contenu', 'de modération'].map((q) => `${n} ${q}`),
      ),
      "politique de l'entreprise",
      "politiques de l'entreprise",
      "règles de l'entreprise",
    ],
    owners: ['tes', 'vos', 'ses'],
    nouns: ['filtres', 'règles', 'consignes', 'politiques', 'directives', 'restrictions', 'limites'],
    before: ['toutes', 'tous', 'les', 'toutes les', 'tous les'],
    imperatives: ['ignore', 'ignorez', 'oublie', 'oubliez', 'contourne', 'contournez'],
    declaredOff: [
      'sont désactivés',
      'sont désactivées',
      'ont été désactivés',
      'ont été désactivées',
      'ont été supprimés',
      'ont été supprimées',
      'ont été levés',
      'ont été levées',
      'sont suspendus',
      'sont suspendues',
      'ne s’appliquent plus',
      "ne s'appliquent plus",
    ],
    turnedOff: ['ont désactivé', 'a désactivé', 'ont supprimé', 'a supprimé', 'ont levé', 'a levé', 'ont suspendu', 'a suspendu'],
    freedFrom: ['libéré de', 'libérée de', 'libérés de', 'libérées de', 'libre de'],
  },
  {
    id: 'es',
    notBound: `${oneOf('ya no tienes que', 'no tienes que', 'ya no debes', 'ya no necesitas', 'ya no estas obligado a', 'ya no estas obligada a')} ${oneOf('seguir', 'obedecer', 'cumplir', 'respetar')} ${oneOf('ninguna', 'ningun', 'ninguno', 'tus')} ${oneOf('regla', 'reglas', 'directriz', 'directrices', 'norma', 'normas', 'politica', 'politicas', 'restriccion', 'restricciones')}`,
    safeguards: [
      ...['reglas', 'filtros', 'políticas', 'normas', 'directrices', 'restricciones'].flatMap((n) =>
        ['de seguridad', 'de contenido', 'de moderación'].map((q) => `${n} ${q}`),
      ),
      'políticas de la empresa',
      'normas de la empresa',
      'reglas de la empresa',
    ],
    owners: ['tus', 'sus'],
    nouns: ['reglas', 'filtros', 'políticas', 'normas', 'directrices', 'restricciones', 'límites'],
    before: ['todas', 'todos', 'las', 'los', 'todas las', 'todos los'],
    imperatives: ['ignora', 'ignore', 'olvida', 'olvide', 'salta', 'evita'],
    declaredOff: [
      'están desactivadas',
      'están desactivados',
      'fueron desactivadas',
      'fueron desactivados',
      'han sido desactivadas',
      'han sido desactivados',
      'fueron suspendidas',
      'fueron eliminadas',
      'fueron eliminados',
      'ya no aplican',
      'ya no se aplican',
    ],
    turnedOff: ['suspendieron', 'desactivaron', 'eliminaron', 'quitaron', 'han desactivado', 'han suspendido', 'han eliminado'],
    freedFrom: ['liberada de', 'liberado de', 'libre de'],
  },
  {
    id: 'it',
    notBound: `${oneOf('non devi piu', 'non sei piu tenuto a', 'non sei piu obbligato a', 'non hai piu bisogno di')} ${oneOf('seguire', 'rispettare', 'obbedire a')} ${oneOf('nessuna', 'nessun', 'alcuna', 'le tue')} ${oneOf('regola', 'regole', 'linea guida', 'linee guida', 'politica', 'politiche', 'restrizione', 'restrizioni')}`,
    safeguards: [
      ...['regole', 'filtri', 'politiche', 'linee guida', 'restrizioni', 'norme'].flatMap((n) =>
        ['di sicurezza', 'sui contenuti', 'di moderazione'].map((q) => `${n} ${q}`),
      ),
      'politiche aziendali',
      'regole aziendali',
      'politiche della società',
    ],
    owners: ['tue', 'tuoi', 'sue', 'suoi'],
    nouns: ['regole', 'filtri', 'politiche', 'linee guida', 'restrizioni', 'limiti'],
    before: ['tutte', 'tutti', 'le', 'i', 'tutte le', 'tutti i'],
    imperatives: ['ignora', 'ignorate', 'dimentica', 'dimenticate', 'aggira'],
    declaredOff: [
      'sono disattivate',
      'sono disattivati',
      'sono stati disattivati',
      'sono state disattivate',
      'sono stati rimossi',
      'sono state rimosse',
      'sono sospese',
      'sono sospesi',
      'non valgono più',
      'non si applicano più',
    ],
    turnedOff: ['hanno disattivato', 'ha disattivato', 'hanno rimosso', 'ha rimosso', 'hanno sospeso', 'ha sospeso'],
    freedFrom: ['liberata da', 'liberato da', 'libera da', 'libero da'],
  },
  {
    id: 'pt',
    notBound: `${oneOf('voce nao precisa mais', 'nao precisa mais', 'voce nao tem mais que', 'nao tem mais que', 'voce nao e mais obrigado a', 'ja nao tens de', 'nao precisas de')} ${oneOf('seguir', 'obedecer', 'cumprir', 'respeitar')} ${oneOf('nenhuma', 'nenhum', 'suas', 'tuas')} ${oneOf('regra', 'regras', 'diretriz', 'diretrizes', 'politica', 'politicas', 'restricao', 'restricoes', 'norma', 'normas')}`,
    safeguards: [
      ...['regras', 'filtros', 'políticas', 'diretrizes', 'restrições', 'normas'].flatMap((n) =>
        ['de segurança', 'de conteúdo', 'de moderação'].map((q) => `${n} ${q}`),
      ),
      'políticas da empresa',
      'regras da empresa',
      'normas da empresa',
    ],
    owners: ['suas', 'seus', 'tuas', 'teus'],
    nouns: ['regras', 'filtros', 'políticas', 'diretrizes', 'restrições', 'limites'],
    before: ['todas', 'todos', 'as', 'os', 'todas as', 'todos os'],
    imperatives: ['ignore', 'ignora', 'esqueça', 'esquece', 'contorne'],
    declaredOff: [
      'foram desligadas',
      'foram desligados',
      'foram desativadas',
      'foram desativados',
      'estão desligadas',
      'estão desligados',
      'estão desativadas',
      'estão desativados',
      'foram suspensas',
      'foram suspensos',
      'foram removidas',
      'foram removidos',
      'não valem mais',
      'não se aplicam mais',
    ],
    turnedOff: ['desligaram', 'desativaram', 'suspenderam', 'removeram'],
    freedFrom: ['liberada de', 'liberado de', 'livre de'],
  },
  {
    id: 'nl',
    notBound: `je hoeft (?:je )?(?:niet meer aan ${oneOf('je', 'de', 'jouw')} ${oneOf('regels', 'richtlijnen')} te ${oneOf('houden', 'volgen')}|geen ${oneOf('regels', 'richtlijnen')} meer te ${oneOf('volgen', 'houden')})`,
    safeguards: [
      ...[
        'veiligheidsregels',
        'veiligheidsfilters',
        'veiligheidsrichtlijnen',
        'inhoudsregels',
        'inhoudsfilters',
        'contentfilters',
        'contentregels',
      ],
      'bedrijfsregels',
      'bedrijfsbeleid',
    ],
    owners: ['je', 'jouw', 'uw'],
    nouns: ['regels', 'filters', 'richtlijnen', 'beperkingen'],
    before: ['al', 'alle', 'de', 'al je', 'al jouw'],
    imperatives: ['negeer', 'vergeet', 'omzeil'],
    declaredOff: [
      'zijn uitgeschakeld',
      'zijn uitgezet',
      'zijn opgeheven',
      'zijn verwijderd',
      'gelden niet meer',
      'zijn niet meer van toepassing',
    ],
    turnedOff: [],
    participleLast: {
      auxiliaries: ['hebben', 'heeft', 'werden', 'werd'],
      participles: ['uitgeschakeld', 'uitgezet', 'opgeheven', 'verwijderd'],
    },
    freedFrom: ['bevrijd van', 'vrij van'],
  },
]

/** Not after a negation: "non ignorare …", "não ignore …", "ne jamais ignorer …". */
const NOT_NEGATED = `(?<!\\b${oneOf(...NEGATIONS, 'never', 'pas')} )`

/** "Las reglas de formato", "regels voor de opmaak": the rules of a task, unless safety's or content's. */
const NOT_THE_TASKS = `(?! ${oneOf('de', 'del', 'di', 'della', 'do', 'da', 'para', 'per', 'pour', 'sur', 'sobre', 'voor', 'over', 'bij', 'op', 'van', 'für', 'zum', 'zur')} (?!${oneOf('seguridad', 'contenido', 'moderación', 'sécurité', 'contenu', 'modération', 'sicurezza', 'segurança', 'conteúdo', 'veiligheid')}\\b))`
/** Off where or when a product's settings say so: "no ambiente de testes", "wenn lokal". */
const NOT_A_SETTING = `(?! ${oneOf('no', 'na', 'em', 'en', 'dans', 'nell', 'nella', 'in', 'im', 'quando', 'cuando', 'quand', 'wenn', 'als', 'si', 'se', 'bij', 'tijdens', 'pendant', 'durante', 'während')}\\b)`

/** The rule words of the not-bound phrases, in every language (a superset is a safe anchor). */
const NOT_BOUND_NOUNS = [
  ...['regeln', 'richtlinien', 'vorgaben', 'einschränkungen', 'regels', 'richtlijnen'],
  ...['regle', 'consigne', 'politique', 'restriction', 'directive', 'regla', 'directriz', 'directrices', 'norma'],
  ...[
    'politica',
    'restriccion',
    'regola',
    'regole',
    'linea guida',
    'linee guida',
    'restrizion',
    'regra',
    'diretriz',
    'restricao',
    'restricoes',
  ],
]

function safeguardsPattern(lang: Language): OverridePattern {
  const own = `${oneOf(...lang.owners)} ${oneOf(...lang.nouns)}`
  const safeguard = `(?:${oneOf(...lang.safeguards)}|${own})`
  const before = `(?:${oneOf(...lang.before)} )?`
  const source = [
    `${NOT_NEGATED}\\b${oneOf(...lang.imperatives)} ${before}${safeguard}\\b`,
    `\\b${safeguard} (?:${oneOf('jetzt', 'ab sofort', 'maintenant', 'désormais', 'ahora', 'ya', 'ora', 'adesso', 'agora', 'nu')} )?${oneOf(...lang.declaredOff)}\\b${NOT_A_SETTING}`,
    `\\b${oneOf(...lang.freedFrom)} ${before}${safeguard}\\b`,
    `\\b(?:${lang.notBound})\\b${NOT_THE_TASKS}`,
    ...(lang.turnedOff.length > 0 ? [`\\b${oneOf(...lang.turnedOff)} ${before}${safeguard}\\b`] : []),
    ...(lang.participleLast === undefined
      ? []
      : [
          `\\b${oneOf(...lang.participleLast.auxiliaries)} ${before}${safeguard} ${oneOf(...lang.participleLast.participles)}\\b`,
        ]),
  ].join('|')
  // Every match holds a safeguard noun (qualified or owned) or, not bound, a word of the rules.
  // (Not a phrase with an apostrophe: the screen keeps quotes out of its literals; "politique de
  // l'entreprise" holds "politique".)
  const anchorWords = [...new Set([...lang.safeguards, ...lang.nouns, ...NOT_BOUND_NOUNS])].filter((w) => !/['’]/.test(w))
  return { id: `safeguards-set-aside-${lang.id}`, anchor: new RegExp(oneOf(...anchorWords)), re: new RegExp(source) }
}

export const SAFEGUARDS_MULTILINGUAL_PATTERNS: readonly OverridePattern[] = LANGUAGES.map(safeguardsPattern)

// The second wave of public classifier data (issue 14): more, and more varied, jailbreak and
// injection collections, prompt libraries as hard negatives, and toxicity sets with other
// styles (identity-term templates, comments). HatemojiBuild was tried and left out: its hate
// lives in emoji the tokeniser does not read, so its contrast pairs were label noise on dev.
// Pinned like sources.mjs; credited in test/fixtures/README.md.
//
// These sources are training data only (`split: 'train'`): their labels come from categories
// and templates (a "Jailbreaks" page list, a custom GPT, a sentence template), so as dev data
// they moved the tuned thresholds by their label noise and synthetic ease rather than by what
// real templates need; dev and test stay the first-wave sources, comparable run to run. They
// are listed after the first wave so that a text both waves hold keeps its first-wave source
// and split (extract.mjs de-duplicates in order).
import { listFiles, paragraphs, parseCsv, showFile } from './read-git.mjs'

const utf8 = (buf) => buf.toString('utf8')

export function fnv1a(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** A deterministic sample of the negatives (lowest hash first); positives are all kept. */
function keepNegatives(rows, count) {
  const negatives = rows
    .filter((r) => !r.label)
    .map((r) => ({ r, h: fnv1a(r.text) }))
    .sort((a, b) => a.h - b.h || (a.r.text < b.r.text ? -1 : 1))
    .slice(0, count)
    .map(({ r }) => r)
  return [...rows.filter((r) => r.label), ...negatives]
}

const PALLMS = { repo: 'mik0w/pallms', commit: 'bfedec0fa6cb8d44a73c730a02eeaac36aefd198' }
const TAKSEC = { repo: 'TakSec/Prompt-Injection-Everywhere', commit: '9b69c8ae7958f68d562d484103a7b14b66983d63' }
const BLACKFRIDAY = { repo: 'friuns2/BlackFriday-GPTs-Prompts', commit: '09c530e31212aaca68ab72e2b7fdfbb3faa57a62' }
export const BIG_LIBRARY = { repo: '0xeb/TheBigPromptLibrary', commit: '655667d2dd43bad65f189ec49d8606bf3e8d967e' }
const SURGE = { repo: 'surge-ai/toxicity', commit: 'ea80324b95ed7e3cc787bdb6faeb763fcc0ae258' }
const BIAS_TEMPLATES = {
  repo: 'conversationai/unintended-ml-bias-analysis',
  commit: '9c7d91aaa53406a362354661a93e07956d95e59a',
}

/** pallms leaves a slot for the attacker's request; an empty slot reads as the template does. */
const withoutSlot = (text) => text.replaceAll('{NEW_INSTRUCTION}', '').trim()

/** The `# Prompt` code block of a BlackFriday-GPTs-Prompts page. */
function blackFridayPrompt(page) {
  const match = /^# Prompt\s*\n+```[^\n]*\n([\s\S]*?)\n```/m.exec(page)
  return match?.[1]?.trim() ?? ''
}

/** Pages a BlackFriday category index links to. */
const blackFridayPages = (git, index) =>
  [...utf8(showFile(git, BLACKFRIDAY.commit, index)).matchAll(/\(\.\/(gpts\/[^)]+\.md)\)/g)].map((m) => m[1])

/**
 * Persona prompts outside the Jailbreaks category still include unlocked personas; those that
 * say so in words are left out rather than labelled benign.
 */
const SAYS_UNLOCKED =
  /jail ?break|\bDAN\b|do anything now|dark ?gpt|evil|developer mode|forget (?:that )?you are|let'?s play a game|unfilter|uncensor|unrestricted|amoral|immoral|unethical|illegal|nsfw|explicit|no (?:moral|ethic|restriction|limit|filter|rule|guideline|censor)|without (?:any )?(?:moral|ethic|restriction|limit|filter|rule|guideline|censor)|(?:ignore|bypass|break) (?:all |any |the )?(?:openai|rules|guidelines|policies|restrictions|content)/i

const BLACKFRIDAY_BENIGN_INDEXES = [
  'Academic.md',
  'Business.md',
  'Creative.md',
  'Job-Hunting.md',
  'Marketing.md',
  'Productivity-&-life-style.md',
  'Programming.md',
  'Prompt-Engineering.md',
]

/** The `GPT instructions:` block of a TheBigPromptLibrary custom-GPT page. */
function customGptInstructions(page) {
  const match = /GPT instructions:\s*\n+```[^\n]*\n([\s\S]*?)(?:\n```|$)/.exec(page)
  return match?.[1] ?? ''
}

export const ADDED_INJECTION_SOURCES = [
  {
    id: 'pallms',
    ...PALLMS,
    licence: 'MIT',
    split: 'train',
    read: (git) => [
      ...utf8(showFile(git, PALLMS.commit, 'plaintext/jailbreak.txt'))
        .split(/\n[ \t]*\n/)
        .map(withoutSlot)
        .map((text) => ({ text, label: true, note: 'jailbreak' })),
      ...utf8(showFile(git, PALLMS.commit, 'plaintext/promptinjection.txt'))
        .split('\n')
        .map(withoutSlot)
        .map((text) => ({ text, label: true, note: 'prompt injection' })),
    ],
  },
  {
    id: 'taksec-injection',
    ...TAKSEC,
    licence: 'MIT',
    split: 'train',
    read: (git) =>
      listFiles(git, TAKSEC.commit, '.')
        .filter((p) => /^Prompt-(?:Leak|Injection-(?:SQLi|XSS))|^Basic-Prompt-Injection/.test(p))
        .map((path) => ({ text: utf8(showFile(git, TAKSEC.commit, path)), label: true, note: path })),
  },
  {
    id: 'blackfriday-gpts',
    ...BLACKFRIDAY,
    licence: 'MIT',
    split: 'train',
    read: (git) => {
      const jailbreaks = new Set(blackFridayPages(git, 'Jailbreaks.md'))
      const benign = new Set(BLACKFRIDAY_BENIGN_INDEXES.flatMap((index) => blackFridayPages(git, index)))
      const prompt = (path) => blackFridayPrompt(utf8(showFile(git, BLACKFRIDAY.commit, path)))
      return keepNegatives(
        [
          ...[...jailbreaks].map((path) => ({ text: prompt(path), label: true, group: path, note: 'Jailbreaks category' })),
          ...[...benign]
            .filter((path) => !jailbreaks.has(path))
            .map((path) => ({ text: prompt(path), label: false, group: path, note: 'persona / task prompt' }))
            .filter((row) => !SAYS_UNLOCKED.test(row.text)),
        ],
        3000,
      )
    },
  },
  {
    id: 'big-prompt-library',
    ...BIG_LIBRARY,
    licence: 'MIT',
    split: 'train',
    read: (git) => {
      const files = (folder) => listFiles(git, BIG_LIBRARY.commit, folder).filter((p) => p.endsWith('.md'))
      const page = (path) => utf8(showFile(git, BIG_LIBRARY.commit, path))
      // Security/GPT-Protections is left out: its defences quote lists of attacks verbatim.
      return keepNegatives(
        [
          ...files('Jailbreak')
            .filter((p) => !/README|_Obsolete/.test(p))
            .map((path) => ({ text: page(path), label: true, group: path, note: 'jailbreak write-up' })),
          ...files('CustomInstructions/ChatGPT')
            .filter((p) => !p.includes('/knowledge/'))
            .flatMap((path) =>
              paragraphs(customGptInstructions(page(path))).map((text) => ({
                text,
                label: false,
                group: path,
                note: 'custom GPT instructions',
              })),
            )
            .filter((row) => !SAYS_UNLOCKED.test(row.text)),
        ],
        3000,
      )
    },
  },
]

export const ADDED_TOXICITY_SOURCES = [
  {
    id: 'surge-toxicity',
    ...SURGE,
    licence: 'MIT',
    split: 'train',
    read: (git) =>
      parseCsv(utf8(showFile(git, SURGE.commit, 'toxicity_en.csv'))).map((row) => ({
        text: row.text,
        label: row.is_toxic === 'Toxic',
        note: row.is_toxic,
      })),
  },
  {
    // Identity terms in neutral and insulting frames: identity words alone are not evidence.
    id: 'bias-templates',
    ...BIAS_TEMPLATES,
    licence: 'Apache-2.0',
    split: 'train',
    sample: 1500,
    read: (git) =>
      parseCsv(utf8(showFile(git, BIAS_TEMPLATES.commit, 'sentence_templates/en_sentence_templates.csv')))
        // Its insulting occupations are profanity, which the toxicity model leaves out.
        .filter((row) => row.template !== 'you_occupation')
        .map((row) => ({ text: row.phrase, label: row.toxicity === 'toxic', note: row.template })),
  },
]

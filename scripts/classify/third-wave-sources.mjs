// The third wave of public classifier data (issue 14): training data only, like the second
// wave (added-sources.mjs), so dev and test stay the first-wave sources and comparable run to
// run. Pinned like sources.mjs; credited in test/fixtures/README.md.
import { parse } from 'yaml'
import { listFiles, showFile } from './read-git.mjs'

const utf8 = (buf) => buf.toString('utf8')

const SPIKEE = { repo: 'WithSecureLabs/spikee', commit: 'f811bcc851b41bcf5e9c7de7ff314deea2ed94e5' }
const PARADETOX = { repo: 's-nlp/paradetox', commit: 'd97b17d0813539cf05c74f9cdb5e66372704ca57' }
const PROMPTSOURCE = { repo: 'bigscience-workshop/promptsource', commit: '7dab96a3eeb3717cea633705135ebc488885d709' }

/** promptsource tags its templates; they read as plain maps here. */
const PROMPTSOURCE_TAGS = ['!Template', '!TemplateMetadata'].map((tag) => ({
  tag,
  collection: 'map',
  resolve: (map) => map.toJSON(),
}))

/**
 * The prompt side (before `|||`) of every English promptsource template: task instructions
 * over someone else's text, many of them about hate, toxicity or sentiment, none of them an
 * attack or an insult. Hard negatives for both categories; one group per dataset file.
 */
function promptsourceTemplates(git) {
  return listFiles(git, PROMPTSOURCE.commit, 'promptsource/templates')
    .filter((path) => path.endsWith('/templates.yaml'))
    .flatMap((path) => {
      const doc = parse(utf8(showFile(git, PROMPTSOURCE.commit, path)), { customTags: PROMPTSOURCE_TAGS, logLevel: 'silent' })
      return Object.values(doc?.templates ?? {})
        .filter((t) => (t.metadata?.languages ?? ['en']).includes('en'))
        .map((t) => ({ text: String(t.jinja ?? '').split('|||')[0], label: false, group: path, note: t.name }))
    })
}

const PROMPTSOURCE_SOURCE = {
  id: 'promptsource',
  ...PROMPTSOURCE,
  licence: 'Apache-2.0',
  split: 'train',
  read: promptsourceTemplates,
}

const SPIKEE_SEEDS = 'spikee/data/workspace/datasets'

/** JSON Lines rows of a spikee seed file, English only (translated seeds carry `lang`). */
function spikeeRows(git, path) {
  return utf8(showFile(git, SPIKEE.commit, path))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
    .filter((row) => (row.lang ?? 'en') === 'en')
}

/**
 * spikee's jailbreak wrappers, each filled with one of its injected instructions (in turn, as
 * spikee combines them) so the row reads as an attack does; "no-jailbreak" is a bare slot.
 * The false-positive seed set's questions are benign negatives.
 */
function spikeeSamples(git) {
  const files = listFiles(git, SPIKEE.commit, SPIKEE_SEEDS)
  const seeds = [...new Set(files.map((path) => path.split('/').at(-2)))]
  return seeds.flatMap((seed) => {
    const has = (name) => files.includes(`${SPIKEE_SEEDS}/${seed}/${name}`)
    const read = (name) => (has(name) ? spikeeRows(git, `${SPIKEE_SEEDS}/${seed}/${name}`) : [])
    if (seed.endsWith('-fp')) {
      return read('standalone_attacks.jsonl').map((row) => ({ text: row.text, label: false, group: seed, note: row.id }))
    }
    const instructions = read('instructions.jsonl').map((row) => row.instruction)
    if (instructions.length === 0) return []
    return read('jailbreaks.jsonl')
      .filter((row) => row.jailbreak_type !== 'no-jailbreak')
      .map((row, i) => ({
        text: row.text.replace('<INSTRUCTION>', instructions[i % instructions.length]),
        label: true,
        group: seed,
        note: row.id,
      }))
  })
}

const SPIKEE_SOURCE = { id: 'spikee', ...SPIKEE, licence: 'Apache-2.0', split: 'train', read: spikeeSamples }

export const THIRD_WAVE_INJECTION_SOURCES = [PROMPTSOURCE_SOURCE, SPIKEE_SOURCE]
/**
 * ParaDetox's civil rewrites of rude comments: informal, opinionated text on the same topics,
 * as negatives. Its rude originals are left out: their label is any rudeness ("he had steel
 * balls too !"), and as positives they lowered the dev-tuned threshold until persona prompts
 * (awesome-chatgpt-prompts) were flagged three times as often, for +0.02 dev recall.
 */
function paradetoxRewrites(git) {
  return utf8(showFile(git, PARADETOX.commit, 'paradetox/paradetox.tsv'))
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter(([toxic, neutral]) => toxic?.trim() && neutral?.trim())
    .map(([toxic, neutral]) => ({ text: neutral, label: false, group: toxic, note: 'civil rewrite' }))
}

const PARADETOX_SOURCE = { id: 'paradetox', ...PARADETOX, licence: 'CC0-1.0', split: 'train', read: paradetoxRewrites }

export const THIRD_WAVE_TOXICITY_SOURCES = [PROMPTSOURCE_SOURCE, PARADETOX_SOURCE]

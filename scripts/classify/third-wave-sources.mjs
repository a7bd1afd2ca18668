// The third wave of public classifier data (issue 14): training data only, like the second
// wave (added-sources.mjs), so dev and test stay the first-wave sources and comparable run to
// run. Pinned like sources.mjs; credited in test/fixtures/README.md. The toxicity model keeps
// the second-wave data: ParaDetox (CC0) was tried and left out (its rude originals label any
// rudeness toxic, and persona prompts were flagged far more often; its civil rewrites alone
// moved dev recall by noise while the model stopped flagging the committed "Go back to the
// country you came from."), and so were promptsource's templates (below).
import { parse } from 'yaml'
import { listFiles, showFile } from './read-git.mjs'

const utf8 = (buf) => buf.toString('utf8')

const SPIKEE = { repo: 'WithSecureLabs/spikee', commit: 'f811bcc851b41bcf5e9c7de7ff314deea2ed94e5' }
const PROMPTSOURCE = { repo: 'bigscience-workshop/promptsource', commit: '7dab96a3eeb3717cea633705135ebc488885d709' }

/** promptsource tags its templates; they read as plain maps here. */
const PROMPTSOURCE_TAGS = ['!Template', '!TemplateMetadata'].map((tag) => ({
  tag,
  collection: 'map',
  resolve: (map) => map.toJSON(),
}))

/**
 * The prompt side (before `|||`) of every English promptsource template: task instructions
 * over someone else's text, none of them an attack. Hard negatives for injection; one group
 * per dataset file. As toxicity negatives they moved dev recall by noise (+0.007) and the
 * held-out persona prompts were flagged once more than before, so toxicity does not use them.
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

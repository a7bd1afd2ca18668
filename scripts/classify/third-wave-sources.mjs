// The third wave of public classifier data (issue 14): training data only, like the second
// wave (added-sources.mjs), so dev and test stay the first-wave sources and comparable run to
// run. Pinned like sources.mjs; credited in test/fixtures/README.md.
import { parse } from 'yaml'
import { listFiles, showFile } from './read-git.mjs'

const utf8 = (buf) => buf.toString('utf8')

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

export const THIRD_WAVE_INJECTION_SOURCES = [PROMPTSOURCE_SOURCE]
export const THIRD_WAVE_TOXICITY_SOURCES = [PROMPTSOURCE_SOURCE]

import { describe, expect, it } from '@jest/globals'
import { ungovernedCandidates, looksLikePromptFile } from '../../../src/core/config/candidates.js'
import { classifier } from '../../../src/core/config/governed.js'
import { defaultConfig } from '../../../src/core/config/parse-config.js'
import { ConfigSchema } from '../../../src/core/config/config.schema.js'

describe('default template globs cover real layouts', () => {
  const classify = classifier(defaultConfig())
  it.each([
    'prompts/answer.md',
    'agents/billing/prompts/system.j2',
    'services/api/app/prompts/rag.txt',
    '.github/prompts/triage.prompt.yml',
    '.github/prompts/review.prompt.md',
    'src/prompts/chat/openai.json',
    'flows/chat.prompty',
    'genkit/prompts/recipe.prompt',
  ])('%s is governed', (path) => expect(classify.isTemplate(path)).toBe(true))
  it.each(['src/app.ts', 'docs/prompts.ts', 'README.md', 'data/prompts.csv'])('%s is not', (path) =>
    expect(classify.isTemplate(path)).toBe(false),
  )
})

describe('doctor: prompt-looking files the config does not govern', () => {
  it('lists them by path', () => {
    const narrow = classifier(ConfigSchema.parse({ templates: ['prompts/**/*.md'] }))
    const tree = [
      'prompts/a.md',
      'agents/x/prompts/b.j2',
      'plugins/Writer/Summarize/skprompt.txt',
      'src/app.ts',
      'prompts/README.md',
      'node_modules/pkg/prompts/c.txt',
      'tools/x.prompty',
    ]
    expect(ungovernedCandidates(tree, narrow)).toEqual([
      'agents/x/prompts/b.j2',
      'plugins/Writer/Summarize/skprompt.txt',
      'tools/x.prompty',
    ])
  })
  it('does not take code or data for prompts', () => {
    for (const path of ['src/prompts.ts', 'lib/prompt.py', 'docs/prompting.md']) expect(looksLikePromptFile(path)).toBe(false)
  })
})

import { describe, expect, it } from '@jest/globals'
import { detectFormat } from '../../../src/core/templates/index.js'
import type { TemplateFormat } from '../../../src/core/types.js'

describe('detectFormat', () => {
  const cases: Array<{ path: string; want: TemplateFormat }> = [
    { path: 'prompts/summarize.prompt.yml', want: 'github-models' },
    { path: 'a/b/Chat.PROMPT.YAML', want: 'github-models' },
    { path: 'agents/support.prompty', want: 'prompty' },
    { path: 'prompts/greeting.prompt', want: 'dotprompt' },
    { path: 'prompts/export.json', want: 'json-chat' },
    { path: 'prompts/review.md', want: 'plain' },
    { path: 'prompts/answer.j2', want: 'plain' },
    { path: 'prompts/welcome.hbs', want: 'plain' },
    // Hard negatives: near-miss names.
    { path: 'config/settings.yml', want: 'plain' },
    { path: 'prompt.yml.bak', want: 'plain' },
    { path: 'x.prompty.txt', want: 'plain' },
    { path: 'windows\\dir\\a.prompt', want: 'dotprompt' },
    { path: 'noext', want: 'plain' },
  ]
  it.each(cases)('$path → $want', ({ path, want }) => {
    expect(detectFormat(path)).toBe(want)
  })
})

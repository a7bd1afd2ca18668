// Mapping eval summaries to governed template paths: exact, suffix, name; unmatched and
// ambiguous results are reported, several results for one template are pooled.
import { describe, expect, it } from '@jest/globals'
import { mapToTemplates, type EvalSummary } from '../../../src/core/metrics/index.js'
import { HANG_LIMIT_MS } from '../../helpers/hang-limit.js'

const PATHS = [
  'prompts/support/triage.prompt.yml',
  'prompts/support/answer.prompty',
  'prompts/legal/disclaimer.txt',
  'prompts/sales/summarize.prompt',
  'prompts/chat/onboarding.json',
  'legal/disclaimer.txt',
  'a/notes.md',
  'b/notes.md',
]
const NAMES = {
  'prompts/support/triage.prompt.yml': 'Support ticket triage',
  'prompts/support/answer.prompty': 'Support answer',
  'a/notes.md': 'Notes',
  'b/notes.md': 'Notes',
}

const summary = (template: string, accuracy = 0.9, samples = 10, file = 'evals/r.json'): EvalSummary => ({
  template,
  accuracy,
  samples,
  source: 'promptops',
  file,
  line: 3,
})

describe('mapToTemplates', () => {
  it.each<[string, string, string]>([
    ['an exact path', 'prompts/chat/onboarding.json', 'prompts/chat/onboarding.json'],
    ['a ./ path', './prompts/chat/onboarding.json', 'prompts/chat/onboarding.json'],
    ['a file:// path', 'file://prompts/sales/summarize.prompt', 'prompts/sales/summarize.prompt'],
    [
      'an absolute runner path (the longest template suffix wins)',
      '/home/runner/work/acme/acme/prompts/legal/disclaimer.txt',
      'prompts/legal/disclaimer.txt',
    ],
    ['a Windows path', 'D:\\a\\acme\\acme\\prompts\\sales\\summarize.prompt', 'prompts/sales/summarize.prompt'],
    ['a path relative to the prompts folder', 'support/answer.prompty', 'prompts/support/answer.prompty'],
    ['a bare file name, unique', 'triage.prompt.yml', 'prompts/support/triage.prompt.yml'],
    ['a template name (gh models)', 'Support ticket triage', 'prompts/support/triage.prompt.yml'],
    ['a prompty name (promptfoo)', 'Support answer', 'prompts/support/answer.prompty'],
  ])('maps %s', (_name, ref, path) => {
    const mapping = mapToTemplates([summary(ref)], PATHS, NAMES)
    expect([...mapping.byPath.keys()]).toEqual([path])
    expect(mapping.unmatched).toEqual([])
    expect(mapping.warnings).toEqual([])
  })

  it.each<[string, string, RegExp]>([
    ['an unknown path', 'prompts/retired/legacy.txt', /"prompts\/retired\/legacy.txt" match no governed template/],
    ['a partial file name (suffixes align on /)', 'disclaimer.txt.bak', /match no governed template/],
    ['a name that differs in case', 'support ticket triage', /match no governed template/],
    ['a suffix of two templates', 'notes.md', /are ambiguous: they could be a\/notes.md, b\/notes.md/],
    ['a name two templates share', 'Notes', /are ambiguous: templates a\/notes.md, b\/notes.md share that name/],
    ['an empty name', '  ', /have no template path or name/],
  ])('reports %s as unmatched, with file and line', (_name, ref, reason) => {
    const mapping = mapToTemplates([summary(ref), summary('prompts/chat/onboarding.json')], PATHS, NAMES)
    expect([...mapping.byPath.keys()]).toEqual(['prompts/chat/onboarding.json'])
    expect(mapping.unmatched).toHaveLength(1)
    expect(mapping.warnings).toEqual([expect.stringMatching(/^evals\/r\.json:3: eval results for /)])
    expect(mapping.warnings[0]).toMatch(reason)
  })

  it('pools several results for one template, weighted by samples, and says so', () => {
    const mapping = mapToTemplates(
      [
        summary('Support ticket triage', 0.8, 10, 'evals/gh.json'),
        summary('prompts/support/triage.prompt.yml', 1, 30, 'evals/po.json'),
      ],
      PATHS,
      NAMES,
    )
    expect(mapping.byPath.get('prompts/support/triage.prompt.yml')).toMatchObject({
      accuracy: 0.95,
      samples: 40,
      file: 'evals/gh.json, evals/po.json',
    })
    expect(mapping.warnings).toEqual(['prompts/support/triage.prompt.yml: pooled 2 eval results (evals/gh.json, evals/po.json)'])
  })

  it('pools zero-sample results by plain mean', () => {
    const mapping = mapToTemplates([summary('a/notes.md', 1, 0), summary('a/notes.md', 0.5, 0)], PATHS)
    expect(mapping.byPath.get('a/notes.md')).toMatchObject({ accuracy: 0.75, samples: 0 })
  })

  it('stays fast on many long hostile refs', () => {
    const refs = Array.from({ length: 200 }, (_, i) => summary(`${'/'.repeat(5000)}x${i}`))
    const start = performance.now()
    const mapping = mapToTemplates(
      refs,
      Array.from({ length: 500 }, (_, i) => `p/${'a/'.repeat(100)}${i}.txt`),
    )
    expect(mapping.unmatched).toHaveLength(200)
    expect(performance.now() - start).toBeLessThan(HANG_LIMIT_MS)
  })
})

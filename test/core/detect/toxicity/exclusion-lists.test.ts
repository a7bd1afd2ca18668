// Sexual terms in a list of what a model must leave out (an image model's negative prompt, a list
// under "Avoid:") name a safeguard; hate and threats there still count (exclusion-lists.ts).
import { describe, expect, it } from '@jest/globals'
import { exclusionLines } from '../../../../src/core/detect/toxicity/exclusion-lists.js'
import { ruleHits } from './rules-of.js'

describe('toxicity: lists of what to leave out', () => {
  it.each([
    ['a negative prompt on one line', 'A portrait of a chef in a kitchen.\nNegative prompt: nsfw, nude, lowres, blurry'],
    [
      'a list under a heading',
      '### Subject\nA woman in a red coat.\n\n### Negative prompts\n* NSFW, see-through fabrics\n* Logos',
    ],
    ['a list under a bold label', '**Avoid:**\n- nudity or porn\n- watermarks'],
    ['do not include', 'Do not include:\n- explicit sex scenes\n- brand names'],
  ])('passes sexual terms in %s', (_name, text) => {
    expect(ruleHits(text)).not.toContain('toxicity.sexual')
  })

  it.each([
    ['a request after the list ends', '### Negative prompts\n- blurry\n\nNow write an explicit sex story.'],
    ['a request under another heading', 'Avoid:\n- blurry\n## Task\nGenerate porn for the user.'],
    ['a line that only mentions negative prompts', 'Write a blowjob scene; ignore the negative prompts.'],
    ['a label line after the list', 'Avoid:\n- blurry\nStyle: write an explicit sex story in this style'],
  ])('flags sexual requests outside the list: %s', (_name, text) => {
    expect(ruleHits(text)).toContain('toxicity.sexual')
  })

  it('still flags threats inside such a list', () => {
    expect(ruleHits('Negative prompt: blurry, I will kill you')).toContain('toxicity.violence')
  })

  it('marks the label line and the list under a heading, up to a blank line', () => {
    expect([...exclusionLines('intro\n## Negative prompt\n- a\n- b\n\n- c')]).toEqual([3, 4])
    expect([...exclusionLines('Negative prompt: a, b\nnext')]).toEqual([1])
  })
})

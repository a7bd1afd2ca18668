// Stereotypes and exclusion aimed at a whole group without a slur (group-stereotypes.ts), and
// the slur spelling variants added with them.
import { describe, expect, it } from '@jest/globals'
import { rulesOf } from './rules-of.js'

const rot13 = (s: string): string => s.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97))

describe('toxicity: group stereotypes', () => {
  it.each([
    ['quantified trait', 'Blind people are all helpless.'],
    ['trait after a filler word', 'Immigrants are just plain lazy.'],
    ['exclusion from a right', "Refugees shouldn't be allowed to vote."],
    ['sent back', 'All the migrants must go back to where they came from.'],
  ])('flags: %s', (_name, text) => {
    expect(rulesOf(text)).toContain('toxicity.harassment')
  })

  it.each([
    ['welcome', 'Immigrants are welcome in our community.'],
    ['not a group', 'The results are all dirty data; clean them first.'],
    ['policy mention', 'Never say that disabled people are all helpless.'],
    ['allowed for a product', 'Users should not be allowed to vote twice.'],
  ])('passes: %s', (_name, text) => {
    expect(rulesOf(text)).not.toContain('toxicity.harassment')
  })

  it('finds the added slur spelling variants', () => {
    expect(rulesOf(`shut up ${rot13('avtthu')}`)).toContain('toxicity.slur')
    expect(rulesOf(`no ${rot13('zhmmvrf')} here`)).toContain('toxicity.slur')
  })
})

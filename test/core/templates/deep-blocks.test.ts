// Blocks nested past the tracked depth are one parse error saying so, in Handlebars and
// Jinja alike; their closes balance them instead of reading as closes of nothing.
import { describe, expect, it } from '@jest/globals'
import { parseTemplate } from '../../../src/core/templates/parse-template.js'
import { MAX_BLOCK_DEPTH } from '../../../src/core/templates/scopes.js'

const handlebars = (n: number): string => `---\nmodel: x\n---\n${'{{#if a}}'.repeat(n)}x${'{{/if}}'.repeat(n)}\n`
const jinja = (n: number): string => `${'{% if a %}'.repeat(n)}x${'{% endif %}'.repeat(n)}\n`

describe('deeply nested blocks', () => {
  it.each([
    ['a Dotprompt (Handlebars)', 'prompts/a.prompt', handlebars],
    ['a Jinja template', 'prompts/a.j2', jinja],
  ])('%s nested at the bound parses; one level more is one issue naming the depth', (_name, path, nest) => {
    expect(parseTemplate(path, nest(MAX_BLOCK_DEPTH)).parseErrors).toEqual([])
    for (const depth of [MAX_BLOCK_DEPTH + 1, 5_000]) {
      const messages = parseTemplate(path, nest(depth)).parseErrors.map((e) => e.message)
      expect(messages).toEqual([expect.stringContaining(`blocks nest deeper than ${MAX_BLOCK_DEPTH} levels`)])
    }
  })

  it('an unbalanced close after deep nesting is still reported', () => {
    const text = `${'{% if a %}'.repeat(MAX_BLOCK_DEPTH + 5)}x${'{% endif %}'.repeat(MAX_BLOCK_DEPTH + 6)}\n`
    const messages = parseTemplate('prompts/a.j2', text).parseErrors.map((e) => e.message)
    expect(messages).toContainEqual(expect.stringContaining('closes a block that was never opened'))
  })
})

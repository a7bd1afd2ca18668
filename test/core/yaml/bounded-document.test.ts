// The YAML budgets: nesting and token bounds stop a parse with one issue naming a line, in
// templates, promptops.yml and memory adapters alike, instead of relying on how a host
// handles a stack overflow; documents inside the bounds parse exactly as `parseDocument` does.
import { describe, expect, it } from '@jest/globals'
import { parseDocument } from 'yaml'
import { parseConfig } from '../../../src/core/config/parse-config.js'
import { parseAdapter } from '../../../src/core/memory/adapter.js'
import { parseTemplate } from '../../../src/core/templates/parse-template.js'
import { MAX_YAML_DEPTH, MAX_YAML_TOKENS, parseBoundedDocument } from '../../../src/core/yaml/bounded-document.js'

const flow = (depth: number): string => `${'['.repeat(depth)}x${']'.repeat(depth)}`
const blockSeq = (depth: number): string => `${'- '.repeat(depth)}x\n`
const blockMap = (depth: number): string => Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n'

describe('parseBoundedDocument', () => {
  it.each([
    ['flow sequences', flow],
    ['block sequences on one line', blockSeq],
    ['indented block maps', blockMap],
  ])('accepts %s nested to the bound and refuses one level more', (_name, nest) => {
    expect(parseBoundedDocument(nest(MAX_YAML_DEPTH)).doc?.errors).toEqual([])
    expect(parseBoundedDocument(nest(MAX_YAML_DEPTH + 1)).limit?.message).toBe(`YAML nests deeper than ${MAX_YAML_DEPTH} levels`)
  })

  it('stops ten thousand levels of nesting where the bound is crossed', () => {
    const text = `a: 1\nb: ${flow(10_000)}\n`
    const parsed = parseBoundedDocument(text)
    // The top-level map is the first level, so the 64th bracket is one too many.
    expect(parsed.limit?.offset).toBe(text.indexOf('[') + MAX_YAML_DEPTH - 1)
  })

  it('refuses more tokens than the budget, however shallow', () => {
    // Each item is three lexer tokens: a scalar marker, the scalar and the comma.
    const items = (n: number): string => `[${'1,'.repeat(n)}1]`
    expect(parseBoundedDocument(items(MAX_YAML_TOKENS / 3 + 1)).limit?.message).toContain(`more than ${MAX_YAML_TOKENS} tokens`)
    expect(parseBoundedDocument(items(MAX_YAML_TOKENS / 3 - 10)).doc?.errors).toEqual([])
  })

  it.each(['a: 1\nb: [x, {c: d}]\n', 'a: 1\na: 2\n', 'a: [1, 2\n', '---\na: 1\n---\nb: 2\n', '', '# only a comment\n'])(
    'parses %j as parseDocument does',
    (text) => {
      const options = { uniqueKeys: true, schema: 'core' as const }
      const bounded = parseBoundedDocument(text, options).doc
      const reference = parseDocument(text, options)
      expect(bounded?.toJS()).toEqual(reference.toJS())
      expect(bounded?.errors.map((e) => [e.code, e.pos])).toEqual(reference.errors.map((e) => [e.code, e.pos]))
    },
  )
})

describe('every YAML reader keeps the bounds', () => {
  const deep = `messages: ${flow(5_000)}\n`
  it('promptops.yml names the line', () => {
    const result = parseConfig(`routing: {}\ntemplates: ${flow(5_000)}\n`, '.github/promptops.yml')
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.error.message).toContain(`.github/promptops.yml:2: YAML nests deeper than ${MAX_YAML_DEPTH} levels`)
  })
  it('a memory adapter names the line', () => {
    const result = parseAdapter(`version: 1\n${deep}`, 'memory/adapters/v2.yml')
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.error.message).toContain(`memory/adapters/v2.yml:2: YAML nests deeper than ${MAX_YAML_DEPTH} levels`)
  })
  it('a template reports a parse error on the line', () => {
    const template = parseTemplate('prompts/deep.prompt.yml', `name: deep\n${deep}`)
    expect(template.parseErrors).toContainEqual(
      expect.objectContaining({ line: 2, message: expect.stringContaining('nests deeper') }),
    )
  })
})

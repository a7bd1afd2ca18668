import { describe, expect, it } from '@jest/globals'
import { parseTemplate } from '../../../src/core/templates/index.js'
import { readTemplateFixture } from './fixtures.js'
import type { TemplateFixture } from './fixtures.js'

const parse = (name: TemplateFixture) => parseTemplate(name, readTemplateFixture(name))

describe('Dotprompt', () => {
  const t = parse('greeting.prompt')

  it('reads model, config, tools, output and metadata', () => {
    expect(t.format).toBe('dotprompt')
    expect(t.parseErrors).toEqual([])
    expect(t.model).toMatchObject({
      id: 'googleai/gemini-1.5-flash-002',
      revision: '002',
      line: 2,
      parameters: { temperature: 0.9, maxOutputTokens: 512, topK: 32 },
      tools: ['lookupReservation'],
      responseFormat: { format: 'json', schema: { greeting: 'string' } },
    })
    expect(t.metadata).toMatchObject({ owners: ['@acme/concierge', '@bob'], sla: '2d', provenance: { promptVersion: '7' } })
  })

  it('flattens the Picoschema input schema', () => {
    expect(t.inputs).toEqual([
      { name: 'location', type: 'string', required: true, description: 'where the guest is', line: 9 },
      { name: 'style', type: 'string', required: false, description: 'the greeting style', line: 10 },
      { name: 'name', type: 'string', required: false, line: 11 },
      { name: 'guest', type: 'object', required: true, description: 'the guest record', line: 12 },
      { name: 'guest.id', type: 'integer', required: true, line: 13 },
      { name: 'guest.tags', type: 'array', required: false, description: 'labels', line: 14 },
    ])
  })

  it('splits on {{role}} and {{history}} with exact lines', () => {
    expect(t.messages.map((m) => [m.role, m.startLine, m.endLine])).toEqual([
      ['system', 29, 30],
      ['user', 33, 36],
      ['assistant', 39, 39],
    ])
  })

  it('finds variables as Handlebars resolves them: block arguments are references, `this` is the item', () => {
    expect(t.variables.map((v) => [v.name, v.line, v.role, v.raw, v.syntax, v.reference ?? false])).toEqual([
      ['location', 29, 'system', false, 'mustache', false],
      ['name', 33, 'user', false, 'mustache', true],
      ['name', 33, 'user', false, 'mustache', false],
      ['style', 34, 'user', false, 'mustache', true],
      ['style', 34, 'user', true, 'mustache-raw', false],
      ['photoUrl', 35, 'user', false, 'mustache', true],
      ['guest.tags', 36, 'user', false, 'mustache', true],
      ['guest.tags[]', 36, 'user', false, 'mustache', false],
    ])
  })

  it('defaults to one user message, and a role switch mid-line keeps its line', () => {
    const p = parseTemplate('x.prompt', 'Hello {{name}}\n')
    expect(p.messages).toEqual([
      { role: 'user', text: 'Hello {{name}}', lines: [{ line: 1, text: 'Hello {{name}}' }], startLine: 1, endLine: 1 },
    ])
    const q = parseTemplate('x.prompt', 'a\n{{role "system"}}Be brief. {{x}}\n')
    expect(q.messages.map((m) => [m.role, m.text, m.startLine])).toEqual([
      ['user', 'a', 1],
      ['system', 'Be brief. {{x}}', 2],
    ])
    expect(q.variables[0]).toMatchObject({ name: 'x', line: 2, role: 'system' })
  })

  it('reads Picoschema enums, arrays of objects and wildcards', () => {
    const text = [
      '---',
      'input:',
      '  schema:',
      '    status(enum, current state): [OPEN, CLOSED]',
      '    items?(array):',
      '      sku: string',
      '      qty?: integer, how many',
      '    type: string, a field named type',
      '    (*): any',
      '---',
      'x',
    ].join('\n')
    const p = parseTemplate('x.prompt', text)
    expect(p.inputs.map((i) => [i.name, i.type, i.required, i.line])).toEqual([
      ['status', 'enum', true, 4],
      ['items', 'array', false, 5],
      ['items[].sku', 'string', true, 6],
      ['items[].qty', 'integer', false, 7],
      ['type', 'string', true, 8],
    ])
  })

  it('reads a JSON Schema input schema too', () => {
    const text =
      '---\ninput:\n  schema:\n    type: object\n    properties:\n      q:\n        type: string\n      n:\n        type: [integer, "null"]\n    required: [q]\n---\n{{q}}\n'
    const p = parseTemplate('x.prompt', text)
    expect(p.inputs).toEqual([
      { name: 'q', type: 'string', required: true, line: 6 },
      { name: 'n', type: 'integer|null', required: false, line: 8 },
    ])
  })

  it('uses config.version as the pinned revision', () => {
    const p = parseTemplate('x.prompt', '---\nmodel: vertexai/gemini-1.5-pro\nconfig:\n  version: gemini-1.5-pro-002\n---\nhi\n')
    expect(p.model.revision).toBe('gemini-1.5-pro-002')
  })

  it('refuses ---js front matter without running it, and still reads the body', () => {
    const p = parse('js-frontmatter.prompt')
    expect(p.parseErrors).toEqual([{ message: expect.stringMatching(/"js" is not allowed/), line: 1 }])
    expect(p.model.id).toBeUndefined()
    expect(p.variables.map((v) => [v.name, v.line])).toEqual([['name', 6]])
  })

  it.each(['---javascript', '---coffee', '---  js'])('refuses %s front matter', (opener) => {
    const p = parseTemplate('x.prompt', `${opener}\nmodule.exports = {}\n---\nhi\n`)
    expect(p.parseErrors[0]?.line).toBe(1)
    expect(p.parseErrors[0]?.message).toMatch(/not allowed/)
  })

  it('reports an unknown YAML tag with its line', () => {
    const p = parse('bad-tag.prompt')
    expect(p.parseErrors[0]).toEqual({ message: expect.stringMatching(/tag not allowed.*python/), line: 6 })
    expect(p.messages[0]).toMatchObject({ role: 'user', startLine: 8 })
  })

  it('accepts ---yaml and a body without front matter', () => {
    expect(parseTemplate('x.prompt', '---yaml\nmodel: a/b\n---\nhi\n').model.id).toBe('a/b')
    expect(parseTemplate('x.prompt', '----\nnot front matter\n').messages[0]?.startLine).toBe(1)
  })
})

describe('Dotprompt as its runtime reads it', () => {
  it('accepts a licence header of # lines before the front matter (FRONTMATTER_AND_BODY_REGEX)', () => {
    const p = parseTemplate(
      'x.prompt',
      '# Copyright 2025 Acme\n# SPDX-License-Identifier: Apache-2.0\n\n---\nmodel: googleai/gemini-2.5-flash\nconfig:\n  temperature: 0.4\n---\nHello {{name}}\n',
    )
    expect(p.parseErrors).toEqual([])
    expect(p.model).toMatchObject({ id: 'googleai/gemini-2.5-flash', parameters: { temperature: 0.4 }, line: 5 })
    expect(p.messages[0]).toMatchObject({ role: 'user', startLine: 9 })
  })
  it('tracks {{#each docs}}…{{this}} as a use of the items of docs', () => {
    const p = parseTemplate('x.prompt', '{{#each docs}}\n- {{this}}\n{{/each}}\n')
    expect(p.variables.map((v) => [v.name, v.reference ?? false])).toEqual([
      ['docs', true],
      ['docs[]', false],
    ])
  })
})

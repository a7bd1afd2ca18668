import { describe, expect, it } from '@jest/globals'
import { parseTemplate } from '../../../src/core/templates/index.js'
import { readTemplateFixture } from './fixtures.js'
import type { TemplateFixture } from './fixtures.js'

const parse = (name: TemplateFixture) => parseTemplate(name, readTemplateFixture(name))

describe('Prompty', () => {
  const t = parse('support.prompty')

  it('reads front matter: metadata, model, inputs, sample', () => {
    expect(t.format).toBe('prompty')
    expect(t.parseErrors).toEqual([])
    expect(t.metadata).toMatchObject({
      name: 'Support Agent',
      version: '1.4.0',
      owners: ['@contoso/support-ai'],
      provenance: { dataset: 'product-docs-2024-10', modelRevision: '2024-08-06' },
    })
    expect(t.model).toMatchObject({
      id: 'gpt-4o-2024-08-06',
      revision: '2024-08-06',
      api: 'chat',
      line: 11,
      parameters: { max_tokens: 3000, temperature: 0.2 },
    })
    expect(t.inputs).toEqual([
      { name: 'firstName', type: 'string', description: "The customer's first name", required: false, line: 21 },
      { name: 'question', type: 'string', description: 'The question to answer', required: false, line: 25 },
      { name: 'context', type: 'string', required: false, line: 28 },
    ])
    // `${file:…}` is never loaded, and `${env:…}` never resolved.
    expect(t.testData).toBe('${file:sample.json}')
  })

  it('does not treat authors as owners', () => {
    expect(t.metadata.owners).not.toContain('Seth Juarez')
  })

  it('splits the body on role lines with exact line numbers', () => {
    expect(t.messages.map((m) => [m.role, m.startLine, m.endLine])).toEqual([
      ['system', 34, 46],
      ['user', 49, 49],
    ])
    expect(t.messages[0]?.lines[4]).toEqual({
      line: 38,
      text: 'You are helping {{firstName}} to find answers to their questions.',
    })
  })

  it('finds Jinja variables (a condition is a reference, a whole-message variable is delimited), skips comments, flags | safe', () => {
    expect(t.variables.map((v) => [v.name, v.line, v.role, v.raw, v.delimited, v.syntax])).toEqual([
      ['firstName', 38, 'system', false, false, 'jinja'],
      ['context', 43, 'system', true, true, 'jinja'],
      ['question', 46, 'system', false, false, 'jinja'],
      ['question', 49, 'user', false, true, 'jinja'],
    ])
  })

  it('reads inputs given as a list and model.id / options (Prompty v2)', () => {
    const p = parse('inputs-list.prompty')
    expect(p.inputs).toEqual([
      // `required` defaults to false in the Prompty schema (properties.tsp), default or not.
      { name: 'topic', type: 'string', required: false, line: 8 },
      { name: 'tone', type: 'string', required: false, line: 10 },
    ])
    expect(p.model).toMatchObject({ id: 'gpt-4o-mini', parameters: { temperature: 0 }, line: 3 })
    expect(p.messages).toHaveLength(1)
    expect(p.messages[0]).toMatchObject({ role: 'system', startLine: 15 })
  })

  it('treats text before the first role line as system, and supports # role: and role[name=x]:', () => {
    const text = '---\nname: x\n---\nPreamble {{a}}\n# user:\nHi {{b}}\nassistant[name="bot"]:\nOk\n'
    const p = parseTemplate('x.prompty', text)
    expect(p.messages.map((m) => [m.role, m.startLine, m.text])).toEqual([
      ['system', 4, 'Preamble {{a}}'],
      ['user', 6, 'Hi {{b}}'],
      ['assistant', 8, 'Ok'],
    ])
  })

  it('does not split on lines that merely mention a role', () => {
    const p = parseTemplate('x.prompty', 'system:\nThe user: is always right.\nuser: hello\n')
    expect(p.messages).toHaveLength(1)
    expect(p.messages[0]?.lines.map((l) => l.line)).toEqual([2, 3])
  })

  it.each([
    { name: 'unclosed.prompty' as const, message: /never closed/, line: 1 },
    { name: 'bad-yaml.prompty' as const, message: /YAML: .*Flow map/, line: 6 },
  ])('$name → parse error on line $line', ({ name, message, line }) => {
    const p = parse(name)
    expect(p.parseErrors[0]?.message).toMatch(message)
    expect(p.parseErrors[0]?.line).toBe(line)
  })

  it('still reads the body after a YAML error in the front matter', () => {
    const p = parse('bad-yaml.prompty')
    expect(p.messages.map((m) => [m.role, m.startLine])).toEqual([['user', 11]])
    expect(p.variables.map((v) => [v.name, v.line])).toEqual([['q', 11]])
  })

  it('honours template: mustache', () => {
    const p = parseTemplate('x.prompty', '---\ntemplate: mustache\n---\nuser:\n{{{raw}}}\n')
    expect(p.variables[0]).toMatchObject({ name: 'raw', raw: true, syntax: 'mustache-raw' })
  })
})

describe('Prompty as its runtime reads it', () => {
  it('accepts blank lines before the opening --- (the loader matches ^\\s*---)', () => {
    const p = parseTemplate('x.prompty', '\n\n---\nmodel:\n  id: gpt-4o\n---\nsystem:\nHi\n')
    expect(p.parseErrors).toEqual([])
    expect(p.model).toMatchObject({ id: 'gpt-4o', line: 4 })
    expect(p.messages[0]).toMatchObject({ role: 'system', startLine: 8 })
  })
  it('turns a rendered {{item.role}}: line into a turn of data-given role', () => {
    const p = parseTemplate(
      'x.prompty',
      '---\nname: x\n---\nsystem:\nRules.\n{% for item in history %}\n{{item.role}}:\n{{item.content}}\n{% endfor %}\n',
    )
    expect(p.messages.map((m) => m.role)).toEqual(['system', 'unknown'])
    expect(p.parseErrors).toEqual([])
    expect(p.variables.find((v) => v.name === 'history[].content')).toMatchObject({ role: 'unknown', delimited: false })
  })
  it('coerces bare input values to their kind (age: 5 is an integer input)', () => {
    const p = parseTemplate('x.prompty', '---\ninputs:\n  age: 5\n  name: Jane\n---\nHi\n')
    expect(p.inputs.map((i) => [i.name, i.type, i.required])).toEqual([
      ['age', 'integer', false],
      ['name', 'string', false],
    ])
  })
  it('reads v2 apiType', () => {
    expect(
      parseTemplate('x.prompty', '---\nmodel:\n  id: text-embedding-3-small\n  apiType: embedding\n---\n{{text}}\n').model.api,
    ).toBe('embedding')
  })
})

describe('Prompty thread marker', () => {
  it('a ![thread] line starts the conversation turns: what follows is a user turn', () => {
    const p = parseTemplate('x.prompty', '---\nname: x\n---\nsystem:\nBe kind.\n\n![thread]\n{{question}}\n')
    expect(p.messages.map((m) => [m.role, m.startLine])).toEqual([
      ['system', 5],
      ['user', 8],
    ])
  })
})

import { describe, expect, it } from '@jest/globals'
import { isTemplateJson } from '../../../src/core/templates/json-shape.js'
import { parseTemplate } from '../../../src/core/templates/index.js'
import { readTemplateFixture } from './fixtures.js'
import type { TemplateFixture } from './fixtures.js'

const parse = (name: TemplateFixture) => parseTemplate(name, readTemplateFixture(name))

describe('JSON chat exports', () => {
  it('reads a Langfuse chat prompt (mustache variables, placeholders skipped)', () => {
    const t = parse('prompts/langfuse-chat.json')
    expect(t.format).toBe('json-chat')
    expect(t.parseErrors).toEqual([])
    expect(t.messages.map((m) => [m.role, m.startLine])).toEqual([
      ['system', 16],
      ['user', 18],
    ])
    // A JSON string sits on one line: every text line maps to it.
    expect(t.messages[1]?.lines).toEqual([
      { line: 18, text: 'Review: <review>{{review}}</review>' },
      { line: 18, text: 'Be {{criticLevel}}.' },
    ])
    expect(t.variables.map((v) => [v.name, v.role, v.line, v.delimited, v.syntax])).toEqual([
      ['movie', 'system', 16, false, 'mustache'],
      ['review', 'user', 18, true, 'mustache'],
      ['criticLevel', 'user', 18, false, 'mustache'],
    ])
    expect(t.model).toMatchObject({
      id: 'gpt-4o-2024-11-20',
      revision: '2024-11-20',
      line: 7,
      parameters: { temperature: 0.7, max_tokens: 256 },
    })
    expect(t.model.parameters).not.toHaveProperty('model')
    expect(t.metadata).toMatchObject({
      name: 'movie-critic',
      version: '3',
      owners: ['@acme/critics'],
      provenance: { promptVersion: '3' },
    })
  })

  it('reads a serialised LangChain ChatPromptTemplate (f-string, {{ }} escapes)', () => {
    const t = parse('prompts/langchain.json')
    expect(t.parseErrors).toEqual([])
    expect(t.messages.map((m) => m.role)).toEqual(['system', 'user'])
    expect(t.variables.map((v) => [v.name, v.role, v.line, v.syntax])).toEqual([
      ['language', 'system', 19, 'fstring'],
      ['text', 'user', 36, 'fstring'],
    ])
    expect(t.inputs).toEqual([
      { name: 'language', line: 6 },
      { name: 'text', line: 6 },
    ])
  })

  it('reads OpenAI-style messages with content parts and top-level parameters', () => {
    const t = parse('prompts/openai-messages.json')
    expect(t.messages.map((m) => [m.role, m.text])).toEqual([
      ['system', 'Answer questions about {topic} only.'],
      ['user', 'Question: "{question}"'],
    ])
    expect(t.variables.map((v) => [v.name, v.line, v.delimited])).toEqual([
      ['topic', 5, false],
      ['question', 7, true],
    ])
    expect(t.model).toMatchObject({ id: 'gpt-4o', line: 2, parameters: { temperature: 0.1 } })
    expect(t.metadata.owners).toEqual(['@acme/search'])
  })

  it('reports invalid JSON on the line of the problem, without quoting content', () => {
    const t = parse('prompts/invalid.json')
    expect(t.parseErrors).toEqual([{ message: 'invalid JSON: unexpected "]"', line: 5 }])
    expect(t.messages).toHaveLength(1)
    expect(t.variables.map((v) => v.name)).toEqual(['q'])
  })

  it('reports a JSON file without messages as not a chat template', () => {
    const t = parse('prompts/not-chat.json')
    expect(t.parseErrors).toEqual([{ message: expect.stringMatching(/not a prompt template/), line: 1 }])
    expect(t.messages).toEqual([])
  })

  it.each([
    { text: '{"a": 1,\n "b": }', line: 2, message: /unexpected "}"/ },
    { text: '{\n  "a": "unterminated\n}', line: 2, message: /control character|unterminated/ },
    { text: '{\n  a: 1\n}', line: 2, message: /double-quoted key/ },
    { text: '{"messages": []}\n{"x": 1}', line: 2, message: /unexpected "{"/ },
    { text: '', line: 1, message: /end of input/ },
  ])('locates JSON syntax errors: $text', ({ text, line, message }) => {
    const t = parseTemplate('prompts/x.json', text)
    expect(t.parseErrors[0]?.line).toBe(line)
    expect(t.parseErrors[0]?.message).toMatch(message)
  })

  it('reads a bare list, a {"type":"chat","prompt":[…]} prompt and a Langfuse text prompt', () => {
    const list = parseTemplate('prompts/l.json', '[\n {"role": "user", "content": "Hi {{name}}"}\n]')
    expect(list.variables).toMatchObject([{ name: 'name', line: 2, syntax: 'mustache' }])
    const chat = parseTemplate('prompts/c.json', '{"type":"chat","prompt":[{"role":"system","content":"{x} {{y}}"}]}')
    expect(chat.variables.map((v) => [v.name, v.syntax])).toEqual([['y', 'mustache']])
    const text = parseTemplate('prompts/t.json', '{"type": "text",\n "prompt": "Summarize {{doc}}"}')
    expect(text.messages).toMatchObject([{ role: 'unknown', startLine: 2 }])
    expect(text.parseErrors).toEqual([])
  })

  it('honours a per-message template_format', () => {
    const text = JSON.stringify({
      kwargs: {
        messages: [
          {
            id: ['x', 'HumanMessagePromptTemplate'],
            kwargs: { prompt: { kwargs: { template: '{{a}} {b}', template_format: 'mustache' } } },
          },
        ],
      },
    })
    const t = parseTemplate('prompts/m.json', text)
    expect(t.variables.map((v) => [v.name, v.syntax, v.role])).toEqual([['a', 'mustache', 'user']])
  })
})

describe('JSON template shapes', () => {
  it.each<{ name: string; json: unknown; roles: string[]; vars: string[] }>([
    {
      name: 'LangChain PromptTemplate (_type: prompt)',
      json: { _type: 'prompt', input_variables: ['question'], template: 'Answer {question}.', template_format: 'f-string' },
      roles: ['unknown'],
      vars: ['question'],
    },
    {
      name: 'LangChain Hub PromptTemplate without _type',
      json: { input_variables: ['history', 'input'], template: 'Chat:\n{history}\nHuman: {input}\nAI:' },
      roles: ['unknown'],
      vars: ['history', 'input'],
    },
    {
      name: 'LangChain FewShotPromptTemplate',
      json: {
        _type: 'few_shot',
        prefix: 'Examples:',
        example_prompt: { _type: 'prompt', template: 'Q: {q}\nA: {a}' },
        suffix: 'Q: {input}',
      },
      roles: ['unknown', 'unknown', 'unknown'],
      vars: ['q', 'a', 'input'],
    },
    {
      name: 'lc-serialised PromptTemplate',
      json: {
        lc: 1,
        type: 'constructor',
        id: ['langchain', 'prompts', 'prompt', 'PromptTemplate'],
        kwargs: { template: 'Hi {name}', input_variables: ['name'] },
      },
      roles: ['unknown'],
      vars: ['name'],
    },
    {
      name: 'OpenAI chat-completion request',
      json: {
        model: 'gpt-4o',
        temperature: 0.2,
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: '{{question}}' },
        ],
      },
      roles: ['system', 'user'],
      vars: ['question'],
    },
    {
      name: 'OpenAI Responses request',
      json: { model: 'gpt-4.1', instructions: 'Be brief.', input: [{ role: 'user', content: '{{q}}' }] },
      roles: ['system', 'user'],
      vars: ['q'],
    },
  ])('$name', ({ json, roles, vars }) => {
    const text = JSON.stringify(json, null, 2)
    expect(isTemplateJson(text)).toBe(true)
    const t = parseTemplate('prompts/t.json', text)
    expect(t.parseErrors).toEqual([])
    expect(t.messages.map((m) => m.role)).toEqual(roles)
    expect(t.variables.map((v) => v.name)).toEqual(vars)
  })
  it('is not a template: package metadata, data files', () => {
    expect(isTemplateJson('{"name": "x", "version": "1.0.0"}')).toBe(false)
    expect(isTemplateJson('{"rows": [1, 2]}')).toBe(false)
  })
})

describe('OpenAI messages as the API accepts them', () => {
  it('an assistant turn that only calls tools has no content and is valid', () => {
    const json = {
      messages: [
        { role: 'user', content: 'Find shoes' },
        { role: 'assistant', tool_calls: [{ id: 'c1', type: 'function', function: { name: 'search', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'c1', content: '[]' },
      ],
    }
    const t = parseTemplate('prompts/fewshots.json', JSON.stringify(json, null, 1))
    expect(t.parseErrors).toEqual([])
    expect(t.messages.map((m) => m.role)).toEqual(['user', 'tool'])
  })
  it('Responses API function_call items carry no text; their outputs are tool turns', () => {
    const json = [
      { role: 'user', content: 'Find shoes' },
      { type: 'function_call', call_id: 'c', name: 'search', arguments: '{}' },
      { type: 'function_call_output', call_id: 'c', output: 'results' },
    ]
    const t = parseTemplate('prompts/fewshots.json', JSON.stringify(json, null, 1))
    expect(t.parseErrors).toEqual([])
    expect(t.messages.map((m) => [m.role, m.text])).toEqual([
      ['user', 'Find shoes'],
      ['tool', 'results'],
    ])
  })
})

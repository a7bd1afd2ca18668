import { describe, expect, it } from '@jest/globals'
import { injectionDetector, classifyVariable } from '../../../../src/core/detect/injection/index.js'
import { diffTemplate } from '../../../../src/core/diff/template-diff.js'
import { parseTemplate } from '../../../../src/core/templates/index.js'
import { changeOf, testContext } from './template-fixture.js'

function run(head: string, base: string | null = null) {
  return injectionDetector.detect(changeOf(base, head), testContext())
}

describe('classifyVariable', () => {
  const table: Array<[string, ReturnType<typeof classifyVariable>]> = [
    ['user_input', 'untrusted'],
    ['query', 'untrusted'],
    ['question', 'untrusted'],
    ['chat_history', 'untrusted'],
    ['search_results', 'untrusted'],
    ['tool_output', 'untrusted'],
    ['userQuery', 'untrusted'],
    ['input.question', 'untrusted'],
    ['context', 'untrusted'],
    ['url', 'untrusted'],
    ['user_bio', 'untrusted'],
    ['date', 'trusted'],
    ['product_name', 'trusted'],
    ['language', 'trusted'],
    ['user_name', 'trusted'],
    ['message_count', 'trusted'],
    ['input_language', 'trusted'],
    ['page_number', 'trusted'],
    ['output_format', 'trusted'],
    ['topic', 'neutral'],
    ['city', 'neutral'],
    ['customer.age', 'trusted'],
  ]
  it.each(table)('%s is %s', (name, want) => {
    expect(classifyVariable(name)).toBe(want)
  })
})

describe('variable rules', () => {
  const cases: Array<{
    name: string
    head: string
    base?: string
    rule: string
    line?: number
    severity?: string
    present: boolean
  }> = [
    {
      name: 'user_input in system',
      head: 'system:\nAnswer this: {{user_input}}',
      rule: 'injection.untrusted-in-system',
      line: 2,
      severity: 'high',
      present: true,
    },
    {
      name: 'chat_history in system',
      head: 'system:\nPrevious turns:\n{{chat_history}}',
      rule: 'injection.untrusted-in-system',
      line: 3,
      present: true,
    },
    {
      name: 'delimited user input in system is medium',
      head: 'system:\n<q>{{user_input}}</q>',
      rule: 'injection.untrusted-in-system',
      severity: 'medium',
      present: true,
    },
    {
      name: 'retrieved document in system is medium',
      head: 'system:\nUse: {{document}}',
      rule: 'injection.untrusted-in-system',
      severity: 'medium',
      present: true,
    },
    {
      name: 'delimited retrieved context in system is low',
      head: 'system:\n<doc>{{context}}</doc>',
      rule: 'injection.untrusted-in-system',
      severity: 'low',
      present: true,
    },
    {
      name: '{{language}} in system',
      head: 'system:\nReply in {{language}} about {{product_name}} on {{date}}.',
      rule: 'injection.untrusted-in-system',
      present: false,
    },
    {
      name: 'neutral {{topic}} in system',
      head: 'system:\nYou are an expert on {{topic}}.',
      rule: 'injection.untrusted-in-system',
      present: false,
    },
    {
      name: 'undelimited question in user',
      head: 'user:\nQuestion: {{question}}',
      rule: 'injection.undelimited-input',
      line: 2,
      severity: 'medium',
      present: true,
    },
    {
      name: 'undelimited in plain template',
      head: 'Summarise {{content}}',
      rule: 'injection.undelimited-input',
      line: 1,
      present: true,
    },
    {
      name: 'neutral undelimited is low',
      head: 'user:\nTell me about {{city}}',
      rule: 'injection.undelimited-input',
      severity: 'low',
      present: true,
    },
    {
      name: 'xml-delimited user input',
      head: 'user:\n<question>{{question}}</question>',
      rule: 'injection.undelimited-input',
      present: false,
    },
    {
      name: 'block-delimited user input',
      head: 'user:\n<document>\n{{document}}\n</document>',
      rule: 'injection.undelimited-input',
      present: false,
    },
    { name: 'fenced user input', head: 'user:\n```\n{{query}}\n```', rule: 'injection.undelimited-input', present: false },
    { name: 'quoted user input', head: 'user:\nTranslate "{{text}}"', rule: 'injection.undelimited-input', present: false },
    {
      name: 'trusted var undelimited in user',
      head: 'user:\nAnswer in {{language}}.',
      rule: 'injection.undelimited-input',
      present: false,
    },
    { name: 'assistant role is not checked', head: 'assistant:\n{{reply}}', rule: 'injection.undelimited-input', present: false },
    {
      name: 'triple mustache',
      head: 'user:\n<q>{{{query}}}</q>',
      rule: 'injection.raw-unescaped',
      line: 2,
      severity: 'medium',
      present: true,
    },
    { name: 'ampersand raw', head: 'user:\n<q>{{& query}}</q>', rule: 'injection.raw-unescaped', present: true },
    { name: 'safe filter', head: 'user:\n<q>{{ query | safe }}</q>', rule: 'injection.raw-unescaped', present: true },
    { name: 'escaped use', head: 'user:\n<q>{{query}}</q>', rule: 'injection.raw-unescaped', present: false },
    {
      name: 'unchanged line is not reported',
      base: 'system:\nContext: {{context}}\nBe brief.',
      head: 'system:\nContext: {{context}}\nBe very brief.',
      rule: 'injection.untrusted-in-system',
      present: false,
    },
  ]
  it.each(cases)('$name', ({ head, base, rule, line, severity, present }) => {
    const hits = run(head, base ?? null).filter((f) => f.rule === rule)
    if (!present) return expect(hits).toEqual([])
    expect(hits.length).toBeGreaterThan(0)
    if (line !== undefined) expect(hits[0]?.line).toBe(line)
    if (severity !== undefined) expect(hits[0]?.severity).toBe(severity)
  })

  it('reports one finding per rule, line and variable', () => {
    const hits = run('system:\n{{query}} and {{query}}').filter((f) => f.rule === 'injection.untrusted-in-system')
    expect(hits).toHaveLength(1)
  })
})

describe('variable rules read the template as its runtime does', () => {
  const added = (path: string, text: string) =>
    injectionDetector.detect(
      diffTemplate({ path, status: 'added', baseText: null, headText: text }, null, parseTemplate(path, text)),
      testContext(),
    )
  it('a value typed number, boolean or enum in the template schema is not text', () => {
    const text =
      '---\ninputs:\n  customer_age:\n    type: integer\n  user_choice:\n    kind: boolean\n---\nsystem:\nAge {{customer_age}}, choice {{user_choice}}\n'
    expect(added('t.prompty', text)).toEqual([])
    const dotprompt = '---\ninput:\n  schema:\n    user_mood(enum): [happy, sad]\n---\n{{role "system"}}\nMood: {{user_mood}}\n'
    expect(added('t.prompt', dotprompt)).toEqual([])
  })
  it('a chat-history loop inside system: becomes turns at run time (Prompty renders, then splits)', () => {
    const text =
      '---\nname: x\n---\nsystem:\nBe helpful.\n{% for item in chat_history %}\n{{item.role}}:\n{{item.content}}\n{% endfor %}\n'
    expect(added('t.prompty', text).filter((f) => f.rule === 'injection.untrusted-in-system')).toEqual([])
  })
  it('a kind: thread input expands into turns, not system text', () => {
    const text =
      '---\ninputs:\n  - name: conversation\n    kind: thread\n---\nsystem:\nBe helpful.\n{{conversation}}\nStay polite.\n'
    const t = parseTemplate('t.prompty', text)
    expect(t.messages.map((m) => m.role)).toEqual(['system', 'unknown', 'system'])
    expect(added('t.prompty', text)).toEqual([])
  })
  it('an embedding prompt has no system role and no instructions to hijack', () => {
    const text = '---\nmodel:\n  apiType: embedding\n---\nsystem:\n{{user_query}}\n'
    expect(parseTemplate('t.prompty', text).messages[0]?.role).toBe('user')
    expect(added('t.prompty', text)).toEqual([])
  })
  it('the condition of a block is not inserted text', () => {
    expect(added('t.prompt', '{{role "system"}}\n{{#if user_input}}Answer carefully.{{/if}}\n')).toEqual([])
  })
})

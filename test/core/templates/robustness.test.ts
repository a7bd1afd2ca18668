// Never throws, stays linear: fuzzing, hostile inputs, 10 MB files, CRLF and BOM.
import { describe, expect, it } from '@jest/globals'
import * as fc from 'fast-check'
import { parseTemplate } from '../../../src/core/templates/index.js'
import type { Template } from '../../../src/core/types.js'
import { HANG_LIMIT_MS } from '../../helpers/hang-limit.js'

const PATHS = ['a.prompt.yml', 'b.prompty', 'c.prompt', 'prompts/d.md', 'prompts/e.j2', 'prompts/f.json']

/** Structural invariants every parse must keep, whatever the input (one expect: fast on big files). */
function checkInvariants(t: Template): void {
  const max = Math.max(1, t.lineCount)
  const inRange = (line: number) => Number.isInteger(line) && line >= 1 && line <= max
  const problems: string[] = []
  for (const e of t.parseErrors) if (!inRange(e.line)) problems.push(`issue line ${e.line}`)
  t.messages.forEach((m, i) => {
    if (!m.lines.every((l) => inRange(l.line))) problems.push(`message ${i} line out of range`)
    if (m.text !== m.lines.map((l) => l.text).join('\n')) problems.push(`message ${i} text differs from lines`)
  })
  for (const v of t.variables) {
    if (v.message >= t.messages.length) problems.push(`variable ${v.name} message ${v.message}`)
    if (!inRange(v.line)) problems.push(`variable ${v.name} line ${v.line}`)
  }
  expect(problems).toEqual([])
}

const FRAGMENTS = [
  '---',
  '---js',
  '\n',
  '\r\n',
  '\uFEFF',
  '  ',
  '- ',
  ': ',
  'role: user',
  'content: |',
  'content: >',
  'messages:',
  'model: ',
  'inputs:',
  'schema:',
  'x?: string',
  '&a ',
  '*a',
  '!!js/function ',
  '!include ',
  '"',
  "'",
  '{{',
  '}}',
  '{{{',
  '}}}',
  '{%',
  '%}',
  '{#',
  '#}',
  '{{!--',
  '--}}',
  '{{role "system"}}',
  '{{history}}',
  'system:',
  'user:',
  '<a>',
  '</a>',
  '```',
  '"""',
  '[',
  ']',
  '{',
  '}',
  ',',
  'name',
  '{{x}}',
  '{x}',
  '${file:a}',
  '\t',
  '\u202e',
  '\\',
]
const fragmentText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 60 })
  .map((a) => a.join(''))

describe('parseTemplate robustness', () => {
  it('never throws and keeps its invariants (fuzz)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PATHS),
        fc.oneof(fragmentText, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 80 })),
        (path, text) => {
          checkInvariants(parseTemplate(path, text))
        },
      ),
      { numRuns: 1500 },
    )
  })

  it('never throws on JSON-shaped input', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        checkInvariants(parseTemplate('prompts/x.json', json))
      }),
      { numRuns: 300 },
    )
  })

  it.each(PATHS)('treats CRLF and a BOM like LF (%s)', (path) => {
    const lf = path.endsWith('.json')
      ? '{\n  "messages": [\n    {"role": "user", "content": "Hi {{name}}"}\n  ]\n}\n'
      : path.endsWith('.yml')
        ? 'model: openai/gpt-4o\nmessages:\n  - role: user\n    content: |\n      Hi {{name}}\n      <q>{{q}}</q>\n'
        : '---\nmodel: openai/gpt-4o\n---\nuser:\nHi {{name}}\n<q>{{q}}</q>\n'
    const want = parseTemplate(path, lf)
    const got = parseTemplate(path, '\uFEFF' + lf.replaceAll('\n', '\r\n'))
    expect(got).toEqual(want)
    expect(got.messages.every((m) => !m.text.includes('\r'))).toBe(true)
  })

  it('does not blow up on aliases (billion laughs) in front matter', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 12; i++)
      levels.push(
        `l${i}: &l${i} [${Array(9)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      )
    const t = parseTemplate('x.prompt', `---\n${levels.join('\n')}\n---\nhi {{x}}\n`)
    expect(t.parseErrors[0]?.message).toMatch(/alias/i)
    expect(t.messages[0]?.text).toBe('hi {{x}}')
  })
})

describe('performance', () => {
  const MB10 = 10 * 1024 * 1024
  const fill = (unit: string, size = MB10) => unit.repeat(Math.ceil(size / unit.length))
  const time = (path: string, text: string) => {
    const start = performance.now()
    const t = parseTemplate(path, text)
    return { t, ms: performance.now() - start }
  }
  // The budget is "well under a second"; the bound leaves headroom for loaded CI runners.
  const BUDGET_MS = HANG_LIMIT_MS
  const line = 'Lorem ipsum dolor sit amet, <doc>{{context}}</doc> consectetur "{{q}}" adipiscing elit.\n'

  it.each([
    ['big.prompt.yml', `model: openai/gpt-4o\nmessages:\n  - role: system\n    content: |\n${fill(`      ${line}`)}`],
    ['big.prompty', `---\nname: big\nmodel:\n  api: chat\n---\nsystem:\n${fill(line)}user:\n{{question}}\n`],
    ['big.prompt', `---\nmodel: googleai/gemini-1.5-pro\n---\n{{role "system"}}\n${fill(line)}`],
    ['prompts/big.md', fill(line)],
    ['prompts/big.json', JSON.stringify({ messages: [{ role: 'user', content: fill(line) }] })],
  ])('parses a 10 MB %s in budget', (path, text) => {
    expect(text.length).toBeGreaterThanOrEqual(MB10)
    const { t, ms } = time(path, text)
    expect(ms).toBeLessThan(BUDGET_MS)
    expect(t.messages.length).toBeGreaterThan(0)
    checkInvariants(t)
  })

  it('caps variables on a file full of them, with an issue', () => {
    const { t, ms } = time('prompts/v.txt', fill('{{a}} ', 2 * 1024 * 1024))
    expect(ms).toBeLessThan(BUDGET_MS)
    expect(t.variables).toHaveLength(20_000)
    expect(t.parseErrors[0]?.message).toMatch(/more than 20000 variable uses/)
  })

  it('refuses YAML too dense to parse quickly, keeping the text', () => {
    const { t, ms } = time('dense.prompt.yml', `messages:\n${fill('  - role: user\n    content: hi {{x}}\n', 2 * 1024 * 1024)}`)
    expect(ms).toBeLessThan(BUDGET_MS)
    expect(t.parseErrors[0]?.message).toMatch(/too large or complex/)
    expect(t.messages[0]?.role).toBe('unknown')
  })

  // ~1 MB hostile strings against every scanner and regex: each must stay linear.
  const hostile = [
    '{{',
    '{{{',
    '{{ a|',
    '{%',
    '{#',
    '{{!--',
    '<a ',
    '<a>',
    '</a>',
    '<a b="',
    '"{{a}}',
    '```\n',
    '"""',
    '---\n',
    '{a',
    '{a.',
    '{{role "',
    'user:\n',
    '\u201c{{a}}',
    '[',
    '{"a":',
    '"\\',
    'gpt-4o-2024-',
    '@',
    ':',
    '\\\\"',
  ]
  it.each(PATHS)('stays fast on hostile input (%s)', (path) => {
    const start = performance.now()
    for (const unit of hostile) parseTemplate(path, fill(unit, 1024 * 1024))
    expect(performance.now() - start).toBeLessThan(hostile.length * 400)
  })
})

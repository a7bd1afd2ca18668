import { describe, expect, it } from '@jest/globals'
import { parseTemplate } from '../../../src/core/templates/index.js'
import { readTemplateFixture } from './fixtures.js'
import type { TemplateFixture } from './fixtures.js'

const parse = (name: TemplateFixture) => parseTemplate(name, readTemplateFixture(name))
const summary = (name: TemplateFixture) => parse(name).variables.map((v) => [v.name, v.line, v.raw, v.delimited, v.syntax])

describe('plain templates', () => {
  it('is one unknown-role message mapping every line', () => {
    const t = parse('prompts/review.md')
    expect(t.format).toBe('plain')
    expect(t.parseErrors).toEqual([])
    expect(t.messages).toHaveLength(1)
    expect(t.messages[0]).toMatchObject({ role: 'unknown', startLine: 1, endLine: 14 })
    expect(t.messages[0]?.lines.every((l, i) => l.line === i + 1)).toBe(true)
    expect(t.lineCount).toBe(14)
  })

  it.each<{ name: TemplateFixture; want: unknown[] }>([
    {
      name: 'prompts/review.md',
      want: [
        ['team', 3, false, false, 'jinja'],
        ['diff', 9, false, true, 'mustache'],
        ['notes', 12, true, false, 'mustache-raw'],
        ['author_comment', 13, false, true, 'mustache'],
      ],
    },
    {
      name: 'prompts/answer.j2',
      want: [
        ['documents', 3, false, false, 'jinja'],
        ['documents[].title', 4, false, false, 'jinja'],
        ['question', 7, true, true, 'jinja'],
      ],
    },
    {
      name: 'prompts/welcome.hbs',
      want: [
        ['user.name', 1, false, false, 'mustache'],
        ['premium', 3, false, false, 'mustache'],
        ['user.nickname', 3, true, false, 'mustache-raw'],
        ['message', 5, false, true, 'mustache'],
      ],
    },
    {
      name: 'prompts/notes.txt',
      want: [
        ['notes', 3, false, true, 'mustache'],
        ['owner', 5, false, false, 'mustache'],
      ],
    },
  ])('$name variables', ({ name, want }) => {
    expect(summary(name)).toEqual(want)
  })

  it('handles an empty file and a file without a final newline', () => {
    const empty = parseTemplate('prompts/a.txt', '')
    expect(empty).toMatchObject({ lineCount: 0, parseErrors: [], variables: [] })
    const t = parseTemplate('prompts/a.txt', 'a\nb {{x}}')
    expect(t.lineCount).toBe(2)
    expect(t.messages[0]?.lines).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'b {{x}}' },
    ])
  })
})

// Template control tags are executed by the runtime and never rendered: the classifiers read
// the text without them (blocks.ts), so `{% if a %}` repeated on a line is not evidence, and a
// paragraph wrapped in a conditional is still one paragraph.
import { describe, expect, it } from '@jest/globals'
import { textBlocks, withoutControlTags } from '../../../src/core/classify/blocks.js'
import { classifyLines } from '../../../src/core/classify/judge.js'
import { toxicityModel } from '../../../src/core/classify/models.js'
import { toxicityDetector } from '../../../src/core/detect/toxicity/index.js'
import { injectionDetector } from '../../../src/core/detect/injection/index.js'
import { changeOf, testContext } from '../detect/injection/template-fixture.js'

const classifierFindings = (text: string): string[] =>
  [
    ...toxicityDetector.detect(changeOf(null, text), testContext()),
    ...injectionDetector.detect(changeOf(null, text), testContext()),
  ]
    .map((f) => f.rule)
    .filter((r) => r.endsWith('.classifier'))

describe('control tags before the classifiers', () => {
  it('leaves out Jinja and Handlebars control tags, not variables', () => {
    expect(withoutControlTags('{% if user %}Hello {{ name }}{% endif %}')).toBe(' Hello {{ name }} ')
    const squeeze = (t: string): string => withoutControlTags(t).replace(/ +/g, ' ')
    expect(squeeze('{{#if admin}}Welcome{{else}}Hi{{/if}} {{! note }}{{^items}}none{{/items}}')).toBe(' Welcome Hi none ')
    expect(squeeze('{# a comment #}Text {{~#each xs~}}')).toBe(' Text ')
    expect(withoutControlTags('No tags here: {name} and {{name}}')).toBe('No tags here: {name} and {{name}}')
  })

  it('keeps a paragraph whole across a line that is only control tags', () => {
    const blocks = textBlocks([
      { line: 1, text: 'First sentence of the paragraph.' },
      { line: 2, text: '{% if premium %}' },
      { line: 3, text: 'Second sentence.' },
      { line: 4, text: '{% endif %}' },
    ])
    expect(blocks.map((b) => b.lines.map((l) => l.line))).toEqual([[1, 3]])
  })

  it('draws no classifier finding from repeated control tags', () => {
    expect(classifierFindings('{% if a %}'.repeat(10_000))).toEqual([])
    expect(classifierFindings(`${'{{#if a}}'.repeat(100)}x${'{{/if}}'.repeat(100)}`)).toEqual([])
  })

  it('still judges the text a conditional wraps, as it would unwrapped', () => {
    const text = 'Our competitors are a bunch of clowns.'
    const score = (lines: string[]): number[] =>
      classifyLines(
        toxicityModel(),
        lines.map((t, i) => ({ line: i + 1, text: t })),
        0.001,
      ).map((v) => v.probability)
    expect(score(['{% if mode == "x" %}', text, '{% endif %}'])).toEqual(score([text]))
    expect(score([text])).toHaveLength(1)
  })
})

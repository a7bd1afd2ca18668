// The probe-set table in docs/detectors.md is what the detectors do on test/fixtures/probes
// today: a rule change that moves a probe must come with the table `npm run eval -- probes`
// writes, so the figures the docs quote can always be reproduced.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { evaluateProbes, parseProbes, renderProbesMarkdown } from '../../scripts/eval/probes.js'

const BEGIN = '<!-- probes:begin -->'
const END = '<!-- probes:end -->'

function documentedTable(): string {
  const doc = readFileSync('docs/detectors.md', 'utf8')
  return doc.slice(doc.indexOf(BEGIN) + BEGIN.length, doc.indexOf(END)).trim()
}

describe('probe sets', () => {
  it('score as docs/detectors.md says (run `npm run eval -- probes` after a rule change)', () => {
    expect(renderProbesMarkdown(evaluateProbes('test/fixtures/probes'))).toBe(documentedTable())
  })

  it('reads "+ " and "- " lines, skips comments, and names the file and line of anything else', () => {
    expect(parseProbes('# a comment\n+ flag me\n\n- leave me\\nalone\n', 'x.txt')).toEqual([
      { label: true, text: 'flag me' },
      { label: false, text: 'leave me\nalone' },
    ])
    expect(() => parseProbes('+ fine\nnot a probe', 'x.txt')).toThrow('x.txt:2')
  })

  it('expands value markers per file and line, the same on every run', () => {
    const [first] = parseProbes('+ token: ghp_⟦rand:alnum:36⟧', 'x.txt')
    expect(first?.text).toMatch(/^token: ghp_[A-Za-z0-9]{36}$/)
    expect(parseProbes('+ token: ghp_⟦rand:alnum:36⟧', 'x.txt')[0]?.text).toBe(first?.text)
    expect(parseProbes('+ token: ghp_⟦rand:alnum:36⟧', 'y.txt')[0]?.text).not.toBe(first?.text)
  })
})

// A very long line (a transcript or a JSON document pasted into a prompt) is read in
// overlapping windows of whole sentences (long-lines.ts). The sentences were written for this
// project.
import { describe, expect, it } from '@jest/globals'
import { LONG_LINE, readingWindows } from '../../../../src/core/detect/toxicity/long-lines.js'
import { ruleHits } from './rules-of.js'

const FILLER = [
  'The meeting covered the quarterly budget and the new office layout.',
  'Maria asked whether the release could move to Thursday!',
  'Nobody had checked the backup logs since March?',
  'We agreed to revisit the hiring plan next week.',
]
/** `sentences` benign sentences, numbered (no window's text occurs twice), one space apart, ending in a space. */
const filler = (sentences: number): string =>
  Array.from({ length: sentences }, (_, i) => `Note ${i}: ${FILLER[i % FILLER.length] as string} `).join('')

describe('toxicity: very long lines', () => {
  it('reads a line of up to LONG_LINE characters whole', () => {
    const line = filler(200).slice(0, LONG_LINE)
    expect(readingWindows(line)).toEqual([line])
  })

  it('reads a longer line in overlapping windows that start at sentences and cover it', () => {
    const line = filler(600)
    const windows = readingWindows(line)
    expect(windows.length).toBeGreaterThan(10)
    let covered = 0
    let from = 0
    for (const [i, window] of windows.entries()) {
      expect(window.length).toBeLessThanOrEqual(2000)
      const start = line.indexOf(window, from)
      expect(start).toBeGreaterThanOrEqual(0)
      // Each window after the first begins inside the previous one, at the start of a sentence.
      if (i > 0) {
        expect(start).toBeLessThan(covered)
        expect(line.slice(start - 2, start)).toMatch(/[.!?] $/)
      }
      covered = start + window.length
      from = start + 1
    }
    expect(covered).toBe(line.length)
  })

  it('cuts a line without sentences at spaces', () => {
    const line = 'word '.repeat(3000)
    const windows = readingWindows(line)
    expect(windows.length).toBeGreaterThan(1)
    for (const window of windows) expect(window).toMatch(/^word(?: word)* ?$/)
  })

  it('still finds hate deep inside a long line', () => {
    expect(ruleHits(`${filler(300)}Immigrants are vermin and should be exterminated. ${filler(300)}`)).toContain(
      'toxicity.harassment',
    )
  })

  // A claim that runs across two sentences is read whole where a window ends between them.
  it('reads a claim across two sentences whole at a window edge', () => {
    const claim = 'The Roma moved in next door. They are thieves. '
    const lines = Array.from({ length: 120 }, (_, k) => `${'x'.repeat(k * 3)} ${filler(28)}${claim}${filler(60)}`)
    const straddled = lines.filter((line) => readingWindows(line).some((w) => w.endsWith('The Roma moved in next door. ')))
    expect(straddled.length).toBeGreaterThan(0)
    for (const line of straddled) expect(ruleHits(line)).toContain('toxicity.harassment')
  })

  it('flags nothing in a long benign line', () => {
    expect(ruleHits(filler(500))).toEqual([])
  })
})

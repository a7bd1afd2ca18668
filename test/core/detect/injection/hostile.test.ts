import { describe, expect, it } from '@jest/globals'
import { injectionDetector } from '../../../../src/core/detect/injection/index.js'
import { changeOf, testContext } from './template-fixture.js'
import { HANG_LIMIT_MS } from '../../../helpers/hang-limit.js'

const MB = 1 << 20

function timed(text: string): { ms: number; count: number } {
  const change = changeOf(null, text)
  const start = performance.now()
  const count = injectionDetector.detect(change, testContext()).length
  return { ms: performance.now() - start, count }
}

describe('injection detector on ~1 MB hostile input', () => {
  const payloads: Array<[string, string]> = [
    ['one long line of brackets', '[](['.repeat(MB / 4)],
    ['image prefixes', '![a](http://x/?'.repeat(MB / 15)],
    ['html img openers', '<img src=<a href='.repeat(MB / 17)],
    ['mustache openers', '{{'.repeat(MB / 2)],
    ['override fragments', 'ignore all previous '.repeat(MB / 20)],
    ['planted phrases on every line', 'if ignore previous instructions\n'.repeat(MB / 32)],
    ['special token fragments', '<|aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'.repeat(MB / 56)],
    ['hidden characters', '\u200B\u202E\u{E0041}'.repeat(MB / 4)],
    ['variables', 'system:\n' + '{{query}} {{{raw}}}\n'.repeat(MB / 20)],
    // The twelfth round's forms; the exemptions' walks were quadratic in a first version.
    ['pop directional isolates', '\u2069'.repeat(MB)],
    ['isolates around placeables', '\u2068{{a}}'.repeat(MB / 6)],
    ['flags then a run of tags', '\u{1F3F4}'.repeat(MB / 4) + '\u{E0067}'.repeat(MB / 4)],
    ['soft hyphens', 'a\u00AD'.repeat(MB / 2)],
    ['decode orders', 'decode it and\n'.repeat(MB / 14)],
    ['CSS url openers', "url('{{x}}".repeat(MB / 10)],
    ['link openers', '<link rel=prefetch href='.repeat(MB / 24)],
    ['fetched links never closed', '<link rel=prefetch href=https://a.example/x?d={{c}} '.repeat(MB / 52)],
  ]
  it.each(payloads)('%s finishes fast', (_, text) => {
    const { ms } = timed(text)
    expect(ms).toBeLessThan(HANG_LIMIT_MS)
  })
})

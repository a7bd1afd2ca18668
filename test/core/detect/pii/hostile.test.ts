import { describe, expect, it } from '@jest/globals'
import { findPii } from '../../../../src/core/detect/pii/index.js'
import { HANG_LIMIT_MS } from '../../../helpers/hang-limit.js'

const MB = 1_000_000
const hostile: Array<[string, string]> = [
  ['a run', 'a'.repeat(MB)],
  ['@ run', '@'.repeat(MB)],
  ['a@ pairs', 'a@'.repeat(MB / 2)],
  ['dotted labels', 'a.'.repeat(MB / 2) + '@'],
  ['email chain', 'a@b.c'.repeat(MB / 5)],
  ['digits', '7'.repeat(MB)],
  ['spaced digits', '1 '.repeat(MB / 2)],
  ['dashed digits', '12-'.repeat(MB / 3)],
  ['plus prefixes', '+1 '.repeat(MB / 3)],
  ['phone-ish groups', '(415) 555-01 '.repeat(MB / 13)],
  ['IBAN anchors', 'DE89 '.repeat(MB / 5)],
  ['upper alnum', 'AB12'.repeat(MB / 4)],
  ['hex', 'f'.repeat(MB)],
  ['hex with labels', 'user_id: 5f4dcc3b5aa765d61d8327deb882cf99 '.repeat(MB / 42)],
]

describe('findPii on 1 MB hostile input', () => {
  it.each(hostile)('%s finishes fast', (_name, text) => {
    const t = performance.now()
    findPii(text)
    expect(performance.now() - t).toBeLessThan(HANG_LIMIT_MS)
  })

  it('still finds every number in a long list of valid phone numbers', () => {
    const text = '(415) 555-0132, '.repeat(20_000)
    expect(findPii(text).filter((m) => m.rule === 'pii.phone')).toHaveLength(20_000)
  })
})

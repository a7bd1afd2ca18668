import { describe, expect, it } from '@jest/globals'
import { findSecrets } from '../../../../src/core/detect/secrets/index.js'
import { HANG_LIMIT_MS } from '../../../helpers/hang-limit.js'

const MB = 1_000_000
const hostile: Array<[string, string]> = [
  ['a run', 'a'.repeat(MB)],
  ['@ run', '@'.repeat(MB)],
  ['digits', '7'.repeat(MB)],
  ['BEGIN headers', '-----BEGIN '.repeat(MB / 11)],
  ['full PEM headers', '-----BEGIN PRIVATE KEY-----'.repeat(MB / 27)],
  ['eyJ segments', 'eyJa-'.repeat(MB / 5)],
  ['eyJ dotted', 'eyJaaaaa.'.repeat(MB / 9)],
  ['sk- chains', 'sk-'.repeat(MB / 3)],
  ['ghp_ chains', 'ghp_'.repeat(MB / 4)],
  ['assignments', 'password='.repeat(MB / 9)],
  ['keys without values', 'token: '.repeat(MB / 7)],
  ['scheme separators', '://a:'.repeat(MB / 5)],
  ['AccountKey', 'AccountKey='.repeat(MB / 11)],
  ['mustaches', '{{'.repeat(MB / 2)],
  ['base64ish', 'Ab3/+'.repeat(MB / 5)],
]

describe('findSecrets on 1 MB hostile input', () => {
  it.each(hostile)('%s finishes fast', (_name, text) => {
    const t = performance.now()
    findSecrets(text)
    expect(performance.now() - t).toBeLessThan(HANG_LIMIT_MS)
  })
})

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
  // The twelfth round's forms: each once quadratic or worse in a first version.
  ['table after table with a password column', '| password | x |\n|---|---|\n'.repeat(MB / 26)],
  // 4 MB: a search back to the start for each member took 2 s at 1 MB, 30 s here.
  ['JWK members with no brace', '"kty"'.repeat((4 * MB) / 5)],
  ['JWK objects never closed', '{"kty":'.repeat(MB / 7)],
  ['a long table', '| user | password |\n|---|---|\n' + '| a | Xk29fLq8Wz7! |\n'.repeat(MB / 18)],
  ['macros', '#define PASSWORD "'.repeat(MB / 18)],
  ['abbreviated keys', 'pw: '.repeat(MB / 4)],
  ['login pairs', 'login is a / '.repeat(MB / 13)],
  ['password nouns in another script', 'пароль: '.repeat(MB / 8)],
  ['option constants', 'CURLOPT_PASSWORD, '.repeat(MB / 18)],
  ['ampersands after a password', 'password=a&'.repeat(MB / 11)],
  ['colour codes as a report shows them', '[U+001B][93m'.repeat(MB / 12)],
  // Fourteenth round: each flag searched the whole line for its ends, ~60 s on this line.
  ['password flags on one line', '-p x '.repeat(MB / 5)],
  ['basic-auth flags on one line', '--user a:b '.repeat(MB / 11)],
  // Thirtieth round: connection calls, auth pairs, "log in as", published samples.
  ['connection calls never closed', 'connect("a", '.repeat(MB / 13)],
  ['nested connection calls', 'mysqli(('.repeat(MB / 8)],
  ['auth pairs', 'auth=("a", '.repeat(MB / 11)],
  ['log in as', 'log in as a with '.repeat(MB / 17)],
  ['sample keys', `the docs' public sample key ${'sk_live_' + 'Rk3vQx9LmPz2TwYb8NcJd5Hs'}. `.repeat(MB / 70)],
]

describe('findSecrets on 1 MB hostile input', () => {
  it.each(hostile)('%s finishes fast', (_name, text) => {
    const t = performance.now()
    findSecrets(text)
    expect(performance.now() - t).toBeLessThan(HANG_LIMIT_MS)
  })
})

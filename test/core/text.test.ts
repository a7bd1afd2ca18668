// matchesOf finds what String.prototype.matchAll finds, with the regex itself (text.ts).
import { describe, expect, it } from '@jest/globals'
import { matchesOf, trimEndChar } from '../../src/core/text.js'

const summary = (ms: Iterable<RegExpMatchArray>): Array<[number | undefined, string[]]> => [...ms].map((m) => [m.index, [...m]])

describe('matchesOf', () => {
  it.each([
    [/[0-9]+/g, 'a 12 b 345 c 6'],
    [/(?<![0-9])([0-9]{3})-([0-9]{2})(?![0-9])/g, 'ids 123-45, 1234-56, 987-65.'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/\p{L}+/gu, 'héllo wörld 😀 ok'],
    [/$^/g, ''],
    [/b/gy, 'bbab'],
  ])('%s in %j: what matchAll finds', (re, text) => {
    expect(summary(matchesOf(re, text))).toEqual(summary(text.matchAll(re)))
  })

  it('leaves lastIndex as it was and starts from the beginning', () => {
    const re = /[a-z]+/g
    re.lastIndex = 3
    expect([...matchesOf(re, 'ab cd')].map((m) => m[0])).toEqual(['ab', 'cd'])
    expect(re.lastIndex).toBe(3)
  })

  it('lets the loop body use the same regex', () => {
    const re = /[a-z]+/g
    const seen: string[] = []
    for (const m of matchesOf(re, 'ab cd ef')) {
      re.lastIndex = 0
      seen.push(`${m[0]}:${re.exec('zz')?.[0] ?? ''}`)
    }
    expect(seen).toEqual(['ab:zz', 'cd:zz', 'ef:zz'])
  })

  it('steps over a surrogate pair after an empty match of a v-flag regex', () => {
    const re = new RegExp('(?:)', 'gv')
    expect(summary(matchesOf(re, 'a😀b'))).toEqual(summary('a😀b'.matchAll(re)))
  })

  it('reads the flags only after an empty match (re.flags builds a string on each read)', () => {
    const re = /[0-9]+/g
    Object.defineProperty(re, 'flags', {
      get: () => {
        throw new Error('flags read')
      },
    })
    expect([...matchesOf(re, 'a 12 b 345')].map((m) => m[0])).toEqual(['12', '345'])
  })

  it('refuses a regex without the g flag, as matchAll does', () => {
    expect(() => [...matchesOf(/a/, 'a')]).toThrow(TypeError)
  })
})

describe('trimEndChar', () => {
  it('removes only trailing copies of the character', () => {
    expect(trimEndChar('a//b///', '/')).toBe('a//b')
  })
})

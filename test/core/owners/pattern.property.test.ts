// Cross-check the segment matcher against an independent regex translation of the same
// rules (after hmarr/codeowners' pattern compiler) on small random patterns and paths.
// Regexes are fine here: inputs are tiny and this is test code.
import { describe, it } from '@jest/globals'
import fc from 'fast-check'
import { compilePattern } from '../../../src/core/owners/index.js'

function referenceRegex(pattern: string): RegExp {
  let segs = pattern.split('/')
  if (segs[0] === '') segs = segs.slice(1)
  else if ((segs.length === 1 || (segs.length === 2 && segs[1] === '')) && segs[0] !== '**') segs = ['**', ...segs]
  if (segs.length > 1 && segs[segs.length - 1] === '') segs[segs.length - 1] = '**'
  const last = segs.length - 1
  let re = '^'
  let needSlash = false
  segs.forEach((seg, i) => {
    if (seg === '**') {
      if (i === 0 && i === last) re += '.+'
      else if (i === 0) {
        re += '(?:.+/)?'
        needSlash = false
      } else if (i === last) re += '/.*'
      else {
        re += '(?:/.+)?'
        needSlash = true
      }
      return
    }
    if (needSlash) re += '/'
    if (seg === '*') re += '[^/]+'
    else {
      re += seg
        .replace(/[.+^${}()|\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')
      if (i === last) re += '(?:/.*)?'
    }
    needSlash = true
  })
  return new RegExp(`${re}$`)
}

const segment = fc.constantFrom('a', 'b', '*', '**', 'a*', '*a', '?b', '*a*', 'a?', 'ab')
const pattern = fc
  .tuple(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 4 }), fc.boolean())
  // The reference mishandles adjacent `**` segments and a lone leading `**/`; skip those.
  .filter(
    ([, segs, trailing]) =>
      !segs.some((s, i) => s === '**' && segs[i + 1] === '**') && !(segs[0] === '**' && segs.length === 1 && trailing),
  )
  .map(([lead, segs, trailing]) => `${lead ? '/' : ''}${segs.join('/')}${trailing ? '/' : ''}`)
const path = fc.array(fc.constantFrom('a', 'b', 'ab', 'ba', 'aa', 'bab'), { minLength: 1, maxLength: 5 }).map((s) => s.join('/'))

describe('compilePattern agrees with a reference translation', () => {
  it('on random patterns and paths', () => {
    fc.assert(
      fc.property(pattern, path, (p, target) => {
        const compiled = compilePattern(p)
        if (!compiled.ok) return true
        return compiled.match(target) === referenceRegex(p).test(target)
      }),
      { numRuns: 5000 },
    )
  })
})

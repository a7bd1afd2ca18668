// Pattern semantics table (gitignore rules as GitHub applies them), positive and negative.
import { describe, expect, it } from '@jest/globals'
import { compilePattern } from '../../../src/core/owners/index.js'
import { HANG_LIMIT_MS } from '../../helpers/hang-limit.js'

const table: Array<{ pattern: string; yes: string[]; no: string[] }> = [
  { pattern: 'foo', yes: ['foo', 'foo/bar', 'bar/foo', 'bar/foo/baz'], no: ['foo.txt', 'bar/foo.txt', 'bar/baz', 'Foo'] },
  { pattern: '/foo', yes: ['foo', 'foo/bar', 'foo/bar/baz'], no: ['fool.txt', 'bar/foo', 'bar/foo/baz'] },
  { pattern: 'foo/', yes: ['foo/bar', 'foo/bar/baz', 'bar/foo/baz', 'bar/foo/baz/qux'], no: ['foo', 'bar/foo', 'bar/baz'] },
  { pattern: '/foo/', yes: ['foo/bar', 'foo/bar/baz'], no: ['foo', 'bar/foo/baz'] },
  { pattern: 'foo/bar', yes: ['foo/bar', 'foo/bar/baz'], no: ['foo/bart', 'baz/foo/bar', 'baz/foo/bar/qux'] },
  { pattern: 'foo/bar/', yes: ['foo/bar/baz'], no: ['foo/bar', 'foo/bart', 'baz/foo/bar/qux'] },
  { pattern: '*', yes: ['foo', 'foo/bar', 'bar/foo/baz', '.hidden', '.github/workflows/ci.yml'], no: [] },
  { pattern: 'f*', yes: ['foo', 'foo/bar', 'bar/foo/baz', 'f'], no: ['bar/baz', 'xfoo'] },
  { pattern: '/*', yes: ['foo', 'bar'], no: ['foo/bar', 'foo/bar/baz'] },
  { pattern: '/f*', yes: ['foo', 'foo/bar'], no: ['bar/foo', 'xfoo'] },
  { pattern: 'f*/', yes: ['foo/bar', 'bar/foo/baz'], no: ['foo', 'bar/foo', 'xfoo'] },
  { pattern: '/*/', yes: ['foo/bar', 'bar/foo/baz'], no: ['foo'] },
  { pattern: 'f\\*o', yes: ['f*o'], no: ['foo'] },
  { pattern: 'f?o', yes: ['foo', 'a/fxo'], no: ['fo', 'fooo', 'f/o'] },
  { pattern: 'f\\?o', yes: ['f?o'], no: ['foo'] },
  { pattern: 'foo/*', yes: ['foo/bar'], no: ['foo', 'foo/bar/baz', 'bar/foo', 'bar/foo/baz'] },
  { pattern: 'foo/*.txt', yes: ['foo/bar.txt'], no: ['foo', 'foo/bar/baz.txt', 'qux/foo/bar.txt'] },
  { pattern: 'foo/*/baz', yes: ['foo/bar/baz', 'foo/bar/baz/qux'], no: ['foo', 'foo/baz', 'foo/a/b/baz'] },
  { pattern: '**/foo/bar', yes: ['foo/bar', 'qux/foo/bar', 'qux/foo/bar/baz'], no: ['foo/baz/bar', 'qux/foo/baz/bar'] },
  { pattern: '**/*bar*', yes: ['bar', 'foo/bar', 'foo/rebar', 'foo/barrio', 'foo/qux/bar'], no: ['foo/baz'] },
  { pattern: 'foo/bar/**', yes: ['foo/bar/baz', 'foo/bar/baz/qux'], no: ['foo/bar', 'qux/foo/bar/baz'] },
  {
    pattern: 'foo/**/bar',
    yes: ['foo/bar', 'foo/bar/baz', 'foo/qux/bar/baz', 'foo/qux/quux/bar/baz'],
    no: ['qux/foo/bar', 'foo/barx'],
  },
  { pattern: 'foo/**/', yes: ['foo/bar', 'foo/bar/baz'], no: ['foo'] },
  { pattern: 'foo/**/bar/b*', yes: ['foo/bar/baz', 'foo/qux/bar/baz'], no: ['foo/bar', 'foo/bar/qux', 'foo/qux/bar'] },
  { pattern: '**', yes: ['a', 'a/b/c'], no: [] },
  {
    pattern: '*.prompt.yml',
    yes: ['x.prompt.yml', 'prompts/a/x.prompt.yml'],
    no: ['x.prompt.yaml', 'x.prompt.yml.bak', 'X.PROMPT.YML'],
  },
  { pattern: 'my\\ dir/', yes: ['my dir/a.txt'], no: ['my/a.txt'] },
  { pattern: 'Docs/', yes: ['Docs/a.md'], no: ['docs/a.md', 'DOCS/a.md'] },
  { pattern: '/', yes: [], no: ['a', 'a/b'] },
  { pattern: 'a#b', yes: ['a#b', 'x/a#b'], no: ['a'] },
]

describe('compilePattern', () => {
  it.each(table)('$pattern', ({ pattern, yes, no }) => {
    const compiled = compilePattern(pattern)
    if (!compiled.ok) throw new Error(compiled.message)
    for (const path of yes) expect([path, compiled.match(path)]).toEqual([path, true])
    for (const path of no) expect([path, compiled.match(path)]).toEqual([path, false])
  })

  it.each([
    ['!foo', /negated/],
    ['[abc].js', /character ranges/],
    ['src/*.[jt]s', /character ranges/],
    ['\\#notes', /escaping a leading #/],
    ['a/***/b', /three consecutive/],
  ])('rejects %s', (pattern, message) => {
    const compiled = compilePattern(pattern)
    expect(compiled.ok).toBe(false)
    if (!compiled.ok) expect(compiled.message).toMatch(message)
  })
})

describe('hostile input stays fast', () => {
  const cases: Array<[string, string]> = [
    ['*a*a*a*a*a*a*a*a*b', 'a'.repeat(100_000)],
    ['**/a*a*a*a*b/**/c', 'a/'.repeat(50_000) + 'x'],
    ['**/**/**/**/x', 'a/'.repeat(500_000) + 'y'],
    ['*?*?*?*?*?z', 'q'.repeat(1_000_000)],
    ['docs/*/z', 'docs/' + '/'.repeat(1_000_000) + 'x'],
  ]
  it.each(cases)('%s on a %#-th hostile path', (pattern, path) => {
    const compiled = compilePattern(pattern)
    if (!compiled.ok) throw new Error(compiled.message)
    const start = performance.now()
    expect(compiled.match(path)).toBe(false)
    expect(performance.now() - start).toBeLessThan(HANG_LIMIT_MS)
  })
})

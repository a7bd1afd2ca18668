import { describe, expect, it } from '@jest/globals'
import { CODEOWNERS_PATHS, ownersForPaths, ownersOf, parseCodeowners, pickCodeowners } from '../../../src/core/owners/index.js'
import { HANG_LIMIT_MS } from '../../helpers/hang-limit.js'

describe('parseCodeowners', () => {
  it('skips comments and blanks, keeps line numbers, handles CRLF and tabs', () => {
    const parsed = parseCodeowners('# comment\r\n\r\n*.md\t@docs # trailing\r\n   \r\n/src/  @a @org/b  x@example.com\r\n')
    expect(parsed.errors).toEqual([])
    expect(parsed.rules.map((r) => [r.line, r.pattern, r.owners])).toEqual([
      [3, '*.md', ['@docs']],
      [5, '/src/', ['@a', '@org/b', 'x@example.com']],
    ])
  })

  it('reports unsupported syntax with line numbers and skips only those lines', () => {
    const text = ['* @default', '!secret.txt @nobody', '*.[jt]s @js', '\\#hash @h', 'a/***/b @x', '*.md @docs'].join('\n')
    const parsed = parseCodeowners(text)
    expect(parsed.errors.map((e) => e.line)).toEqual([2, 3, 4, 5])
    expect(parsed.errors[0]?.message).toMatch(/negated/)
    expect(parsed.errors[1]?.message).toMatch(/character ranges/)
    expect(parsed.errors[2]?.message).toMatch(/escaping a leading #/)
    expect(parsed.rules.map((r) => r.line)).toEqual([1, 6])
    expect(ownersOf('secret.txt', parsed)).toEqual({ owners: ['@default'], line: 1 })
    expect(ownersOf('a.ts', parsed)).toEqual({ owners: ['@default'], line: 1 })
  })

  it.each([
    ['@', 'bare @'],
    ['@-leading-hyphen', 'leading hyphen'],
    ['user', 'no @'],
    ['@org/', 'empty team'],
    ['@org/team/extra', 'two slashes'],
    ['@a'.padEnd(45, 'b'), 'login too long'],
    ['not-an-email@', 'broken email'],
    ['@user,@other', 'comma separated'],
    ['@us er', 'never a single token, so the second half is invalid'],
  ])('rejects owner %s (%s)', (owner) => {
    const parsed = parseCodeowners(`* @ok\n*.js ${owner}`)
    expect(parsed.errors).toHaveLength(1)
    expect(parsed.errors[0]?.line).toBe(2)
    expect(parsed.errors[0]?.message).toMatch(/invalid owner/)
    expect(ownersOf('a.js', parsed).owners).toEqual(['@ok'])
  })

  it.each([
    '@octocat',
    '@Octo-Cat',
    '@octo-org/octocats',
    '@Org/team_name.v2',
    'docs@example.com',
    'first.last+tag@sub.example.co.uk',
  ])('accepts owner %s', (owner) => {
    const parsed = parseCodeowners(`* ${owner}`)
    expect(parsed.errors).toEqual([])
    expect(ownersOf('x', parsed).owners).toEqual([owner])
  })
})

describe('ownersOf', () => {
  it('last matching line wins, regardless of specificity', () => {
    const parsed = parseCodeowners('/prompts/support/ @support\n*.prompt.yml @prompt-team\n')
    expect(ownersOf('prompts/support/a.prompt.yml', parsed)).toEqual({ owners: ['@prompt-team'], line: 2 })
    expect(ownersOf('prompts/support/a.txt', parsed)).toEqual({ owners: ['@support'], line: 1 })
  })

  it('an ownerless later line makes matching paths unowned', () => {
    const parsed = parseCodeowners('* @all\n/prompts/experimental/\n')
    expect(ownersOf('prompts/experimental/a.prompt', parsed)).toEqual({ owners: [], line: 2 })
    expect(ownersOf('prompts/stable/a.prompt', parsed)).toEqual({ owners: ['@all'], line: 1 })
  })

  it('is case-sensitive on paths', () => {
    const parsed = parseCodeowners('/Prompts/ @upper\n/prompts/ @lower\n')
    expect(ownersOf('Prompts/a.txt', parsed).owners).toEqual(['@upper'])
    expect(ownersOf('prompts/a.txt', parsed).owners).toEqual(['@lower'])
    expect(ownersOf('PROMPTS/a.txt', parsed)).toEqual({ owners: [], line: null })
  })

  it('returns null line when nothing matches, and accepts a leading slash on the path', () => {
    const parsed = parseCodeowners('/docs/ @d')
    expect(ownersOf('src/a.ts', parsed)).toEqual({ owners: [], line: null })
    expect(ownersOf('/docs/a.md', parsed)).toEqual({ owners: ['@d'], line: 1 })
  })

  it('parses a 1 MB hostile file and line quickly', () => {
    const hostile = `${'*'.repeat(2)}/${'a*'.repeat(200_000)}b @x\nx ${'@'.repeat(500_000)}\n${'#'.repeat(300_000)}`
    const start = performance.now()
    const parsed = parseCodeowners(hostile)
    expect(ownersOf('a/'.repeat(100_000) + 'c', parsed).owners).toEqual([])
    expect(performance.now() - start).toBeLessThan(HANG_LIMIT_MS)
    expect(parsed.errors.map((e) => e.line)).toEqual([2])
    expect(parsed.errors[0]?.message.length).toBeLessThan(200)
  })
})

describe('pickCodeowners', () => {
  it('follows GitHub order .github/, root, docs/', () => {
    expect(CODEOWNERS_PATHS).toEqual(['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'])
    expect(pickCodeowners({ 'docs/CODEOWNERS': 'd', CODEOWNERS: 'r', '.github/CODEOWNERS': 'g' })).toEqual({
      path: '.github/CODEOWNERS',
      text: 'g',
    })
    expect(pickCodeowners({ 'docs/CODEOWNERS': 'd', CODEOWNERS: 'r' })).toEqual({ path: 'CODEOWNERS', text: 'r' })
    expect(pickCodeowners({ 'docs/CODEOWNERS': 'd', '.github/CODEOWNERS': undefined })).toEqual({
      path: 'docs/CODEOWNERS',
      text: 'd',
    })
    expect(pickCodeowners({ codeowners: 'lowercase is not looked up', 'src/CODEOWNERS': 'x' })).toBeNull()
    expect(pickCodeowners({ '.github/CODEOWNERS': '', CODEOWNERS: 'r' })).toEqual({ path: '.github/CODEOWNERS', text: '' })
  })
})

describe('ownersForPaths', () => {
  const codeowners = '* @default\n/prompts/ @org/prompt-owners\n/prompts/legacy/\n'
  it('merges CODEOWNERS with config owner globs, keyed by the path as given', () => {
    const got = ownersForPaths(
      ['prompts/support/a.prompt.yml', 'prompts/legacy/b.prompty', 'src/x.ts', 'prompts/.hidden/c.prompt'],
      codeowners,
      [
        { pattern: 'prompts/support/**', owners: ['@support-lead', '@org/Prompt-Owners'] },
        { pattern: '**/*.prompty', owners: ['@prompty-fan'] },
        { pattern: 'prompts/**', owners: ['@all-prompts'] },
      ],
    )
    expect(got).toEqual({
      'prompts/support/a.prompt.yml': ['@org/prompt-owners', '@support-lead', '@all-prompts'],
      'prompts/legacy/b.prompty': ['@prompty-fan', '@all-prompts'],
      'src/x.ts': ['@default'],
      'prompts/.hidden/c.prompt': ['@org/prompt-owners', '@all-prompts'],
    })
  })

  it('works without CODEOWNERS and without config rules', () => {
    expect(ownersForPaths(['a.prompt'], null)).toEqual({ 'a.prompt': [] })
    expect(ownersForPaths(['a.prompt'], undefined, [{ pattern: '*.prompt', owners: ['@x'] }])).toEqual({ 'a.prompt': ['@x'] })
  })
})

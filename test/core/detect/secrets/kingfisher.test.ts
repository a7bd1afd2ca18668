import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { firstDifference } from './first-difference.js'
import { findSecrets, SECRET_RULES } from '../../../../src/core/detect/secrets/index.js'
import { madeByMachine } from '../../../../src/core/detect/secrets/generic-assignment.js'
import {
  KINGFISHER_COMMIT,
  KINGFISHER_RULES,
  KINGFISHER_RULES_TREE,
} from '../../../../src/core/detect/secrets/generated/kingfisher-rules.js'
// @ts-expect-error -- plain JavaScript, shared with scripts/kingfisher/generate.mjs
import { generate } from '../../../../scripts/noseyparker/build.mjs'
// @ts-expect-error -- plain JavaScript, shared with scripts/kingfisher/generate.mjs
import { mirrorDir, readUpstream } from '../../../../scripts/noseyparker/upstream.mjs'
// @ts-expect-error -- plain JavaScript, shared with scripts/kingfisher/generate.mjs
import { takenIds, takenPatterns } from '../../../../scripts/noseyparker/taken-ids.mjs'
// @ts-expect-error -- plain JavaScript, shared with scripts/kingfisher/generate.mjs
import { KINGFISHER } from '../../../../scripts/kingfisher/profile.mjs'
// @ts-expect-error -- plain JavaScript, shared with scripts/gitleaks/generate.mjs
import { replayVerdicts } from '../../../../scripts/gitleaks/build.mjs'
// @ts-expect-error -- plain JavaScript
import { oneGroupPerAlternative, secretLiterals } from '../../../../scripts/noseyparker/pattern.mjs'

const ROOT = join(import.meta.dirname, '../../../..')
const MODULE = readFileSync(join(ROOT, 'src/core/detect/secrets/generated/kingfisher-rules.ts'), 'utf8')
const REPORT = readFileSync(join(ROOT, 'scripts/kingfisher/REPORT.md'), 'utf8')
const VERDICTS = JSON.parse(readFileSync(join(ROOT, 'scripts/kingfisher/redos-verdicts.json'), 'utf8')) as unknown
const SOURCE = JSON.parse(readFileSync(join(ROOT, 'scripts/kingfisher/source.json'), 'utf8')) as {
  repo: string
  commit: string
  rules: { tree: string }
}
// Kingfisher's files, read from a local mirror at the pinned commit; absent outside this workplace.
const upstream = readUpstream(mirrorDir(), SOURCE) as { missing?: string }
if (upstream.missing)
  console.warn(`Kingfisher drift check skipped (${upstream.missing}): only the generated module's recorded source is checked`)

// Values are assembled from pieces so that no scanner reads this file as holding secrets.
const j = (...parts: string[]) => parts.join('')
const rulesOf = (text: string) => findSecrets(text).map((m) => m.rule)

describe('rules generated from Kingfisher', () => {
  it('record the pinned source and name its Apache-2.0 licence', () => {
    expect([KINGFISHER_COMMIT, KINGFISHER_RULES_TREE]).toEqual([SOURCE.commit, SOURCE.rules.tree])
    const header = MODULE.slice(0, MODULE.indexOf('import '))
    expect(header).toContain(`// Source: ${SOURCE.repo} rules at commit ${SOURCE.commit} (git tree ${SOURCE.rules.tree}),`)
    expect(header).toContain('Kingfisher is licensed under the Apache License')
  })

  ;(upstream.missing ? it.skip : it)(
    'are exactly what the generator makes of the pinned rule files (re-run scripts/kingfisher/generate.mjs)',
    () => {
      const fresh = generate({
        source: SOURCE,
        ...upstream,
        takenIds: takenIds({ noseyParker: true }),
        takenPatterns: takenPatterns(),
        redos: replayVerdicts(VERDICTS),
        profile: KINGFISHER,
      }) as { module: string; report: string }
      expect({
        moduleDiffersAtLine: firstDifference(fresh.module, MODULE),
        reportDiffersAtLine: firstDifference(fresh.report, REPORT),
      }).toEqual({ moduleDiffersAtLine: 0, reportDiffersAtLine: 0 })
    },
  )

  it('have ids no other rule uses, keywords for the prefilter, and entropy bars', () => {
    const ids = SECRET_RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of KINGFISHER_RULES) expect(rule.keywords.length).toBeGreaterThan(0)
    expect(KINGFISHER_RULES.length).toBeGreaterThan(300)
    expect(KINGFISHER_RULES.filter((r) => r.entropy > 0).length).toBeGreaterThan(300)
    // Most find the key by the provider's name, so its value is judged by its shape.
    expect(KINGFISHER_RULES.filter((r) => r.madeValue).length).toBeGreaterThan(KINGFISHER_RULES.length / 2)
  })

  it('leave out hidden, identifier, public-key and hash rules, and families the engine judges itself', () => {
    for (const dropped of ['kingfisher.generic.3', 'kingfisher.weak_password.1', 'kingfisher.credentials.1', 'kingfisher.jwt.1'])
      expect(REPORT).toMatch(new RegExp(`^\\| \`${dropped.replace(/\./g, '\\.')}\` \\| \\S`, 'm'))
    expect(KINGFISHER_RULES.map((r) => r.id)).not.toContain('age-recipient-x25519-public-key')
  })

  it('find a provider key by its format, or by its name nearby, and leave words, numbers, typed values and fakes alone', () => {
    // Square's OAuth application id has a format of its own; no hand-written, gitleaks or Nosey Parker rule knows it.
    expect(rulesOf(`const client = j('${j('sq0idp-', 'uZGn3lJQK4Y4', 'EfxqDOoV8J')}')`)).toEqual(['secrets.squareup-api-key'])
    const key = j('Qw8rT2yU5i', 'O1pA4sD7fG', '3hJ6kL9z')
    expect(rulesOf(`set the browshot key (rotated weekly): ${key}`)).toEqual(['secrets.browshot-api-key'])
    expect(rulesOf('set the browshot key (rotated weekly): professionalphotographers')).toEqual([])
    expect(rulesOf('set the browshot key (rotated weekly): 4839201746520193847561')).toEqual([])
    expect(rulesOf(`set the browshot key (rotated weekly): ${j('qwertyuiop', 'asdfghjklzxc', '123')}`)).toEqual([])
    expect(rulesOf(`set the browshot key (rotated weekly): ${j('EXAMPLE', 'KEY', key.slice(10))}`)).toEqual([])
    // Without the provider's name the rule does not fire (the engine's own rules judge the value).
    expect(rulesOf(`rotated weekly: ${key}`)).not.toContain('secrets.browshot-api-key')
  })
})

describe('anchored Kingfisher patterns', () => {
  // A rule tried only where its keyword occurs (sticky) finds what a search would only if every
  // match starts at a keyword: check that on text built to match each rule.
  it('match only where one of their keywords starts', () => {
    let seed = 11
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n
    const pick = <T>(xs: readonly T[]): T => xs[next(xs.length)] as T
    const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
    const token = (n: number) => Array.from({ length: n }, () => chars[next(chars.length)]).join('')
    const anchored = KINGFISHER_RULES.filter((r) => r.tokens[0]?.anchored)
    expect(anchored.length).toBeGreaterThan(400)
    let matches = 0
    const problems: string[] = []
    for (const rule of anchored) {
      const search = new RegExp(rule.tokens[0]!.regex.source, `${rule.tokens[0]!.regex.flags.replace('y', '')}g`)
      for (let k = 0; k < 30; k++) {
        const keyword = pick(rule.keywords)
        const text = `x ${token(next(6))}${keyword}${pick(['', '_', ' ', '-', ': ', '="'])}${pick(['', 'KEY ', 'TOKEN=', 'secret: ', 'ACCESS_'])}${token(8 + next(60))} ${pick(rule.keywords)}${token(next(90))}`
        for (const m of text.matchAll(search)) {
          matches++
          const at = text.slice(m.index).toLowerCase()
          if (!rule.keywords.some((kw) => at.startsWith(kw)))
            problems.push(`${rule.id}: /${search.source}/ at "${at.slice(0, 30)}"`)
        }
      }
    }
    expect(problems.slice(0, 5)).toEqual([])
    expect(matches).toBeGreaterThan(500)
  })
})

describe('madeByMachine (values found only by a name nearby)', () => {
  it('takes random keys of 8 characters and more', () => {
    expect(madeByMachine(j('Xk9mQ2', 'vLp7'))).toBe(true)
    expect(madeByMachine(j('9f3c2a7b', '1e4d8c6f', '0a5b3e9d', '7c1f2a4b'))).toBe(true)
    expect(madeByMachine(j('3f7a9c2e-1b4d', '-4e8f-9a6c-', '2d5e8f1b3c7a'))).toBe(true)
  })
  it('refuses words, numbers, short values, typed runs and keyboard rows', () => {
    for (const value of [
      'professional',
      'Professional',
      '483920174652',
      'a1b2c3',
      'release2024',
      j('123e4567', '-e89b-12d3-a456-', '426614174000'),
      j('ABCD1234', '-EFGH5678'),
      j('qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890'),
    ])
      expect([value, madeByMachine(value)]).toEqual([value, false])
  })
})

describe('Kingfisher pattern helpers', () => {
  it('tell a secret carrying its own literal from one found by a name nearby', () => {
    expect(secretLiterals('\\b(aio_[a-zA-Z0-9]{28})\\b')).toEqual(['aio_'])
    expect(secretLiterals('(?i)\\badobe(?:.|[\\n\\r]){0,32}?\\b([a-f0-9]{32})\\b')).toBeUndefined()
  })
  it('see one format per alternative', () => {
    expect(oneGroupPerAlternative('\\b(?:(hf_[a-zA-Z]{34})|(api_org_[a-zA-Z]{34}))\\b')).toBe(true)
    expect(oneGroupPerAlternative('user=([a-z]+);password=([a-z]+)')).toBe(false)
  })
})

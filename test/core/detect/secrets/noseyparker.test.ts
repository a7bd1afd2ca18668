import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { firstDifference } from './first-difference.js'
import { findSecrets, SECRET_RULES } from '../../../../src/core/detect/secrets/index.js'
import {
  NOSEYPARKER_COMMIT,
  NOSEYPARKER_RULES,
  NOSEYPARKER_RULES_TREE,
} from '../../../../src/core/detect/secrets/generated/noseyparker-rules.js'
// @ts-expect-error -- plain JavaScript, shared with scripts/noseyparker/generate.mjs
import { generate } from '../../../../scripts/noseyparker/build.mjs'
// @ts-expect-error -- plain JavaScript, shared with scripts/noseyparker/generate.mjs
import { SOURCE, readUpstream } from '../../../../scripts/noseyparker/upstream.mjs'
// @ts-expect-error -- plain JavaScript, shared with scripts/noseyparker/generate.mjs
import { takenIds } from '../../../../scripts/noseyparker/taken-ids.mjs'
// @ts-expect-error -- plain JavaScript, shared with scripts/gitleaks/generate.mjs
import { replayVerdicts } from '../../../../scripts/gitleaks/build.mjs'
// @ts-expect-error -- plain JavaScript
import { linearSeparators, requiredLiterals, toRe2 } from '../../../../scripts/noseyparker/pattern.mjs'
// @ts-expect-error -- plain JavaScript, shared with scripts/gitleaks/generate.mjs
import { re2ToJs } from '../../../../scripts/gitleaks/re2-to-js.mjs'

const ROOT = join(import.meta.dirname, '../../../..')
const MODULE = readFileSync(join(ROOT, 'src/core/detect/secrets/generated/noseyparker-rules.ts'), 'utf8')
const REPORT = readFileSync(join(ROOT, 'scripts/noseyparker/REPORT.md'), 'utf8')
const VERDICTS = JSON.parse(readFileSync(join(ROOT, 'scripts/noseyparker/redos-verdicts.json'), 'utf8')) as unknown
const PIN = SOURCE as { repo: string; commit: string; rules: { tree: string } }
// Nosey Parker's files, read from a local mirror at the pinned commit; absent outside this workplace.
const upstream = readUpstream() as { missing?: string }
if (upstream.missing)
  console.warn(
    `Nosey Parker drift check skipped (${upstream.missing}): only the generated module's recorded source and notice are checked`,
  )

const j = (...parts: string[]) => parts.join('')
const rulesOf = (text: string) => findSecrets(text).map((m) => m.rule)

describe('rules generated from Nosey Parker', () => {
  it('record the pinned source and carry its Apache-2.0 NOTICE', () => {
    expect([NOSEYPARKER_COMMIT, NOSEYPARKER_RULES_TREE]).toEqual([PIN.commit, PIN.rules.tree])
    const header = MODULE.slice(0, MODULE.indexOf('import '))
    expect(header).toContain(`// Source: ${PIN.repo} rules at commit ${PIN.commit} (git tree ${PIN.rules.tree}),`)
    expect(header).toContain('Nosey Parker is licensed under the Apache License')
    expect(header).toContain('// This product includes software from the Nosey Parker project developed\n')
  })

  ;(upstream.missing ? it.skip : it)(
    'are exactly what the generator makes of the pinned rule files (re-run scripts/noseyparker/generate.mjs)',
    () => {
      const fresh = generate({ source: SOURCE, ...upstream, takenIds: takenIds(), redos: replayVerdicts(VERDICTS) }) as {
        module: string
        report: string
      }
      expect({
        moduleDiffersAtLine: firstDifference(fresh.module, MODULE),
        reportDiffersAtLine: firstDifference(fresh.report, REPORT),
      }).toEqual({ moduleDiffersAtLine: 0, reportDiffersAtLine: 0 })
    },
  )

  it('have ids no other rule uses, and keywords for the prefilter', () => {
    const ids = SECRET_RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of NOSEYPARKER_RULES) expect(rule.keywords.length).toBeGreaterThan(0)
    expect(NOSEYPARKER_RULES.length).toBeGreaterThan(100)
  })

  it('find provider tokens no hand-written or gitleaks rule names, and skip fake ones', () => {
    const token = j('00', 'Qz7LmK2vXp9', 'RtB4nWc8', 'YhJ3sFd6Gk1eA5uTq0r', 'w2')
    expect(rulesOf(`okta sends ${token} with each call`)).toContain('secrets.okta-api-token')
    expect(rulesOf(`okta token ${j('00', 'example', 'x'.repeat(33))}`)).toEqual([])
  })
})

describe('Nosey Parker pattern conversion', () => {
  it('drops extended-mode layout and comments, keeping escaped blanks', () => {
    expect(toRe2('(?x)(?i)\n  secret   # the noun\n  \\ [a-z]{4} (?# four letters )\n')).toBe('(?i)secret\\x20[a-z]{4}')
  })

  it('derives the literals every match contains', () => {
    expect(requiredLiterals('(?i)(?:okta|ssws).{0,40}\\b(00[a-z0-9]{40})')).toEqual(['okta', 'ssws'])
    expect(requiredLiterals('\\b(xox[pb]-[0-9]{10})')).toEqual(['xoxp-', 'xoxb-'])
    expect(requiredLiterals('\\b([a-f0-9]{32})\\b')).toBeUndefined()
  })

  it('rewrites a polynomial `\\s*.{1,N}\\s*` separator to one that matches exactly the same texts', () => {
    const written = '(?i)Authorization(?::\\s+|\\s*.{1,5}\\s*)Basic\\s+([A-Za-z0-9+/]{6,}={0,2})(?:[^A-Za-z0-9+/=]|$)'
    const rewritten = linearSeparators(written) as string
    expect(rewritten).not.toContain('\\s*.{1,5}\\s*')
    expect(linearSeparators(`(?s)${written.slice(4)}`)).toBe(`(?s)${written.slice(4)}`)
    const [before, after] = [written, rewritten].map((re2) => {
      const js = re2ToJs(re2) as { source: string; flags: string }
      return new RegExp(js.source, js.flags)
    })
    // Every separator of up to eight pieces from blanks, line ends and punctuation.
    const pieces = [' ', '\n', '\t', '\r', '\u2028', '\u00a0', ':', '"', '=', '>', 'x', 'Basic']
    let seed = 7
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n
    for (let i = 0; i < 20_000; i++) {
      const separator = Array.from({ length: next(9) }, () => pieces[next(pieces.length)]).join('')
      const text = `Authorization${separator}Basic QWxhZGRpbjpvcGVu`
      expect([separator, after!.exec(text)?.[0]]).toEqual([separator, before!.exec(text)?.[0]])
    }
  })
})

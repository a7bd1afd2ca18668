import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { findSecrets, SECRET_RULES } from '../../../../src/core/detect/secrets/index.js'
import { GITLEAKS_COMMIT, GITLEAKS_REF, GITLEAKS_RULES, GITLEAKS_SHA256 } from '../../../../src/core/detect/secrets/generated/gitleaks-rules.js'
import { PROVIDER_PATTERNS } from '../../../../src/core/detect/secrets/provider-patterns.js'

// Tokens are assembled from parts so this file is not itself flagged by secret scanners.
const j = (...parts: string[]) => parts.join('')
const BODY20 = 'q7Zr2LxP0vTb7NcW4mKe'
const HEX32 = '3f9a1c7e5b2d4f60a8c1e9b7d3f5a2c4'
const rulesOf = (text: string) => findSecrets(text).map((m) => m.rule)

describe('generated gitleaks rules', () => {
  it('are generated from the vendored rule file (re-run scripts/gitleaks/generate.mjs after updating it)', () => {
    const toml = readFileSync(join(import.meta.dirname, '../../../../scripts/gitleaks/gitleaks.toml'))
    expect(createHash('sha256').update(toml).digest('hex')).toBe(GITLEAKS_SHA256)
    expect(GITLEAKS_REF).toMatch(/^v\d+\.\d+\.\d+$/)
    expect(GITLEAKS_COMMIT).toMatch(/^[0-9a-f]{40}$/)
  })

  it('have unique ids that never shadow a hand-written rule, and keywords for the prefilter', () => {
    const ids = GITLEAKS_RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const p of PROVIDER_PATTERNS) expect(ids).not.toContain(p.kind)
    for (const r of GITLEAKS_RULES) expect(r.keywords.length).toBeGreaterThan(0)
    expect(new Set(SECRET_RULES.map((r) => r.id)).size).toBe(SECRET_RULES.length)
    expect(GITLEAKS_RULES.length).toBeGreaterThan(150)
  })

  it.each([
    ['GitLab personal access token', j('glpat-', BODY20), 'secrets.gitlab-pat', 'glpat-'],
    ['GitLab deploy token', j('gldt-', BODY20), 'secrets.gitlab-deploy-token', 'gldt-'],
    ['Shopify admin token', j('shpat_', HEX32), 'secrets.shopify-access-token', 'shpat_'],
    ['Doppler token', j('dp.pt.', BODY20, BODY20, 'abc'), 'secrets.doppler-api-token', 'dp.pt.'],
    ['Databricks token', j('dapi', HEX32), 'secrets.databricks-api-token', 'dapi'],
  ])('%s', (_name, token, rule, prefix) => {
    const text = `Use ${token} for the deploy.`
    const found = findSecrets(text)
    expect(found.map((m) => m.rule)).toEqual([rule])
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe(token)
    expect(found[0]?.redacted.startsWith(prefix)).toBe(true)
    expect(JSON.stringify(found)).not.toContain(token.slice(prefix.length))
  })

  it('finds keyed rules only with their identifier and an operator', () => {
    const value = j('a8Kd0', 'q2Lm7Zx4Pv9Tb3Nc6Wr1Ye5Uh8J')
    expect(rulesOf(`ADAFRUIT_IO_KEY = "${value}"`)).toContain('secrets.adafruit-api-key')
    expect(rulesOf(`jira_token: ${BODY20}a1b2`)).toContain('secrets.atlassian-api-token')
    expect(rulesOf(`adafruit ${value}`)).not.toContain('secrets.adafruit-api-key')
  })

  it('needs a keyword near a match that does not contain one', () => {
    const sha = 'commit 9fceb02d0ae598e95dc970b74767f19372d61af8'
    expect(rulesOf(`${sha}\n${'filler text. '.repeat(40)}\nWe also use Sourcegraph.`)).toEqual([])
  })

  it('treats values that say they are fake as placeholders', () => {
    for (const text of [j('glpat-', 'xxxxxxxxxxxxxxxxxxxx'), j('shpat_', 'fakefakefake', HEX32.slice(12)), j('gldt-', 'EXAMPLEexample12345a')]) expect(rulesOf(text)).toEqual([])
  })
})

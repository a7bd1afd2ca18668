import { describe, expect, it } from '@jest/globals'
import { secretsDetector } from '../../../../src/core/detect/secrets/index.js'
import type { DetectorContext } from '../../../../src/core/detect/detector.js'
import type { TemplateChange, TextLine } from '../../../../src/core/types.js'

const change = (added: TextLine[]): TemplateChange => ({
  status: 'modified',
  path: 'prompts/a.prompt.yml',
  base: null,
  head: null,
  lines: { added, removed: [] },
  variables: { added: [], removed: [], renamed: [] },
  modelChanges: [],
  messageChanges: [],
})
const ctx = {} as DetectorContext
const GH = ['ghp_', '1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV2wX'].join('')
const PEM_HEAD = ['-----BEGIN EC ', 'PRIVATE KEY-----'].join('')

describe('secretsDetector', () => {
  it('reports each secret on its file line with redacted evidence', () => {
    const findings = secretsDetector.detect(
      change([
        { line: 3, text: 'system: You are a helpful bot.' },
        { line: 7, text: `  token: ${GH}` },
        { line: 12, text: 'password: "Xk9#mQ2vLp"' },
      ]),
      ctx,
    )
    expect(findings.map((f) => [f.rule, f.line, f.severity])).toEqual([
      ['secrets.github-token', 7, 'critical'],
      ['secrets.generic-assignment', 12, 'high'],
    ])
    expect(findings[0]?.evidence).toBe('ghp_\u2026[redacted:github-token]')
    expect(JSON.stringify(findings)).not.toContain(GH)
    expect(JSON.stringify(findings)).not.toContain('Xk9#mQ2vLp')
  })

  it('sees a private key spread over consecutive added lines, reported at its header', () => {
    const body = [
      'MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5jh4u5oq1jrHZoAoGCCqGSM49',
      'AwEHoUQDQgAEYD54V/vp+54P9DXarYqx4MPcm+HKRIQzNasYSoRQHQ/6S6Ps8tpM',
    ]
    const findings = secretsDetector.detect(
      change([
        { line: 20, text: PEM_HEAD },
        { line: 21, text: body[0] ?? '' },
        { line: 22, text: body[1] ?? '' },
        { line: 23, text: '-----END EC PRIVATE KEY-----' },
      ]),
      ctx,
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'secrets.private-key', line: 20, severity: 'critical' })
  })

  it('ignores placeholders and has rule metadata for every rule it emits', () => {
    expect(secretsDetector.detect(change([{ line: 1, text: 'api_key: {{api_key}}  # ${env:OPENAI_API_KEY}' }]), ctx)).toEqual([])
    for (const r of secretsDetector.rules) {
      expect(r.id).toMatch(/^secrets\.[a-z0-9-]+$/)
      expect(r.category).toBe('secrets')
    }
  })
})

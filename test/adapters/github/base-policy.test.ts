// Policy read by the App from the base revision: either name of the config, GitHub's CODEOWNERS
// lookup order, and non-text files failing closed.
import { describe, expect, it } from '@jest/globals'
import { POLICY_PATHS, policyFrom } from '../../../src/adapters/github/base-policy.js'

const text = (t: string) => ({ text: t, binary: false })
const texts = (entries: Record<string, ReturnType<typeof text> | { text: null; binary: true } | null>) =>
  new Map(POLICY_PATHS.map((p) => [p, entries[p] ?? null]))

describe('policyFrom', () => {
  it('reads .github/promptops.yaml when there is no .yml, naming it in errors', () => {
    const policy = policyFrom(texts({ '.github/promptops.yaml': text('version: 1\nrouting:\n  high: { approvals: "two" }\n') }))
    expect(policy.configFound).toBe(true)
    expect(policy.config.ok).toBe(false)
    if (!policy.config.ok) expect(policy.config.error.message).toContain('.github/promptops.yaml:3')
  })
  it('prefers .yml over .yaml', () => {
    const policy = policyFrom(
      texts({ '.github/promptops.yml': text('version: 1\n'), '.github/promptops.yaml': text('not: valid: yaml: [') }),
    )
    expect(policy.config.ok).toBe(true)
  })
  it('fails closed on a config that is not text, and finds none when both are absent', () => {
    expect(policyFrom(texts({ '.github/promptops.yml': { text: null, binary: true } })).config.ok).toBe(false)
    expect(policyFrom(texts({})).configFound).toBe(false)
  })
  it("uses the first CODEOWNERS in GitHub's order", () => {
    const policy = policyFrom(
      texts({
        CODEOWNERS: text('* @root\n'),
        'docs/CODEOWNERS': text('* @docs\n'),
        '.github/promptops.yml': text('version: 1\n'),
      }),
    )
    expect(policy.codeowners?.path).toBe('CODEOWNERS')
  })
})

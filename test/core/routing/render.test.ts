import { describe, expect, it } from '@jest/globals'
import { evaluateRouting, renderDecisionMarkdown, renderDecisionText } from '../../../src/core/routing/index.js'
import { OLDER, input, review } from './fixtures.js'

const highPending = () =>
  evaluateRouting(
    input({
      level: 'high',
      templates: [
        { path: 'a.prompt', owners: ['@org/prompt-owners', '@dana'] },
        { path: 'b.prompt', owners: ['@org/ghosts'] },
      ],
      reviews: [
        review('bob', 'APPROVED'),
        review('dana', 'APPROVED', OLDER),
        review('mallory', 'COMMENTED', undefined, 'promptops-override: <img src=x> @everyone please'),
      ],
    }),
  )

describe('renderDecisionText', () => {
  it('explains status, tier, each requirement, counted and discounted approvals', () => {
    const d = highPending()
    expect(d.status).toBe('failure')
    const text = renderDecisionText(d)
    expect(text).toContain(`FAILURE: ${d.summary}`)
    expect(text).toContain('Why this tier:\n  - risk level: high')
    expect(text).toMatch(/\[x\] 1 approval from code owners of the changed templates \(approved by @bob\)/)
    expect(text).toMatch(/\[!\] every owner of every changed template approves/)
    expect(text).toMatch(/ {4}\[ \] approval from @dana \(owner of a\.prompt\) \(missing @dana\)/)
    expect(text).toMatch(/cannot be met: membership of @org\/ghosts is unknown/)
    expect(text).toMatch(/@dana: stale: prompts\/support\.prompt\.yml changed since approval at ppppppp/)
    expect(text).toMatch(/@mallory: override refused: not a member of routing\.overriders/)
    expect(text).toMatch(/Waiting for:\n {2}- @dana, @org\/ghosts/)
  })

  it('says when no approval is required', () => {
    expect(renderDecisionText(evaluateRouting(input({ level: 'low' })))).toContain('(none: no human approval required)')
  })
})

describe('renderDecisionMarkdown', () => {
  it('renders a check-run summary with escaped user text', () => {
    const md = renderDecisionMarkdown(highPending())
    expect(md.startsWith('### ❌ high risk:')).toBe(true)
    expect(md).toContain('| Not counted | Reason |')
    expect(md).toContain('| `bob` | `hhhhhhh` | head commit |')
    expect(md).not.toContain('<img')
    expect(md).toMatch(/- \[ \] every owner of every changed template approves/)
    expect(md).toMatch(/\n {2}- \[x\] approval from @\u200borg\/prompt-owners/)
  })

  it('lists overrides with their reasons', () => {
    const d = evaluateRouting(
      input({ reviews: [review('rita', 'COMMENTED', undefined, 'promptops-override: hotfix for incident #12 | *bold*')] }),
    )
    const md = renderDecisionMarkdown(d)
    expect(md.startsWith('### ✅ medium risk: overridden by @\u200brita')).toBe(true)
    expect(md).toContain('- `rita`: hotfix for incident \\#12 \\| \\*bold\\*')
  })
})

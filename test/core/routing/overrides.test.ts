import { describe, expect, it } from '@jest/globals'
import { evaluateRouting, overrideReason } from '../../../src/core/routing/index.js'
import { OLDER, input, policy, review } from './fixtures.js'
import { HANG_LIMIT_MS } from '../../helpers/hang-limit.js'

const GOOD = 'LGTM overall.\npromptops-override: incident 4711 hotfix, reviewed live with security'

describe('overrides', () => {
  it('a valid override satisfies everything, including fail-closed requirements', () => {
    const d = evaluateRouting(
      input({
        level: 'high',
        requireOwner: true,
        templates: [{ path: 'orphan.prompt', owners: [] }],
        reviews: [review('rita', 'COMMENTED', undefined, GOOD)],
      }),
    )
    expect(d).toMatchObject({
      satisfied: true,
      status: 'success',
      summary: 'high risk: overridden by @rita (incident 4711 hotfix, reviewed live with security)',
    })
    expect(d.overrides).toEqual([{ login: 'rita', reason: 'incident 4711 hotfix, reviewed live with security' }])
    expect(d.missingReviewers).toEqual({ users: [], teams: [] })
  })

  it.each([
    ['without a reason', review('rita', 'APPROVED', undefined, 'promptops-override:'), /written reason/],
    ['with a too-short reason', review('rita', 'APPROVED', undefined, 'promptops-override: urgent'), /written reason/],
    ['by a non-overrider', review('bob', 'APPROVED', undefined, GOOD), /not a member of routing\.overriders/],
    ['by the author', review('alice', 'COMMENTED', undefined, GOOD), /author/],
    ['on a stale commit', review('rita', 'APPROVED', OLDER, GOOD), /stale/],
    ['in a dismissed review', review('rita', 'DISMISSED', undefined, GOOD), /dismissed/],
    [
      "written into the overrider's review by someone else",
      { ...review('rita', 'COMMENTED', undefined, GOOD), body_written_by: 'alice' },
      /last edited by alice, not by the reviewer/,
    ],
    [
      'in a review whose last editor GitHub did not say',
      { ...review('rita', 'APPROVED', undefined, GOOD), body_written_by: null },
      /could not be read/,
    ],
  ])('an override %s is discounted with the reason', (_name, r, why) => {
    const d = evaluateRouting(input({ level: 'critical', author: 'alice', reviews: [r] }))
    expect(d.satisfied).toBe(false)
    expect(d.overrides).toEqual([])
    expect(d.discounted.some((x) => why.test(x.reason))).toBe(true)
  })

  it('an override the overrider edited in themselves counts (logins compare case-insensitively)', () => {
    const d = evaluateRouting(
      input({
        level: 'critical',
        author: 'alice',
        reviews: [{ ...review('rita', 'COMMENTED', undefined, GOOD), body_written_by: 'Rita' }],
      }),
    )
    expect(d.satisfied).toBe(true)
  })

  it('an override withdrawn by a later CHANGES_REQUESTED does not count', () => {
    const d = evaluateRouting(
      input({ reviews: [review('rita', 'APPROVED', undefined, GOOD), review('rita', 'CHANGES_REQUESTED')] }),
    )
    expect(d.overrides).toEqual([])
    expect(d.discounted.some((x) => /withdrawn/.test(x.reason))).toBe(true)
  })

  it('a user overrider and unknown overrider teams', () => {
    const byUser = evaluateRouting(
      input({ tierPolicy: policy('medium', {}, ['@Rita']), reviews: [review('rita', 'COMMENTED', undefined, GOOD)] }),
    )
    expect(byUser.satisfied).toBe(true)
    const unknownTeam = evaluateRouting(
      input({ tierPolicy: policy('medium', {}, ['@org/unknown']), reviews: [review('rita', 'COMMENTED', undefined, GOOD)] }),
    )
    expect(unknownTeam.satisfied).toBe(false)
    expect(unknownTeam.discounted[0]?.reason).toMatch(/membership is unknown/)
  })

  it.each([
    ['promptops-override: because prod is down', 'because prod is down'],
    ['  PromptOps-Override:   spaced reason here  ', 'spaced reason here'],
    ['text\r\npromptops-override: crlf body works\r\nmore', 'crlf body works'],
    ['no marker here', null],
    ['see promptops-override: inline is not a line', null],
    [null, null],
  ])('overrideReason(%j)', (body, want) => {
    expect(overrideReason(body)).toBe(want)
  })

  it('a 1 MB hostile review body is handled quickly', () => {
    const body = `${' '.repeat(500_000)}promptops-override:${'x'.repeat(500_000)}`
    const start = performance.now()
    expect(overrideReason(body)?.length).toBe(500_000)
    const d = evaluateRouting(input({ reviews: [review('rita', 'COMMENTED', undefined, body)] }))
    expect(d.satisfied).toBe(true)
    expect(performance.now() - start).toBeLessThan(HANG_LIMIT_MS)
  })
})

import { describe, expect, it } from '@jest/globals'
import { ConfigSchema } from '../../../src/core/config/config.schema.js'
import { firstReviewAt, parseDuration, slaPolicy, slaStatus } from '../../../src/core/governance/sla.js'
import type { Report } from '../../../src/core/report/types.js'

const report = (templates: Array<{ path: string; sla?: string }>): Report =>
  ({ templates: templates.map((t) => ({ ...t, status: 'modified', owners: [] })) }) as unknown as Report

describe('SLA', () => {
  it.each([
    ['30m', 1_800_000],
    ['24h', 86_400_000],
    ['2d', 172_800_000],
    ['1w', 604_800_000],
    ['soon', null],
    ['5y', null],
  ])('parses %s', (text, ms) => expect(parseDuration(text)).toBe(ms))

  it('takes the strictest target among config globs and template metadata', () => {
    const config = ConfigSchema.parse({
      owners: [
        { pattern: 'prompts/support/**', owners: ['@a/b'], sla: '2d', escalate: '@a/leads' },
        { pattern: 'prompts/legal/**', sla: '1w' },
      ],
    })
    expect(slaPolicy(report([{ path: 'prompts/support/x.txt' }, { path: 'prompts/legal/y.txt' }]), config)).toMatchObject({
      target: '2d',
      escalate: '@a/leads',
    })
    expect(slaPolicy(report([{ path: 'prompts/legal/y.txt', sla: '4h' }]), config)).toMatchObject({
      target: '4h',
      escalate: null,
    })
    expect(slaPolicy(report([{ path: 'other.txt' }]), config)).toBeNull()
  })

  it('is overdue only without a review past the due time, and breached when reviewed late', () => {
    const policy = { target: '24h', ms: 86_400_000, escalate: '@a/leads', template: 'x' }
    const start = '2026-11-20T00:00:00.000Z'
    expect(slaStatus(policy, start, null, new Date('2026-11-20T12:00:00Z'))).toMatchObject({
      overdue: false,
      breached: false,
      dueAt: '2026-11-21T00:00:00.000Z',
    })
    expect(slaStatus(policy, start, null, new Date('2026-11-22T00:00:00Z'))).toMatchObject({ overdue: true, breached: true })
    expect(slaStatus(policy, start, '2026-11-20T05:00:00Z', new Date('2026-11-25T00:00:00Z'))).toMatchObject({
      overdue: false,
      breached: false,
    })
    expect(slaStatus(policy, start, '2026-11-21T05:00:00Z', new Date('2026-11-25T00:00:00Z'))).toMatchObject({
      overdue: false,
      breached: true,
    })
  })

  it('counts the first review by anyone but the author', () => {
    const reviews = [
      { user: { login: 'alice' }, state: 'COMMENTED', submitted_at: '2026-11-20T01:00:00Z' },
      { user: { login: 'bob' }, state: 'CHANGES_REQUESTED', submitted_at: '2026-11-20T03:00:00Z' },
      { user: { login: 'carol' }, state: 'APPROVED', submitted_at: '2026-11-20T02:00:00Z' },
    ]
    expect(firstReviewAt(reviews, 'alice')).toBe('2026-11-20T02:00:00Z')
  })
})

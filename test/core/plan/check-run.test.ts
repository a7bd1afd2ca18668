import { describe, expect, it } from '@jest/globals'
import { planApprovalCheck, planApprovalFailure, planReviewRequests } from '../../../src/core/plan/approval-check.js'
import { planCheckRun, toAnnotation } from '../../../src/core/plan/check-run.js'
import type { RoutingDecision } from '../../../src/core/routing/types.js'
import { finding, report, template } from './report-fixture.js'

describe('planCheckRun', () => {
  const many = Array.from({ length: 120 }, (_, i) => finding({ line: i + 1 }))
  it('batches annotations by 50 and leaves base-version lines out', () => {
    const plan = planCheckRun(
      report([
        template('prompts/a.txt', [...many, finding({ rule: 'guardrails.removed', category: 'guardrails', baseLine: true })]),
      ]),
      undefined,
      'summary',
    )
    expect(plan.annotationBatches.map((b) => b.length)).toEqual([50, 50, 20])
    expect(plan.annotationBatches.flat().some((a) => a.title.includes('guardrails.removed'))).toBe(false)
  })
  it.each([
    ['low, no fail-on', [], undefined, 'success'],
    ['high, no fail-on', [finding()], undefined, 'neutral'],
    ['high, fail-on high', [finding()], 'high', 'failure'],
    ['high, fail-on critical', [finding()], 'critical', 'neutral'],
  ] as const)('%s → %s', (_name, findings, failOn, want) => {
    expect(planCheckRun(report([template('prompts/a.txt', [...findings])]), failOn, 's').conclusion).toBe(want)
  })
  it('annotations show evidence once, and the suppression reason', () => {
    expect(toAnnotation(finding({ message: 'Key AKIA****', evidence: 'AKIA****' })).message).toBe('Key AKIA****')
    expect(
      toAnnotation(
        finding({ message: 'Email found', evidence: 'm***@example.com', suppressed: { reason: 'synthetic test address' } }),
      ).message,
    ).toBe('Email found (m***@example.com) [suppressed: synthetic test address]')
  })
})

const decision = (overrides: Partial<RoutingDecision> = {}): RoutingDecision => ({
  satisfied: false,
  status: 'action_required',
  tier: 'high',
  summary: 'high risk: 0/1 required approvals',
  reasons: ['risk level: high'],
  notChecked: [],
  requirements: [],
  counted: [],
  discounted: [],
  overrides: [],
  missingReviewers: { users: ['sam', 'alice', 'lee'], teams: ['@acme/legal', '@other/team', '@acme/support'] },
  ...overrides,
})

describe('planApprovalCheck and planReviewRequests', () => {
  it('the check carries the decision status and caps its text', () => {
    const plan = planApprovalCheck(decision({ summary: 'x'.repeat(2000) }))
    expect(plan).toMatchObject({ name: 'promptops/approval', conclusion: 'action_required' })
    expect(plan.title).toHaveLength(1000)
    expect(planApprovalFailure('bad config', 'y'.repeat(70_000)).summary.length).toBeLessThanOrEqual(65_000)
  })
  it('asks only for reviewers not yet requested, never the author, and only teams of this org', () => {
    const plan = planReviewRequests(decision(), {
      author: 'alice',
      requestedUsers: ['LEE'],
      requestedTeams: ['support'],
      reviewers: [],
      org: 'acme',
    })
    expect(plan).toEqual({ users: ['sam'], teams: ['legal'] })
  })
  it('asks nobody once satisfied or failed', () => {
    const pull = { author: 'x', requestedUsers: [], requestedTeams: [], reviewers: [], org: 'acme' }
    expect(planReviewRequests(decision({ satisfied: true, status: 'success' }), pull)).toEqual({ users: [], teams: [] })
    expect(planReviewRequests(decision({ status: 'failure' }), pull)).toEqual({ users: [], teams: [] })
  })
})

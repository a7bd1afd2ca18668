// A hosting change of a classified template needs each of the class's approver groups,
// satisfied only by an eligible member: the usual exclusions apply (author, co-authors,
// pushers, bots, reviewers without write access).
import { describe, expect, it } from '@jest/globals'
import { scoreChanges } from '../../../src/core/engine.js'
import {
  evaluateRouting,
  routingInput,
  type Review,
  type RoutingDecision,
  type RoutingInput,
} from '../../../src/core/routing/index.js'
import { AZURE_NEU, AZURE_WEU, OPENAI, policyConfig, prompty } from './fixtures.js'
import { HEAD, input, review } from '../routing/fixtures.js'

const TEAMS = { 'acme/privacy-office': ['pia', 'pete'], 'acme/clinical-safety': ['cara'], 'acme/edu-ai': ['ed', 'eve'] }
const STUDENTS = {
  dataClass: 'student-records',
  approvers: ['@acme/privacy-office'],
  changes: ['prompts/school/p.prompty (data.host-not-allowed, sends to api.openai.com)'],
  details: ['prompts/school/p.prompty: data.host-not-allowed: moves to api.openai.com'],
}
const HEALTH = {
  dataClass: 'health',
  approvers: ['@acme/privacy-office', '@acme/clinical-safety'],
  changes: ['prompts/clinic/v.prompt (data.class-removed, sends to api.openai.com)'],
  details: ['prompts/clinic/v.prompt: data.class-removed: removed'],
}

function decide(over: Partial<RoutingInput>, reviews: Review[]): RoutingDecision {
  return evaluateRouting(
    input({
      level: 'critical',
      templates: [{ path: 'prompts/school/p.prompty', owners: ['@acme/edu-ai'] }],
      teams: TEAMS,
      reviews,
      ...over,
    }),
  )
}
const classRequirement = (d: RoutingDecision, name: string) => d.requirements.find((r) => r.id === `data-class:${name}`)

describe('data-class approvers', () => {
  it("code owners alone do not satisfy it; a member of the class's group does", () => {
    const owners = decide({ dataClasses: [STUDENTS] }, [review('ed', 'APPROVED'), review('eve', 'APPROVED')])
    expect(owners.satisfied).toBe(false)
    expect(classRequirement(owners, 'student-records')).toMatchObject({ satisfied: false, missing: ['@acme/privacy-office'] })
    expect(owners.missingReviewers.teams).toEqual(['@acme/privacy-office'])
    const withPrivacy = decide({ dataClasses: [STUDENTS] }, [
      review('ed', 'APPROVED'),
      review('eve', 'APPROVED'),
      review('pia', 'APPROVED'),
    ])
    expect(withPrivacy.satisfied).toBe(true)
    expect(classRequirement(withPrivacy, 'student-records')).toMatchObject({ satisfied: true, approvedBy: ['pia'] })
  })

  it('needs every group of the class', () => {
    const one = decide({ dataClasses: [HEALTH] }, [
      review('ed', 'APPROVED'),
      review('eve', 'APPROVED'),
      review('pia', 'APPROVED'),
    ])
    expect(classRequirement(one, 'health')).toMatchObject({
      satisfied: false,
      approvedBy: ['pia'],
      missing: ['@acme/clinical-safety'],
    })
    const both = decide({ dataClasses: [HEALTH] }, [
      review('ed', 'APPROVED'),
      review('eve', 'APPROVED'),
      review('pia', 'APPROVED'),
      review('cara', 'APPROVED'),
    ])
    expect(both.satisfied).toBe(true)
  })

  it.each([
    ['the author', { author: 'pia' }, [review('pia', 'APPROVED')]],
    ['a co-author', { coAuthors: ['pia'] }, [review('pia', 'APPROVED')]],
    ['a pusher', { pushers: { known: ['pia'] } }, [review('pia', 'APPROVED')]],
    ['a bot', {}, [{ user: { login: 'pia[bot]', type: 'Bot' }, state: 'APPROVED', commit_id: HEAD } as Review]],
    ['a reviewer without write access', { writeAccessKnown: true }, [{ ...review('pia', 'APPROVED'), author_can_push: false }]],
  ])('%s never counts for it', (_who, over: Partial<RoutingInput>, reviews) => {
    // Where write access is known, the code owners have it: only the one under test is refused.
    const owners = [review('ed', 'APPROVED'), review('eve', 'APPROVED')].map((r) => ({ ...r, author_can_push: true }))
    const d = decide({ dataClasses: [STUDENTS], ...over }, [...owners, ...reviews])
    expect(classRequirement(d, 'student-records')?.satisfied).toBe(false)
  })

  it('fails closed when nobody eligible is left, or the group cannot be read', () => {
    const alone = decide({ dataClasses: [{ ...STUDENTS, approvers: ['@pia'] }], author: 'pia' }, [])
    expect(alone.status).toBe('failure')
    expect(classRequirement(alone, 'student-records')?.blocked).toMatch(/author or a co-author/)
    const unread = decide({ dataClasses: [STUDENTS], teams: { 'acme/edu-ai': ['ed', 'eve'] } }, [])
    expect(classRequirement(unread, 'student-records')?.blocked).toMatch(/membership of @acme\/privacy-office is unknown/)
  })

  it('is required whatever the tier, even one that needs nobody', () => {
    const d = decide({ level: 'low', dataClasses: [STUDENTS] }, [])
    expect(d.requirements.map((r) => r.id)).toEqual(['data-class:student-records'])
    expect(d.status).toBe('action_required')
  })

  it('a class without approvers adds no requirement, and the decision says so', () => {
    const d = decide({ level: 'low', dataClasses: [{ ...STUDENTS, approvers: [] }] }, [])
    expect(d.requirements).toEqual([])
    expect(d.reasons.join('\n')).toMatch(/student-records has no approvers .*only the tier's approvals apply/)
  })
})

describe('from the report', () => {
  const decideChange = (headText: string, reviews: Review[]) => {
    const config = policyConfig()
    const report = scoreChanges({
      files: [{ path: 'prompts/school/p.prompty', status: 'modified', baseText: prompty(AZURE_WEU), headText }],
      config,
      ownersOf: () => ['@acme/edu-ai'],
      now: new Date('2026-11-24T00:00:00Z'),
    })
    const facts = {
      author: 'alice',
      coAuthors: [],
      reviews,
      teams: TEAMS,
      headSha: HEAD,
      changedSince: {},
      writeAccessKnown: false,
    }
    return evaluateRouting(routingInput(report, config, facts, () => ['@acme/edu-ai']))
  }

  it('moving to a disallowed host needs the privacy office; the reasons name rule, host and class', () => {
    const owners = [review('ed', 'APPROVED'), review('eve', 'APPROVED')]
    const d = decideChange(prompty(OPENAI), owners)
    expect(d.tier).toBe('critical')
    expect(d.satisfied).toBe(false)
    expect(d.reasons.join('\n')).toMatch(
      /data class student-records: prompts\/school\/p\.prompty: data\.host-not-allowed: .*to api\.openai\.com \(openai\)/,
    )
    expect(decideChange(prompty(OPENAI), [...owners, review('pete', 'APPROVED')]).satisfied).toBe(true)
  })

  it('moving between allowed hosts does not ask the privacy office', () => {
    const d = decideChange(prompty(AZURE_NEU), [])
    expect(d.requirements.some((r) => r.id.startsWith('data-class:'))).toBe(false)
  })
})

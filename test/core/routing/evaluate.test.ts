import { describe, expect, it } from '@jest/globals'
import { evaluateRouting, type RoutingDecision, type RoutingInput } from '../../../src/core/routing/index.js'
import { HEAD, OLD, OLDER, input, policy, review } from './fixtures.js'

interface Case {
  name: string
  input: RoutingInput
  want: Partial<Pick<RoutingDecision, 'satisfied' | 'status' | 'tier' | 'summary'>>
  counted?: string[]
  discounted?: Array<[string, RegExp]>
  missing?: { users: string[]; teams: string[] }
}

const cases: Case[] = [
  {
    name: 'low tier with no approvals passes with no human',
    input: input({ level: 'low' }),
    want: { satisfied: true, status: 'success', tier: 'low', summary: 'low risk: no approval required' },
    missing: { users: [], teams: [] },
  },
  {
    name: 'medium: one owner approval on head satisfies',
    input: input({ reviews: [review('bob', 'APPROVED')] }),
    want: { satisfied: true, status: 'success', summary: 'medium risk: 1/1 required approvals' },
    counted: ['bob'],
  },
  {
    name: 'medium: no approval yet asks the owning team',
    input: input(),
    want: {
      satisfied: false,
      status: 'action_required',
      summary: 'medium risk: 0/1 required approvals; missing @org/prompt-owners',
    },
    missing: { users: [], teams: ['@org/prompt-owners'] },
  },
  {
    name: 'self-approval is ignored',
    input: input({ author: 'bob', reviews: [review('BOB', 'APPROVED')] }),
    want: { satisfied: false, status: 'action_required' },
    counted: [],
    discounted: [['BOB', /author cannot approve/]],
  },
  {
    name: 'co-author approval is ignored (case-insensitive)',
    input: input({ coAuthors: ['Carol'], reviews: [review('carol', 'APPROVED')] }),
    want: { satisfied: false, status: 'action_required' },
    discounted: [['carol', /co-author/]],
  },
  {
    name: 'approval on an older commit is stale when the prompt changed since',
    input: input({ reviews: [review('bob', 'APPROVED', OLDER)] }),
    want: { satisfied: false, status: 'action_required' },
    discounted: [['bob', /stale: prompts\/support\.prompt\.yml changed since approval at ppppppp/]],
  },
  {
    name: 'approval on an older commit is kept when every template digest is equal',
    input: input({ reviews: [review('bob', 'APPROVED', OLD)] }),
    want: { satisfied: true, status: 'success' },
    counted: ['bob'],
  },
  {
    name: 'approval on an unknown commit is discounted as stale',
    input: input({ reviews: [review('bob', 'APPROVED', 'u'.repeat(40))] }),
    want: { satisfied: false },
    discounted: [['bob', /could not be compared with the head/]],
  },
  {
    name: 'a template added after the approval makes it stale',
    input: input({
      templates: [
        { path: 'prompts/support.prompt.yml', owners: ['@org/prompt-owners'] },
        { path: 'prompts/new.prompt', owners: ['@org/prompt-owners'] },
      ],
      reviews: [review('bob', 'APPROVED', OLD)],
      changedSince: { [OLD]: 'prompts/new.prompt changed' },
    }),
    want: { satisfied: false },
    discounted: [['bob', /stale: prompts\/new\.prompt changed since approval at ooooooo/]],
  },
  {
    name: 'CHANGES_REQUESTED after APPROVED cancels the approval',
    input: input({ reviews: [review('bob', 'APPROVED'), review('bob', 'CHANGES_REQUESTED')] }),
    want: { satisfied: false, status: 'action_required' },
    discounted: [['bob', /cancelled by a later CHANGES_REQUESTED/]],
  },
  {
    name: 'a later COMMENTED review does not cancel an approval',
    input: input({ reviews: [review('bob', 'APPROVED'), review('bob', 'COMMENTED'), review('bob', 'PENDING')] }),
    want: { satisfied: true },
    counted: ['bob'],
  },
  {
    name: 'approving again after requesting changes counts',
    input: input({ reviews: [review('bob', 'CHANGES_REQUESTED'), review('bob', 'APPROVED')] }),
    want: { satisfied: true },
    counted: ['bob'],
  },
  {
    name: 'a dismissed review is ignored',
    input: input({ reviews: [review('bob', 'DISMISSED')] }),
    want: { satisfied: false },
    discounted: [['bob', /dismissed/]],
  },
  {
    name: 'ghost (deleted) users are ignored',
    input: input({ reviews: [review(null, 'APPROVED')] }),
    want: { satisfied: false },
    counted: [],
  },
  {
    name: 'codeowners: a non-owner approval does not count',
    input: input({ reviews: [review('mallory', 'APPROVED')] }),
    want: { satisfied: false, status: 'action_required' },
    counted: [],
    discounted: [['mallory', /not an owner/]],
  },
  {
    name: 'codeowners: false lets anyone but the author approve',
    input: input({ tierPolicy: policy('medium', { codeowners: false }), reviews: [review('mallory', 'APPROVED')] }),
    want: { satisfied: true },
    counted: ['mallory'],
  },
  {
    name: 'team membership: a member of the owning team satisfies',
    input: input({ templates: [{ path: 'p.prompt', owners: ['@Org/Prompt-Owners'] }], reviews: [review('Carol', 'APPROVED')] }),
    want: { satisfied: true },
    counted: ['Carol'],
  },
  {
    name: 'approvals: N needs N distinct owners',
    input: input({
      tierPolicy: policy('medium', { approvals: 2 }),
      reviews: [review('bob', 'APPROVED'), review('bob', 'APPROVED')],
    }),
    want: {
      satisfied: false,
      status: 'action_required',
      summary: 'medium risk: 1/2 required approvals; missing @org/prompt-owners',
    },
  },
  {
    name: 'approvals: N cannot be met when fewer eligible owners exist (fails closed)',
    input: input({ tierPolicy: policy('medium', { approvals: 3 }), reviews: [review('bob', 'APPROVED')] }),
    want: { satisfied: false, status: 'failure' },
  },
  {
    name: 'codeowners pool made only of a team with unknown membership fails closed and says why',
    input: input({ templates: [{ path: 'a.prompt', owners: ['@org/ghosts'] }], reviews: [review('bob', 'APPROVED')] }),
    want: {
      satisfied: false,
      status: 'failure',
      summary:
        'medium risk: 0/1 required approvals; cannot be met: only 0 eligible owner(s) other than the author and co-authors can approve, 1 required; cannot resolve members of @org/ghosts',
    },
  },
  {
    name: 'an unknown team next to known owners still lets the known owners approve',
    input: input({
      templates: [{ path: 'a.prompt', owners: ['@org/ghosts', '@org/prompt-owners'] }],
      reviews: [review('carol', 'APPROVED')],
    }),
    want: { satisfied: true, status: 'success' },
  },
  {
    name: 'co-author owners are never listed as missing reviewers',
    input: input({ coAuthors: ['dana'], templates: [{ path: 'a.prompt', owners: ['@dana', '@erin', '@org/prompt-owners'] }] }),
    want: { satisfied: false, status: 'action_required' },
    missing: { users: ['erin'], teams: ['@org/prompt-owners'] },
  },
  {
    name: 'allOwners: every owner must approve (AND)',
    input: input({
      level: 'high',
      templates: [
        { path: 'a.prompt', owners: ['@org/prompt-owners', '@dana'] },
        { path: 'b.prompt', owners: ['@org/security'] },
      ],
      reviews: [review('bob', 'APPROVED'), review('sam', 'APPROVED')],
    }),
    want: {
      satisfied: false,
      status: 'action_required',
      summary: 'high risk: 1/1 required approvals; 2/3 owners approved; missing @dana',
    },
    counted: ['bob', 'sam'],
    missing: { users: ['dana'], teams: [] },
  },
  {
    name: 'allOwners: satisfied once each owner approved',
    input: input({
      level: 'high',
      templates: [
        { path: 'a.prompt', owners: ['@org/prompt-owners', '@dana'] },
        { path: 'b.prompt', owners: ['@org/security'] },
      ],
      reviews: [review('bob', 'APPROVED'), review('sam', 'APPROVED'), review('dana', 'APPROVED')],
    }),
    want: { satisfied: true, status: 'success', summary: 'high risk: 1/1 required approvals; 3/3 owners approved' },
  },
  {
    name: 'allOwners: an owner team with unknown membership fails closed',
    input: input({
      level: 'high',
      templates: [{ path: 'a.prompt', owners: ['@org/ghosts', '@org/prompt-owners'] }],
      reviews: [review('bob', 'APPROVED')],
    }),
    want: { satisfied: false, status: 'failure' },
  },
  {
    name: 'allOwners: a sole user owner who is the author fails closed',
    input: input({ level: 'high', author: 'dana', templates: [{ path: 'a.prompt', owners: ['@dana'] }] }),
    want: { satisfied: false, status: 'failure' },
  },
  {
    name: 'require: each listed group needs an approval',
    input: input({ tierPolicy: policy('medium', { require: ['@org/security'] }), reviews: [review('bob', 'APPROVED')] }),
    want: { satisfied: false, status: 'action_required' },
    missing: { users: [], teams: ['@org/security'] },
  },
  {
    name: 'require: satisfied by a member of the group',
    input: input({
      tierPolicy: policy('medium', { require: ['@org/security'] }),
      reviews: [review('bob', 'APPROVED'), review('sam', 'APPROVED')],
    }),
    want: { satisfied: true },
    counted: ['bob', 'sam'],
  },
  {
    name: 'policy file change is at least high and needs an owner of the file, even with a low level',
    input: input({
      level: 'low',
      policyFiles: [{ path: '.github/promptops.yml', owners: ['@org/security'] }],
      reviews: [review('bob', 'APPROVED')],
    }),
    want: {
      satisfied: false,
      status: 'action_required',
      tier: 'high',
      summary:
        'high risk: 1/1 required approvals; 1/1 owners approved; approval from an owner of .github/promptops.yml (decides who approves what): pending; missing @org/security',
    },
    missing: { users: [], teams: ['@org/security'] },
  },
  {
    name: 'policy-only change: approvals from anyone do not count, the policy owners must approve',
    input: input({
      level: 'low',
      templates: [],
      policyFiles: [{ path: 'CODEOWNERS', owners: ['@org/security'] }],
      reviews: [review('x1', 'APPROVED'), review('x2', 'APPROVED')],
    }),
    want: { satisfied: false, tier: 'high' },
    missing: { users: [], teams: ['@org/security'] },
  },
  {
    name: 'policy-only change approved by a member of the owning team',
    input: input({
      level: 'low',
      templates: [],
      policyFiles: [{ path: 'CODEOWNERS', owners: ['@org/security'] }],
      reviews: [review('x1', 'APPROVED'), review('sam', 'APPROVED')],
    }),
    want: { satisfied: true, tier: 'high' },
  },
  {
    name: 'routing.policyOwners also satisfy a policy change',
    input: input({
      level: 'low',
      templates: [],
      tierPolicy: { ...policy('high', {}), policyOwners: ['@org/release-captains'] },
      policyFiles: [{ path: '.github/promptops.yml', owners: [] }],
      reviews: [review('rita', 'APPROVED')],
    }),
    want: { satisfied: true, tier: 'high' },
  },
  {
    name: 'an unowned policy file cannot be approved at all (fails closed)',
    input: input({
      level: 'low',
      templates: [],
      policyFiles: [{ path: '.github/promptops.yml', owners: [] }],
      reviews: [review('x1', 'APPROVED'), review('x2', 'APPROVED')],
    }),
    want: { satisfied: false, status: 'failure', tier: 'high' },
  },
  {
    name: 'the policy owner who authored the policy change cannot approve it',
    input: input({
      level: 'low',
      templates: [],
      author: 'sam',
      policyFiles: [{ path: 'CODEOWNERS', owners: ['@sam'] }],
      reviews: [review('sam', 'APPROVED')],
    }),
    want: { satisfied: false, status: 'failure' },
    discounted: [['sam', /author cannot approve/]],
  },
  {
    name: 'a bot approval never counts',
    input: input({ reviews: [review('bob', 'APPROVED')].map((r) => ({ ...r, user: { login: 'bob', type: 'Bot' } })) }),
    want: { satisfied: false, status: 'action_required' },
    discounted: [['bob', /bots and apps cannot approve/]],
  },
  {
    name: 'a [bot] login never counts, even without a type',
    input: input({ teams: { 'org/prompt-owners': ['helper[bot]'] }, reviews: [review('helper[bot]', 'APPROVED')] }),
    want: { satisfied: false },
    discounted: [['helper[bot]', /bots and apps cannot approve/]],
  },
  {
    name: 'a reviewer without write access does not count when access is known',
    input: input({ writeAccessKnown: true, reviews: [{ ...review('bob', 'APPROVED'), author_can_push: false }] }),
    want: { satisfied: false },
    discounted: [['bob', /no write access/]],
  },
  {
    name: 'a reviewer whose access could not be verified does not count when the shell reads access',
    input: input({ writeAccessKnown: true, reviews: [review('bob', 'APPROVED')] }),
    want: { satisfied: false },
    discounted: [['bob', /could not be verified/]],
  },
  {
    name: 'a reviewer with write access counts',
    input: input({ writeAccessKnown: true, reviews: [{ ...review('bob', 'APPROVED'), author_can_push: true }] }),
    want: { satisfied: true },
    counted: ['bob'],
  },
  {
    name: 'whoever pushed commits cannot approve, even when someone else authored them',
    input: input({ pushers: { known: ['carol'] }, reviews: [review('carol', 'APPROVED')] }),
    want: { satisfied: false },
    discounted: [['carol', /pushed commits/]],
  },
  {
    name: 'unknown pushers block every approval (fails closed)',
    input: input({ pushers: { unknown: 'history not readable' }, reviews: [review('bob', 'APPROVED')] }),
    want: { satisfied: false, status: 'failure' },
  },
  {
    name: 'approvals given before the base branch was switched do not count',
    input: input({
      baseChangedAt: '2026-01-02T00:00:00Z',
      reviews: [{ ...review('bob', 'APPROVED'), submitted_at: '2026-01-01T00:00:00Z' }],
    }),
    want: { satisfied: false },
    discounted: [['bob', /before the base branch was changed/]],
  },
  {
    name: 'approvals given after the base branch was switched count',
    input: input({
      baseChangedAt: '2026-01-02T00:00:00Z',
      reviews: [{ ...review('bob', 'APPROVED'), submitted_at: '2026-01-03T00:00:00Z' }],
    }),
    want: { satisfied: true },
    counted: ['bob'],
  },
  {
    name: 'unowned template with requireOwner fails closed even at low tier',
    input: input({ level: 'low', requireOwner: true, templates: [{ path: 'orphan.prompt', owners: [] }] }),
    want: { satisfied: false, status: 'failure' },
  },
  {
    name: 'unowned template without requireOwner: anyone but the author approves (GitHub semantics)',
    input: input({ templates: [{ path: 'orphan.prompt', owners: [] }], reviews: [review('mallory', 'APPROVED')] }),
    want: { satisfied: true },
  },
  {
    name: 'email-only owners cannot be resolved: fails closed',
    input: input({ templates: [{ path: 'a.prompt', owners: ['docs@example.com'] }], reviews: [review('bob', 'APPROVED')] }),
    want: { satisfied: false, status: 'failure' },
  },
]

describe('evaluateRouting', () => {
  it.each(cases)('$name', (c) => {
    const d = evaluateRouting(c.input)
    expect(d).toMatchObject(c.want)
    if (c.counted) expect(d.counted.map((x) => x.login)).toEqual(c.counted)
    for (const [login, reason] of c.discounted ?? [])
      expect(d.discounted.some((x) => x.login === login && reason.test(x.reason))).toBe(true)
    if (c.missing) expect(d.missingReviewers).toEqual(c.missing)
  })

  it('records the commit and why an approval counted', () => {
    const d = evaluateRouting(
      input({
        tierPolicy: policy('medium', { approvals: 2 }),
        reviews: [review('bob', 'APPROVED', OLD), review('carol', 'APPROVED')],
      }),
    )
    expect(d.counted).toEqual([
      { login: 'bob', commit: OLD, via: 'unchanged-since' },
      { login: 'carol', commit: HEAD, via: 'head' },
    ])
  })

  it('orders by submitted_at when every review has one', () => {
    const reviews = [
      { ...review('bob', 'CHANGES_REQUESTED'), submitted_at: '2026-01-02T00:00:00Z' },
      { ...review('bob', 'APPROVED'), submitted_at: '2026-01-01T00:00:00Z' },
    ]
    const d = evaluateRouting(input({ reviews }))
    expect(d.satisfied).toBe(false)
    expect(d.discounted[0]?.reason).toMatch(/cancelled/)
  })

  it('returns an explainable tree with children per owner', () => {
    const d = evaluateRouting(
      input({
        level: 'high',
        templates: [{ path: 'a.prompt', owners: ['@org/prompt-owners', '@dana'] }],
        reviews: [review('bob', 'APPROVED')],
      }),
    )
    expect(d.requirements.map((r) => [r.id, r.satisfied])).toEqual([
      ['approvals', true],
      ['all-owners', false],
    ])
    expect(d.requirements[1]?.children).toEqual([
      {
        id: 'owner:@org/prompt-owners',
        description: 'approval from @org/prompt-owners (owner of a.prompt)',
        satisfied: true,
        approvedBy: ['bob'],
        missing: [],
      },
      {
        id: 'owner:@dana',
        description: 'approval from @dana (owner of a.prompt)',
        satisfied: false,
        approvedBy: [],
        missing: ['dana'],
      },
    ])
  })

  it('explains the tier', () => {
    const d = evaluateRouting(
      input({ level: 'medium', policyFiles: [{ path: '.github/promptops.yml', owners: ['@org/security'] }] }),
    )
    expect(d.reasons[0]).toMatch(
      /policy files changed \(\.github\/promptops\.yml\): at least high, and their owners must approve/,
    )
    expect(d.reasons).toContain('model.temperature: temperature raised')
  })
})

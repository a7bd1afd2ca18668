// checkSetup: required check pinned to the App, audit branch protected, last-push approval.
import { describe, expect, it } from '@jest/globals'
import {
  checkSetup,
  enforcesNothing,
  type BranchSettings,
  type ProtectionSource,
  type SetupInput,
} from '../../../src/core/setup/protection.js'

const source = (over: Partial<ProtectionSource> = {}): ProtectionSource => ({
  ...enforcesNothing('branch protection'),
  requiresUpToDate: true,
  ...over,
})
const branch = (name: string, sources: ProtectionSource[], unreadable: string[] = []): BranchSettings => ({
  branch: name,
  exists: true,
  sources,
  unreadable,
})
const pinned = (appId: number | null) => [{ context: 'promptops/approval', appId }]
const AUDIT_OK = branch('promptops-audit', [source({ blocksForcePushes: true, blocksDeletion: true })])
const input = (over: Partial<SetupInput>): SetupInput => ({
  base: branch('main', [source({ requiredChecks: pinned(7) })]),
  audit: AUDIT_OK,
  app: { id: 7, how: '--app-id' },
  posters: null,
  ...over,
})
const status = (i: SetupInput) => Object.fromEntries(checkSetup(i).map((c) => [c.id, c.status]))

describe('checkSetup', () => {
  it('is ok when one source pins the check to the App, even if another allows any source', () => {
    const base = branch('main', [
      source({ requiredChecks: pinned(null) }),
      source({ kind: 'rulesets', requiredChecks: pinned(7) }),
    ])
    expect(status(input({ base }))).toEqual({
      'approval-required': 'ok',
      'up-to-date': 'ok',
      'audit-branch': 'ok',
      'last-push-approval': 'ok',
    })
  })

  it('fails an unpinned or wrongly pinned check, but only warns while a source could not be read', () => {
    expect(status(input({ base: branch('main', [source({ requiredChecks: pinned(null) })]) }))['approval-required']).toBe('fail')
    expect(status(input({ base: branch('main', [source({ requiredChecks: pinned(9) })]) }))['approval-required']).toBe('fail')
    expect(status(input({ base: branch('main', []) }))['approval-required']).toBe('fail')
    const partly = branch(
      'main',
      [source({ kind: 'rulesets', requiredChecks: pinned(null) })],
      ['branch protection (reading it needs admin access)'],
    )
    const check = checkSetup(input({ base: partly }))[0]!
    expect(check).toMatchObject({
      status: 'warn',
      message: expect.stringContaining('could not read branch protection (reading it needs admin access)'),
    })
  })

  it('warns when the check is pinned but the App id is unknown, and infers it from one agreeing poster', () => {
    expect(status(input({ app: null }))['approval-required']).toBe('warn')
    const posters = [
      { appId: 7, slug: 'promptops', where: '#3' },
      { appId: 7, slug: 'promptops', where: '#2' },
    ]
    expect(checkSetup(input({ app: null, posters }))).toContainEqual({
      id: 'approval-required',
      status: 'ok',
      message: expect.stringContaining('inferred: promptops posted promptops/approval on #3'),
    })
  })

  it('fails when more than one App posted promptops/approval, known App or not', () => {
    const posters = [
      { appId: 7, slug: 'promptops', where: '#3' },
      { appId: 15368, slug: 'github-actions', where: '#2' },
    ]
    for (const app of [null, { id: 7, how: '--app-id' }]) {
      const check = checkSetup(input({ app, posters })).find((c) => c.id === 'approval-source')
      expect(check).toMatchObject({ status: 'fail', message: expect.stringContaining('github-actions (App 15368) on #2') })
    }
  })

  it('needs force pushes and deletion blocked on the audit branch, by any source', () => {
    const split = branch('promptops-audit', [
      source({ blocksForcePushes: true }),
      source({ kind: 'rulesets', blocksDeletion: true }),
    ])
    expect(status(input({ audit: split }))['audit-branch']).toBe('ok')
    const half = checkSetup(input({ audit: branch('promptops-audit', [source({ blocksForcePushes: true })]) })).find(
      (c) => c.id === 'audit-branch',
    )
    expect(half).toMatchObject({ status: 'fail', message: expect.stringContaining('allows deletion') })
    expect(status(input({ audit: { ...branch('promptops-audit', []), exists: false } }))['audit-branch']).toBe('warn')
    expect(status(input({ audit: branch('promptops-audit', [], ['rulesets']) }))['audit-branch']).toBe('warn')
  })

  it("warns when the audit branch would refuse the App's direct pushes", () => {
    const gated = branch('promptops-audit', [
      source({ blocksForcePushes: true, blocksDeletion: true, requiresPullRequest: true }),
    ])
    expect(status(input({ audit: gated }))['audit-branch-writable']).toBe('warn')
  })

  it('asks for last-push approval only where GitHub reviews are required', () => {
    const reviews = (last: boolean) =>
      branch('main', [
        source({ requiredChecks: pinned(7), requiresPullRequest: true, requiresReviews: true, requiresLastPushApproval: last }),
      ])
    expect(status(input({ base: reviews(false) }))['last-push-approval']).toBe('warn')
    expect(status(input({ base: reviews(true) }))['last-push-approval']).toBe('ok')
  })

  it('asks for up-to-date branches or a merge queue, from any source, naming what it could not read', () => {
    const base = (...sources: ProtectionSource[]) => branch('main', sources)
    const stale = source({ requiredChecks: pinned(7), requiresUpToDate: false })
    expect(status(input({ base: base(stale) }))['up-to-date']).toBe('warn')
    expect(status(input({ base: base(stale, source({ kind: 'rulesets', requiresMergeQueue: true })) }))['up-to-date']).toBe('ok')
    expect(status(input({ base: base(stale, source({ kind: 'rulesets', requiresUpToDate: true })) }))['up-to-date']).toBe('ok')
    const partly = branch('main', [stale], ['rulesets'])
    expect(checkSetup(input({ base: partly })).find((c) => c.id === 'up-to-date')).toMatchObject({
      status: 'warn',
      message: expect.stringContaining('could not read rulesets'),
    })
  })
})

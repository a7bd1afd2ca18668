// An approval on an earlier commit is bound to the pull request's change to every governed path:
// each path's state (mode:oid) at the merge base and at the approved commit.
import { describe, expect, it } from '@jest/globals'
import { changedSinceApproval, type ApprovalDiffs, type PathState } from '../../../src/core/routing/binding.js'

type At = 'approvedBase' | 'approved' | 'currentBase' | 'head'

function diffs(states: Record<string, Partial<Record<At, PathState>>>, over: Partial<ApprovalDiffs> = {}): ApprovalDiffs {
  const paths = Object.keys(states)
  return {
    approvedPaths: paths,
    currentPaths: paths,
    isGoverned: (p) => p.startsWith('prompts/') || p === 'CODEOWNERS',
    state: (at, p) => states[p]?.[at] ?? null,
    ...over,
  }
}

const same = (before: string, after: string): Partial<Record<At, PathState>> => ({
  approvedBase: before,
  currentBase: before,
  approved: after,
  head: after,
})

describe('changedSinceApproval', () => {
  it('keeps an approval when every governed path changes the same way (a rebase onto new base commits)', () => {
    expect(changedSinceApproval(diffs({ 'prompts/a.md': same('100644:a1', '100644:a2') }))).toBeNull()
  })
  it('voids it when the head content differs', () => {
    expect(changedSinceApproval(diffs({ 'prompts/a.md': { ...same('100644:a1', '100644:a2'), head: '100644:a3' } }))).toBe(
      'prompts/a.md changed',
    )
  })
  it('voids it when only the file mode changed (e.g. now a symlink)', () => {
    expect(changedSinceApproval(diffs({ 'prompts/a.md': { ...same('100644:a1', '100644:a2'), head: '120000:a2' } }))).toBe(
      'prompts/a.md changed',
    )
  })
  it('voids it when the merge-base side differs (the base moved under a governed file the PR changes)', () => {
    expect(changedSinceApproval(diffs({ 'prompts/a.md': { ...same('100644:a1', '100644:a2'), currentBase: '100644:a0' } }))).toBe(
      'prompts/a.md changed',
    )
  })
  it('voids it for a governed file added after the approval (CODEOWNERS takeover)', () => {
    expect(
      changedSinceApproval(
        diffs(
          { CODEOWNERS: { approvedBase: '100644:c1', approved: '100644:c1', currentBase: '100644:c1', head: '100644:c2' } },
          { approvedPaths: [] },
        ),
      ),
    ).toBe('CODEOWNERS changed')
  })
  it('ignores ungoverned paths', () => {
    expect(changedSinceApproval(diffs({ 'src/app.ts': { approved: '100644:x', head: '100644:y' } }))).toBeNull()
  })
  it('lists at most ten paths', () => {
    const many = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`prompts/${String(i).padStart(2, '0')}.md`, { approved: '1', head: '2' }]),
    )
    expect(changedSinceApproval(diffs(many))).toMatch(/prompts\/09\.md and 2 more changed$/)
  })
})

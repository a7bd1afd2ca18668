import { describe, expect, it } from '@jest/globals'
import { fitComment, MAX_COMMENT_LENGTH, planComment, type CommentMode } from '../../../src/core/plan/comment.js'
import { COMMENT_MARKER } from '../../../src/core/report/markdown.js'
import { EMPTY_REPORT, finding, report, template } from './report-fixture.js'

const LOW = report([template('prompts/a.txt', [])])
const HIGH = report([template('prompts/a.txt', [finding()])])
const body = `${COMMENT_MARKER}\nreport`
const previous = { id: 7, body: `${COMMENT_MARKER}\nold report` }

describe('planComment: when each mode posts a new comment', () => {
  const cases: Array<{ mode: CommentMode; report: typeof LOW; name: string; want: 'create' | 'none' }> = [
    { mode: 'always', report: EMPTY_REPORT, name: 'nothing governed changed', want: 'create' },
    { mode: 'on-change', report: EMPTY_REPORT, name: 'nothing governed changed', want: 'none' },
    { mode: 'on-change', report: LOW, name: 'a low-risk template change', want: 'create' },
    { mode: 'on-risk', report: LOW, name: 'a low-risk template change', want: 'none' },
    { mode: 'on-risk', report: HIGH, name: 'a high-risk template change', want: 'create' },
    { mode: 'on-risk', report: EMPTY_REPORT, name: 'nothing governed changed', want: 'none' },
    { mode: 'never', report: HIGH, name: 'a high-risk template change', want: 'none' },
  ]
  it.each(cases)('$mode, $name: $want', ({ mode, report, want }) => {
    expect(planComment(report, body, mode, []).action).toBe(want)
  })
})

describe('planComment: an existing comment', () => {
  it('is updated even when the mode would not create one, so a stale risk never outlives its change', () => {
    expect(planComment(LOW, body, 'on-risk', [{ id: 1, body: 'unrelated' }, previous])).toEqual({ action: 'update', id: 7, body })
  })
  it('is left alone when already current', () => {
    expect(planComment(HIGH, body, 'on-change', [{ id: 7, body }])).toEqual({ action: 'none', reason: 'comment up to date' })
  })
  it('is left alone with comments disabled', () => {
    expect(planComment(HIGH, body, 'never', [previous]).action).toBe('none')
  })
})

describe('comment length', () => {
  const long = `${COMMENT_MARKER}\n${'- a finding line that repeats\n'.repeat(4000)}`
  it('a long body fits GitHub’s limit when created', () => {
    const plan = planComment(HIGH, long, 'on-change', [])
    expect(plan.action).toBe('create')
    if (plan.action !== 'create') return
    expect(plan.body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(plan.body).toContain('truncated')
  })
  it('a long body fits GitHub’s limit when updated, and still carries the marker', () => {
    const plan = planComment(HIGH, long, 'on-change', [previous])
    expect(plan.action).toBe('update')
    if (plan.action !== 'update') return
    expect(plan.body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(plan.body.startsWith(COMMENT_MARKER)).toBe(true)
  })
  it('an update of an already truncated comment is recognised as current', () => {
    expect(planComment(HIGH, long, 'on-change', [{ id: 7, body: fitComment(long) }]).action).toBe('none')
  })
  it('cuts at a line break and leaves short bodies alone', () => {
    expect(
      fitComment(long)
        .split('\n')
        .slice(0, -3)
        .every((line) => line === '' || line === COMMENT_MARKER || line === '- a finding line that repeats'),
    ).toBe(true)
    expect(fitComment(body)).toBe(body)
  })
})

// codeownersShift + policyFindings: a change of the CODEOWNERS file GitHub reads is critical and
// named; a CODEOWNERS written behind the one in use is called out as inert-until-promoted.
import { describe, expect, it } from '@jest/globals'
import { policyFindings } from '../../../src/core/detect/policy.js'
import { codeownersShift } from '../../../src/core/owners/locate.js'

const change = (path: string, status: string, oldPath?: string) => ({
  path,
  status,
  headText: status === 'removed' ? null : '* @x\n',
  ...(oldPath ? { oldPath } : {}),
})

describe('codeownersShift', () => {
  it('follows GitHub lookup order through deletions, additions and renames', () => {
    const both = ['.github/CODEOWNERS', 'CODEOWNERS']
    expect(codeownersShift(both, [change('.github/CODEOWNERS', 'removed')])).toEqual({
      before: '.github/CODEOWNERS',
      after: 'CODEOWNERS',
      shadowed: [],
    })
    expect(codeownersShift(['.github/CODEOWNERS'], [change('CODEOWNERS', 'added')])).toEqual({
      before: '.github/CODEOWNERS',
      after: '.github/CODEOWNERS',
      shadowed: [{ path: 'CODEOWNERS', by: '.github/CODEOWNERS' }],
    })
    expect(codeownersShift(['.github/CODEOWNERS'], [change('docs/CODEOWNERS', 'renamed', '.github/CODEOWNERS')])).toMatchObject({
      before: '.github/CODEOWNERS',
      after: 'docs/CODEOWNERS',
    })
    expect(codeownersShift([], [change('CODEOWNERS', 'added')])).toEqual({ before: null, after: 'CODEOWNERS', shadowed: [] })
    expect(codeownersShift(['CODEOWNERS'], [change('.github/CODEOWNERS', 'added')])).toMatchObject({
      before: 'CODEOWNERS',
      after: '.github/CODEOWNERS',
    })
  })
})

describe('policyFindings', () => {
  it('makes the swap critical on the file that stops being read, and names the file that takes over', () => {
    const shift = codeownersShift(['.github/CODEOWNERS', 'CODEOWNERS'], [change('.github/CODEOWNERS', 'removed')])
    const [finding] = policyFindings(['.github/CODEOWNERS'], shift)
    expect(finding).toMatchObject({ severity: 'critical', path: '.github/CODEOWNERS' })
    expect(finding?.message).toContain('GitHub reads code owners from CODEOWNERS instead')
  })

  it('keeps ordinary policy changes high, and explains a shadowed CODEOWNERS', () => {
    const shift = codeownersShift(['.github/CODEOWNERS'], [change('CODEOWNERS', 'added')])
    const [owners, config] = policyFindings(['CODEOWNERS', '.github/promptops.yml'], shift)
    expect(owners).toMatchObject({ severity: 'high' })
    expect(owners?.message).toContain('GitHub reads .github/CODEOWNERS first and ignores it')
    expect(config).toMatchObject({
      severity: 'high',
      message: 'Governance file .github/promptops.yml changed: its owners must approve',
    })
    expect(policyFindings(['CODEOWNERS'], null)[0]?.severity).toBe('high')
  })
})

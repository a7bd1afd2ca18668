// `promptops route` on the example's student-data-host branch: the decision the App makes,
// offline. Code owners and governance are not enough; the privacy office's approval is.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from '../helpers/cli-io.js'
import { demoRepo, gitIn } from '../helpers/demo-repo.js'

const TEAMS = { 'acme/edu-ai': ['ed', 'eve'], 'acme/ai-governance': ['gina'], 'acme/privacy-office': ['pia'] }

describe('promptops route with data classes', () => {
  const repo = demoRepo()
  const dir = mkdtempSync(join(tmpdir(), 'route-classes-'))
  writeFileSync(join(dir, 'teams.json'), JSON.stringify(TEAMS))
  const head = gitIn(repo, 'rev-parse', 'student-data-host')
  const route = async (logins: string[], ref = 'student-data-host') => {
    writeFileSync(
      join(dir, 'reviews.json'),
      JSON.stringify(logins.map((login, i) => ({ id: i + 1, user: { login }, state: 'APPROVED', commit_id: head }))),
    )
    const run = await cli([
      'route',
      '--repo',
      repo,
      '--base',
      'main',
      '--head',
      ref,
      '--author',
      'mallory',
      '--teams',
      join(dir, 'teams.json'),
      '--approvals',
      join(dir, 'reviews.json'),
      '--format',
      'json',
    ])
    expect(run.code).toBe(0)
    return JSON.parse(run.stdout)
  }

  it("needs the class's approver group on top of the tier", async () => {
    const owners = await route(['ed', 'eve', 'gina'])
    expect(owners).toMatchObject({ satisfied: false, tier: 'critical', missingReviewers: { teams: ['@acme/privacy-office'] } })
    expect(owners.reasons.join('\n')).toMatch(
      /data class student-records: prompts\/school\/progress-report\.prompty: data\.host-not-allowed: .*api\.openai\.com/,
    )
    const withPrivacy = await route(['ed', 'eve', 'gina', 'pia'])
    expect(withPrivacy.satisfied).toBe(true)
    expect(withPrivacy.requirements.find((r: { id: string }) => r.id === 'data-class:student-records')).toMatchObject({
      satisfied: true,
      approvedBy: ['pia'],
    })
  })
})

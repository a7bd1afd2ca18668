// Data classes end to end through the App (dist/app.js, signed webhooks, the GitHub emulator):
// moving the example's student-records template to a host its class does not allow is critical
// and passes only once a member of the class's approver group approves; moving it between two
// allowed hosts needs nobody; bad data-class policy on the base fails the check with its line.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../github-emulator/index.js'
import { demoRepo, gitIn } from '../helpers/demo-repo.js'
import { Kit, REF } from './enforcement-kit.js'
import { startApp, type AppProcess } from './harness.js'

const TEAMS: Record<string, string[]> = {
  'edu-ai': ['ed', 'eve'],
  'ai-governance': ['gina'],
  'privacy-office': ['pia', 'mallory', 'reader'],
  platform: ['pat'],
}
const SCHOOL = 'prompts/school/progress-report.prompty'
const AZURE = 'type: azure_openai\n    azure_endpoint: https://acme-edu-weu.openai.azure.com/'

let dir: string
let emulator: Emulator
let app: AppProcess
let kit: Kit

const mainText = (path: string): string => `${gitIn(dir, 'show', `main:${path}`)}\n`
const toOpenAi = (): string =>
  mainText(SCHOOL)
    .replace(AZURE, 'type: openai\n    name: gpt-4o')
    .replace('    azure_deployment: gpt-4o-edu\n    api_version: 2024-10-21\n', '')
const toNorthEurope = (): string => mainText(SCHOOL).replace('acme-edu-weu', 'acme-edu-neu')

beforeAll(async () => {
  dir = demoRepo()
  emulator = await startEmulator({ repoDir: dir, ...REF, pathPrefix: '/api/v3' })
  for (const [slug, members] of Object.entries(TEAMS)) emulator.state.setTeam(REF.owner, slug, members)
  emulator.state.permissions.set('reader', 'read')
  app = await startApp(emulator)
  kit = new Kit(emulator, app)
}, 60_000)

afterAll(async () => {
  await app?.stop()
  await emulator?.close()
})

afterEach(() => expect(emulator.violations).toEqual([]))

describe('a student-records template moved to a host its class does not allow', () => {
  it('is critical, names rule, host and approvers, and passes only with the privacy office', async () => {
    expect(toOpenAi()).toContain('type: openai')
    await kit.branch('progress-to-openai', 'main', { [SCHOOL]: toOpenAi() }, { author: 'mallory' })
    const pr = await kit.open('progress-to-openai', 'main', 'mallory')
    const first = await kit.check(pr.headSha)
    expect(first.conclusion).toBe('action_required')
    expect(first.output.title).toMatch(/critical/)
    expect(first.output.summary).toMatch(/data\.host-not-allowed/)
    expect(first.output.summary).toMatch(/api\.openai\.com/)
    expect(first.output.summary).toMatch(/student-records approver group/)
    expect(emulator.state.pulls.get(pr.number)!.requestedTeams).toContain('privacy-office')
    // Every tier requirement met by code owners and governance, and a privacy-office member
    // without write access: still waiting for the class (one delivery decides on all of them).
    for (const login of ['ed', 'eve', 'gina']) emulator.state.addReview(pr.number, login, 'APPROVED')
    await kit.review(pr, 'reader')
    const owners = await kit.check(pr.headSha)
    expect(owners.conclusion).toBe('action_required')
    expect(owners.output.summary).toMatch(/missing .*privacy-office/)
    expect(owners.output.summary).toMatch(/reader.*no write access/)
    await kit.review(pr, 'pia')
    const passed = await kit.check(pr.headSha)
    expect(passed.conclusion).toBe('success')
  })

  it('the author being in the privacy office does not let them approve it', async () => {
    await kit.branch(
      'progress-to-openai-2',
      'main',
      { [SCHOOL]: toOpenAi().replace('warm, factual', 'warm and factual') },
      { author: 'pia' },
    )
    const pr = await kit.open('progress-to-openai-2', 'main', 'pia')
    for (const login of ['ed', 'eve', 'gina']) emulator.state.addReview(pr.number, login, 'APPROVED')
    await kit.review(pr, 'reader')
    expect((await kit.check(pr.headSha)).conclusion).toBe('action_required')
    await kit.review(pr, 'mallory')
    expect((await kit.check(pr.headSha)).conclusion).toBe('success')
  })
})

describe('between allowed hosts', () => {
  it('moving to the other EU resource needs no data-class approval', async () => {
    await kit.branch('progress-failover', 'main', { [SCHOOL]: toNorthEurope() }, { author: 'mallory' })
    const pr = await kit.open('progress-failover', 'main', 'mallory')
    const check = await kit.check(pr.headSha)
    expect(check.output.summary).not.toMatch(/approver group/)
    expect(check.output.title).not.toMatch(/high|critical/)
    expect(emulator.state.pulls.get(pr.number)!.requestedTeams).not.toContain('privacy-office')
  })
})

describe('bad data-class policy on the base branch', () => {
  it('fails the check closed, naming the file and line', async () => {
    const config = mainText('.github/promptops.yml').replace('classes: [student-records]', 'classes: [student-record]')
    await kit.branch('typo-policy', 'main', { '.github/promptops.yml': config }, { author: 'admin' })
    await kit.branch('progress-on-typo', 'typo-policy', { [SCHOOL]: toOpenAi() }, { author: 'mallory' })
    const pr = await kit.open('progress-on-typo', 'typo-policy', 'mallory')
    const check = await kit.check(pr.headSha)
    expect(check.conclusion).toBe('failure')
    expect(check.output.summary).toMatch(
      /\.github\/promptops\.yml:\d+: dataClasses\.assign\.0\.classes\.0: unknown data class "student-record"/,
    )
    expect(emulator.state.pulls.get(pr.number)!.requestedTeams).toEqual([])
  })
})

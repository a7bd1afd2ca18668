import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../github-emulator/index.js'
import { cli } from '../helpers/cli-io.js'
import { demoRepo } from '../helpers/demo-repo.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ repoDir: demoRepo(), owner: 'acme', repo: 'prompts' })
  for (const [team, members] of Object.entries({
    'support-ai': ['sam'],
    legal: ['lee'],
    'ai-governance': ['gina'],
    platform: ['pat'],
  }))
    emulator.state.setTeam('acme', team, members)
})
afterAll(async () => emulator?.close())

describe('promptops sla remind', () => {
  it('reminds overdue reviews once and escalates', async () => {
    const pr = await emulator.state.createPull({
      head: 'risky-change',
      base: 'main',
      author: 'alice',
      title: 'Tweak support prompts',
    })
    const env = { GITHUB_TOKEN: 'ghs_slatoken00000000000000000000000000', GITHUB_API_URL: emulator.url }
    const later = new Date('2026-06-01T00:00:00Z')
    const first = await cli(['sla', 'remind', '--github-repo', 'acme/prompts'], { env, now: later })
    expect(first.stderr).toBe('')
    expect(JSON.parse(first.stdout).reminded).toEqual([pr.number])
    const comments = [...emulator.state.comments.values()].filter((c) => c.issue === pr.number)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('Review SLA 24h')
    expect(comments[0]!.body).toContain('Escalated to @acme/ai-governance')
    expect(emulator.state.pulls.get(pr.number)!.requestedTeams).toContain('ai-governance')
    const second = await cli(['sla', 'remind', '--github-repo', 'acme/prompts'], { env, now: later })
    expect(JSON.parse(second.stdout).alreadyReminded).toEqual([pr.number])
    expect([...emulator.state.comments.values()].filter((c) => c.issue === pr.number)).toHaveLength(1)
    expect(emulator.violations).toEqual([])
  })
})

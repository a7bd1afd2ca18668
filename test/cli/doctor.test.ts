import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../github-emulator/index.js'
import { cli } from '../helpers/cli-io.js'
import { commitBranch, demoRepo } from '../helpers/demo-repo.js'

let repo: string
let emulator: Emulator
const env = () => ({ GITHUB_TOKEN: 'ghs_doctortoken0000000000000000000000', GITHUB_API_URL: emulator.url })

beforeAll(async () => {
  repo = demoRepo()
  emulator = await startEmulator({ repoDir: repo, owner: 'acme', repo: 'prompts' })
})
afterAll(async () => emulator?.close())

describe('promptops doctor', () => {
  it('passes offline with a warning that protection was not checked', async () => {
    const run = await cli(['doctor', '--repo', repo, '--ref', 'main'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('✓ owners: all 5 governed templates have owners')
    expect(run.stdout).toContain('! branch-protection')
  })
  it('fails when the branch does not require promptops/approval', async () => {
    emulator.state.protection.set('main', { requiredStatusChecks: ['ci'] })
    const run = await cli(['doctor', '--repo', repo, '--ref', 'main', '--github-repo', 'acme/prompts', '--format', 'json'], { env: env() })
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout).checks).toContainEqual(expect.objectContaining({ id: 'branch-protection', status: 'fail' }))
  })
  it('is happy when it does', async () => {
    emulator.state.protection.set('main', { requiredStatusChecks: ['ci', 'promptops/approval'] })
    const run = await cli(['doctor', '--repo', repo, '--ref', 'main', '--github-repo', 'acme/prompts'], { env: env() })
    expect(run.stdout).toContain('✓ branch-protection: main requires promptops/approval')
    expect(run.code).toBe(0)
    expect(emulator.violations).toEqual([])
  })
  it('reports CODEOWNERS errors with file and line', async () => {
    commitBranch(repo, 'main', 'bad-owners', { '.github/CODEOWNERS': '* @acme/platform\n[abc].md @x\n' })
    const run = await cli(['doctor', '--repo', repo, '--ref', 'bad-owners'])
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('.github/CODEOWNERS:2')
  })
})

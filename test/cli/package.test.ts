// The published CLI: the packed tarball installs into an empty project with no registry and
// no other package, `npx promptops` scores the example repository, and the SLA reminder
// workflow runs as written, without a checkout of this repository.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { startEmulator, type Emulator } from '../github-emulator/index.js'
import { demoRepo } from '../helpers/demo-repo.js'
import { installInProject, pack, run, type PackedCli } from '../helpers/packed-cli.js'

let packed: PackedCli
let project: string
let repo: string
beforeAll(async () => {
  packed = await pack()
  project = await installInProject(packed.tarball)
  repo = demoRepo()
}, 120_000)

describe('the npm package', () => {
  it('holds the CLI bundle, its licences and docs, and nothing else', () => {
    const other = packed.files.filter((f) => !f.startsWith('dist/cli-chunks/'))
    expect(other).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/THIRD_PARTY_LICENSES',
      'dist/cli.js',
      'package.json',
      'schema/promptops.schema.json',
    ])
    expect(packed.files.filter((f) => f.startsWith('dist/cli-chunks/')).length).toBeGreaterThan(5)
  })
  it('installs with production dependencies only: there are none', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/promptops/package.json'), 'utf8'))
    expect(installed.dependencies ?? {}).toEqual({})
    expect(
      readdirSync(join(project, 'node_modules'))
        .filter((d) => !d.startsWith('.'))
        .sort(),
    ).toEqual(['promptops'])
  })
  it('npx promptops score works on the example repository, offline', async () => {
    const result = await run(
      'npx',
      ['promptops', 'score', '--repo', repo, '--base', 'main', '--head', 'risky-change', '--format', 'json'],
      { cwd: project },
    )
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toMatchObject({ level: 'critical' })
  })
})

describe('the SLA reminder workflow', () => {
  let emulator: Emulator
  beforeAll(async () => {
    emulator = await startEmulator({ repoDir: repo, owner: 'acme', repo: 'prompts' })
    for (const [team, members] of Object.entries({
      'support-ai': ['sam'],
      legal: ['lee'],
      'ai-governance': ['gina'],
      platform: ['pat'],
    }))
      emulator.state.setTeam('acme', team, members)
  })
  afterAll(async () => emulator?.close())

  const workflow = parse(readFileSync('.github/workflows/promptops-sla.yml', 'utf8'))
  const steps = workflow.jobs.remind.steps as Array<{ uses?: string; run?: string; env?: Record<string, string> }>

  it('needs no checkout of this repository', () => {
    expect(steps.filter((s) => s.uses?.startsWith('actions/checkout'))).toEqual([])
    expect(JSON.stringify(steps)).not.toContain('dist/')
  })
  it('runs the published CLI of the current major version, as written', async () => {
    const step = steps.find((s) => s.run)!
    expect(step.run).toContain(`promptops@${JSON.parse(readFileSync('package.json', 'utf8')).version.split('.')[0]} `)
    const pr = await emulator.state.createPull({
      head: 'risky-change',
      base: 'main',
      author: 'alice',
      title: 'Tweak support prompts',
    })
    const env = {
      GITHUB_REPOSITORY: 'acme/prompts',
      GITHUB_TOKEN: 'ghs_slaworkflowtoken000000000000000000',
      GITHUB_API_URL: emulator.url,
    }
    const result = await run('bash', ['-e', '-c', step.run!], { cwd: project, env })
    expect(result.stderr).toBe('')
    // The emulator's clock starts in the past, so the 24h SLA is overdue by now.
    expect(JSON.parse(result.stdout)).toMatchObject({ reminded: [pr.number] })
    expect([...emulator.state.comments.values()].filter((c) => c.issue === pr.number).map((c) => c.body)).toEqual([
      expect.stringContaining('Escalated to @acme/ai-governance'),
    ])
    expect(emulator.violations).toEqual([])
  })
})

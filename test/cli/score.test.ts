import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cli } from '../helpers/cli-io.js'
import { commitBranch, DEMO_AWS_KEY, demoRepo } from '../helpers/demo-repo.js'

let repo: string
beforeAll(() => {
  repo = demoRepo()
  const disclaimer = readFileSync(join(repo, 'prompts/legal/disclaimer.txt'), 'utf8')
  commitBranch(repo, 'main', 'typo-fix', { 'prompts/legal/disclaimer.txt': disclaimer.replace('closng', 'closing') })
})

describe('promptops score on the example repository', () => {
  it('reports the risky change as critical with findings in every planted category', async () => {
    const run = await cli(['score', '--repo', repo, '--base', 'main', '--head', 'risky-change', '--format', 'json'])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report.level).toBe('critical')
    const rules = report.findings.map((f: { rule: string }) => f.rule)
    for (const rule of [
      'secrets.aws-access-key',
      'pii.email',
      'injection.untrusted-in-system',
      'guardrails.removed',
      'model.changed',
      'schema.variable-renamed',
      'policy.governance-file-changed',
    ]) {
      expect(rules).toContain(rule)
    }
    for (const f of report.findings)
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['category', 'rule', 'severity', 'message', 'path', 'line']))
    const triage = report.templates.find((t: { path: string }) => t.path === 'prompts/support/triage.prompt.yml')
    expect(['high', 'critical']).toContain(triage.level)
  })

  it('scores a typo fix as low', async () => {
    const run = await cli(['score', '--repo', repo, '--base', 'main', '--head', 'typo-fix', '--format', 'json'])
    expect(JSON.parse(run.stdout)).toMatchObject({ level: 'low', counts: { templates: 1 } })
  })

  it.each(['json', 'sarif', 'markdown', 'text'])('never prints a secret or PII value (%s)', async (format) => {
    const run = await cli(['score', '--repo', repo, '--base', 'main', '--head', 'risky-change', '--format', format])
    expect(run.code).toBe(0)
    for (const value of [DEMO_AWS_KEY, 'maria.gonzalez@gmail.com', '415 555 2671']) {
      expect(run.stdout).not.toContain(value)
      expect(run.stderr).not.toContain(value)
    }
  })

  it('writes valid SARIF 2.1.0 with rules and results', async () => {
    const run = await cli(['score', '--repo', repo, '--base', 'main', '--head', 'risky-change', '--format', 'sarif'])
    const sarif = JSON.parse(run.stdout)
    expect(sarif.version).toBe('2.1.0')
    const driver = sarif.runs[0].tool.driver
    expect(driver.rules.length).toBeGreaterThan(20)
    for (const r of sarif.runs[0].results) {
      expect(driver.rules[r.ruleIndex].id).toBe(r.ruleId)
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0)
    }
  })

  it('exits 1 when --fail-on is met and 0 when not', async () => {
    expect(
      (await cli(['score', '--repo', repo, '--base', 'main', '--head', 'risky-change', '--fail-on', 'high', '--format', 'json']))
        .code,
    ).toBe(1)
    expect(
      (await cli(['score', '--repo', repo, '--base', 'main', '--head', 'typo-fix', '--fail-on', 'medium', '--format', 'json']))
        .code,
    ).toBe(0)
  })

  it('exits 2 with a clear message for bad usage and unknown refs', async () => {
    const missing = await cli(['score', '--repo', repo, '--base', 'main'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('missing --head')
    const unknown = await cli(['score', '--repo', repo, '--base', 'main', '--head', 'no-such-branch'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('no-such-branch')
    expect(unknown.stderr).not.toMatch(/at .*\.ts:\d+/)
    expect((await cli(['score', '--repo', repo, '--base', 'main', '--head', 'typo-fix', '--format', 'xml'])).code).toBe(2)
    const noConfig = await cli(['score', '--repo', repo, '--base', 'main', '--head', 'typo-fix', '--config', 'missing.yml'])
    expect(noConfig.code).toBe(2)
    expect(noConfig.stderr).toContain('missing.yml: cannot read (ENOENT)')
  })

  it('fails with file and line when the base config is invalid', async () => {
    commitBranch(repo, 'main', 'bad-config-base', {
      '.github/promptops.yml': 'version: 1\nrouting:\n  high:\n    approvals: lots\n',
    })
    const run = await cli(['score', '--repo', repo, '--base', 'bad-config-base', '--head', 'risky-change'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('.github/promptops.yml:4')
  })
})

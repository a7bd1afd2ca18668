import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from '../helpers/cli-io.js'
import { demoRepo, gitIn } from '../helpers/demo-repo.js'

describe('promptops report sla', () => {
  it('reports time to first review and breaches per template and owner', async () => {
    const repo = demoRepo()
    gitIn(repo, 'checkout', '-q', 'main')
    execFileSync('git', ['-C', repo, 'merge', '-q', '--no-ff', 'risky-change', '-m', 'Merge #7'], {
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'T',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 'T',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    })
    const head = gitIn(repo, 'rev-parse', 'HEAD^2')
    const reviews = join(mkdtempSync(join(tmpdir(), 'sla-')), 'reviews.json')
    writeFileSync(
      reviews,
      JSON.stringify([
        { user: { login: 'sam', id: 5 }, state: 'APPROVED', commit_id: head, submitted_at: '2026-11-20T06:00:00Z', body: '' },
      ]),
    )
    const recorded = await cli([
      'audit',
      'record',
      '--repo',
      repo,
      '--base',
      'HEAD^1',
      '--head',
      'HEAD^2',
      '--pr',
      '7',
      '--merge-commit',
      'HEAD',
      '--author',
      'alice',
      '--approvals',
      reviews,
      '--opened-at',
      '2026-11-20T00:00:00Z',
      '--merged-at',
      '2026-11-20T08:00:00Z',
    ])
    expect(recorded.code).toBe(0)
    const run = await cli(['report', 'sla', '--repo', repo, '--format', 'json'])
    const report = JSON.parse(run.stdout)
    expect(report.byOwner).toContainEqual({ key: '@acme/support-ai', reviews: 1, breaches: 0, medianHours: 6, p90Hours: 6 })
    expect(report.byTemplate.map((r: { key: string }) => r.key)).toContain('prompts/support/triage.prompt.yml')
    expect(report.untracked).toBe(0)
  })
})

// `promptops report metrics` over a real local audit branch: one written by
// `promptops audit record` on the demo repo, one appended with accuracy metrics.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { appendWithRetry } from '../../src/flows/audit/append.js'
import { localSigner } from '../../src/adapters/audit/signer.js'
import { localAuditStore } from '../../src/adapters/git/audit-store.js'
import { reportMetrics } from '../../src/cli/report/metrics.js'
import type { CliIo } from '../../src/cli/io.js'
import type { AuditTemplateInput } from '../../src/core/audit/index.js'
import { UsageError } from '../../src/core/errors.js'
import { cli } from '../helpers/cli-io.js'
import { demoRepo, gitIn } from '../helpers/demo-repo.js'

async function run(argv: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: async () => '',
    cwd,
    isTTY: false,
    now: () => new Date('2026-11-24T12:00:00Z'),
    env: {},
  }
  const code = await reportMetrics(argv, io)
  return { code, stdout, stderr }
}

const P = 'prompts/support/triage.prompt.yml'

/** A bare repo whose audit branch holds three merges with accuracy metrics. */
async function repoWithAccuracy(branch = 'promptops-audit'): Promise<string> {
  const repo = mkdtempSync(join(tmpdir(), 'promptops-metrics-'))
  execFileSync('git', ['init', '-q', '-b', 'main', repo])
  const store = localAuditStore(repo, branch)
  const signer = localSigner(join(repo, '.git'), repo)
  const merges: Array<[number, AuditTemplateInput[]]> = [
    [
      3,
      [
        {
          path: P,
          digest: 'a'.repeat(64),
          metrics: { inputTokens: 412, usdPerCall: 0.0000618, score: 12, accuracy: 0.93, accuracySamples: 120 },
        },
      ],
    ],
    [
      7,
      [
        {
          path: P,
          digest: 'b'.repeat(64),
          metrics: { inputTokens: 530, usdPerCall: 0.0000795, score: 40, accuracy: 0.86, accuracySamples: 120 },
        },
        { path: 'prompts/legal/disclaimer.txt', digest: 'c'.repeat(64), metrics: { inputTokens: 90, score: 0 } },
      ],
    ],
    [
      9,
      [
        {
          path: P,
          digest: 'd'.repeat(64),
          metrics: { inputTokens: 498, usdPerCall: 0.0000747, score: 5, accuracy: 0.9, accuracySamples: 130 },
        },
      ],
    ],
  ]
  for (const [pr, templates] of merges) {
    const sha = String(pr).repeat(40).slice(0, 40)
    await appendWithRetry(
      store,
      {
        repository: 'acme/prompts',
        pr: { number: pr, title: `PR ${pr}`, author: 'alice', url: `https://github.com/acme/prompts/pull/${pr}` },
        base: sha,
        head: sha,
        mergeCommit: sha,
        mergedAt: `2026-11-${String(pr).padStart(2, '0')}T10:00:00Z`,
        level: 'low',
        score: 0,
        findings: [],
        configDigest: 'e'.repeat(64),
        approvals: [],
        overrides: [],
        templates,
      },
      signer,
      new Date(`2026-11-${String(pr).padStart(2, '0')}T10:00:05Z`),
    )
  }
  return repo
}

describe('promptops report metrics', () => {
  let repo: string
  beforeAll(async () => {
    repo = await repoWithAccuracy()
  })

  it('reads a branch that verifies', async () => {
    expect(
      (await cli(['audit', 'verify', '--repo', repo, '--key', gitIn(repo, 'show', 'promptops-audit:verifier-key')])).code,
    ).toBe(0)
  })

  it('prints a table per template, oldest merge first', async () => {
    const out = await run(['--repo', repo])
    expect(out.code).toBe(0)
    expect(out.stdout).toContain(
      [
        'prompts/support/triage.prompt.yml',
        '  merged at         PR  input tokens   USD/call  accuracy  samples',
        '  2026-11-03 10:00  #3           412  $0.000062     0.930      120',
        '  2026-11-07 10:00  #7           530  $0.000079     0.860      120',
        '  2026-11-09 10:00  #9           498  $0.000075     0.900      130',
      ].join('\n'),
    )
    expect(out.stdout).toContain('prompts/legal/disclaimer.txt\n')
  })

  it('filters one template and prints JSON', async () => {
    const out = await run(['--repo', repo, '--template', P, '--format', 'json'])
    const json = JSON.parse(out.stdout) as {
      templates: Array<{ path: string; points: Array<{ pr: number; accuracy: number | null }> }>
    }
    expect(json.templates.map((s) => [s.path, s.points.map((p) => [p.pr, p.accuracy])])).toEqual([
      [
        P,
        [
          [3, 0.93],
          [7, 0.86],
          [9, 0.9],
        ],
      ],
    ])
  })

  it('prints mermaid xychart-beta charts as markdown', async () => {
    const out = await run(['--repo', repo, '--template', P, '--format', 'mermaid'])
    expect(out.stdout).toContain(
      '```mermaid\nxychart-beta\n  title "prompts/support/triage.prompt.yml: accuracy"\n  x-axis ["#3", "#7", "#9"]\n  y-axis "accuracy" 0 --> 1\n  line [0.93, 0.86, 0.9]\n```',
    )
    expect(out.stdout).toContain('  line [412, 530, 498]')
  })

  it('writes an SVG chart to --output (relative to cwd)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promptops-svg-'))
    const out = await run(['--repo', repo, '--format', 'svg', '--output', 'metrics.svg'], dir)
    expect(out).toEqual({ code: 0, stdout: '', stderr: '' })
    const svg = readFileSync(join(dir, 'metrics.svg'), 'utf8')
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg).toContain('prompts/support/triage.prompt.yml')
    expect(svg.match(/<polyline /g)).toHaveLength(3)
  })

  it('reads another branch, and says when a template has no records', async () => {
    const other = await repoWithAccuracy('audit/log')
    expect((await run(['--repo', other, '--branch', 'audit/log'])).stdout).toContain('#9')
    const none = await run(['--repo', repo, '--template', 'prompts/none.txt'])
    expect(none).toEqual({
      code: 0,
      stdout: 'no templates with metrics on the audit branch\n',
      stderr: 'no records for prompts/none.txt\n',
    })
  })

  it.each<[string, string[], RegExp]>([
    ['no audit branch', ['--branch', 'missing'], /no audit branch "missing"/],
    ['an unknown format', ['--format', 'png'], /--format must be one of table, json, mermaid, svg/],
    ['an unknown flag', ['--since', '2026-01-01'], /Unknown option/],
    ['a stray argument', ['prompts/x.txt'], /unexpected argument "prompts\/x.txt"/],
  ])('rejects %s as usage (exit 2)', async (_name, argv, message) => {
    await expect(run(['--repo', repo, ...argv])).rejects.toThrow(UsageError)
    await expect(run(['--repo', repo, ...argv])).rejects.toThrow(message)
  })

  it('prints its usage with --help', async () => {
    expect((await run(['--help'])).stdout).toMatch(/^Usage: promptops report metrics --repo DIR/)
  })
})

describe('promptops report metrics after `promptops audit record`', () => {
  it('shows the cost and accuracy metrics the record command writes', async () => {
    const repo = demoRepo()
    gitIn(repo, 'checkout', '-q', 'main')
    execFileSync('git', ['-C', repo, 'merge', '-q', '--no-ff', 'risky-change', '-m', 'Merge pull request #7'], {
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'T',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 'T',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    })
    const [base, head, merge] = ['HEAD^1', 'HEAD^2', 'HEAD'].map((r) => gitIn(repo, 'rev-parse', r)) as [string, string, string]
    const recorded = await cli([
      'audit',
      'record',
      '--repo',
      repo,
      '--base',
      base,
      '--head',
      head,
      '--pr',
      '7',
      '--merge-commit',
      merge,
      '--author',
      'alice',
      '--merged-at',
      '2026-11-20T10:00:00Z',
    ])
    expect(recorded.code).toBe(0)
    const out = await run(['--repo', repo, '--template', P])
    expect(out.stdout).toMatch(
      /^prompts\/support\/triage\.prompt\.yml\n {2}merged at .*\n {2}2026-11-20 10:00 {2}#7 +\d+ +\$0\.\d+ +0\.923 +122\n$/,
    )
  })
})

// `promptops report data-classes`: the register on the example repository (every governed
// template, checked against what the example holds), on a generated repository of 120 templates
// in every format (expected values written by the generator, not computed by the code under
// test), with last approvals from a real local audit branch, and bad policy refused with its line.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { cli } from '../helpers/cli-io.js'
import { demoRepo, gitIn } from '../helpers/demo-repo.js'
import { AZURE_ENV, AZURE_WEU, OPENAI, POLICY_YAML, prompty } from '../core/data-classes/fixtures.js'

interface Row {
  path: string
  classes: string[]
  host: string | null
  region: string | null
  provider: string | null
  verdict: string
  owners: string[]
  lastApproval: { pr: number; approvers: string[] } | null
}
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'T',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 'T',
  GIT_COMMITTER_EMAIL: 't@example.com',
}

async function register(args: string[]): Promise<Row[]> {
  const out = await cli(['report', 'data-classes', '--format', 'json', ...args])
  expect(out.code).toBe(0)
  return JSON.parse(out.stdout).templates as Row[]
}

function repoWith(files: Record<string, string>): string {
  const repo = mkdtempSync(join(tmpdir(), 'promptops-register-'))
  execFileSync('git', ['init', '-q', '-b', 'main', repo])
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true })
    writeFileSync(join(repo, path), text)
  }
  execFileSync('git', ['-C', repo, 'add', '-A'])
  execFileSync('git', ['-C', repo, 'commit', '-q', '-m', 'templates'], { env: GIT_ENV })
  return repo
}

describe('on the example repository', () => {
  const repo = demoRepo()

  it('lists every governed template of main with its classes, host and verdict', async () => {
    const rows = await register(['--repo', repo, '--ref', 'main'])
    const shown = rows.map((r) => [r.path, r.classes.join(','), r.provider, r.host, r.region, r.verdict])
    expect(shown).toEqual([
      ['prompts/chat/onboarding.json', '', null, null, null, 'unclassified'],
      [
        'prompts/clinic/visit-summary.prompt',
        'health',
        'vertex-ai',
        'europe-west4-aiplatform.googleapis.com',
        'europe-west4',
        'allowed',
      ],
      ['prompts/legal/disclaimer.txt', '', null, null, null, 'unclassified'],
      ['prompts/sales/summarize.prompt', '', 'google-ai', 'generativelanguage.googleapis.com', null, 'unclassified'],
      [
        'prompts/school/progress-report.prompty',
        'student-records',
        'azure-openai',
        'acme-edu-weu.openai.azure.com',
        'westeurope',
        'allowed',
      ],
      ['prompts/support/answer.prompty', '', 'azure-openai', null, null, 'unclassified'],
      ['prompts/support/triage.prompt.yml', '', 'github-models', 'models.github.ai', null, 'unclassified'],
    ])
    expect(rows.find((r) => r.path === 'prompts/school/progress-report.prompty')?.owners).toEqual(['@acme/edu-ai'])
  })

  it('shows the student-data-host branch sending student records where they may not go', async () => {
    const rows = await register(['--repo', repo, '--ref', 'student-data-host', '--classified'])
    expect(rows.map((r) => [r.path, r.host, r.verdict])).toEqual([
      ['prompts/clinic/visit-summary.prompt', 'europe-west4-aiplatform.googleapis.com', 'allowed'],
      ['prompts/school/progress-report.prompty', 'api.openai.com', 'not-allowed'],
    ])
  })

  it('takes the last approval from the audit branch', async () => {
    gitIn(repo, 'checkout', '-q', 'main')
    execFileSync('git', ['-C', repo, 'merge', '-q', '--no-ff', 'student-data-host', '-m', 'Merge #12'], { env: GIT_ENV })
    const reviews = join(mkdtempSync(join(tmpdir(), 'register-')), 'reviews.json')
    writeFileSync(
      reviews,
      JSON.stringify([
        {
          user: { login: 'pia', id: 9 },
          state: 'APPROVED',
          commit_id: gitIn(repo, 'rev-parse', 'HEAD^2'),
          submitted_at: '2026-11-20T06:00:00Z',
          body: '',
        },
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
      '12',
      '--merge-commit',
      'HEAD',
      '--author',
      'alice',
      '--approvals',
      reviews,
      '--merged-at',
      '2026-11-20T08:00:00Z',
    ])
    expect(recorded.code).toBe(0)
    const rows = await register(['--repo', repo])
    expect(rows.find((r) => r.path === 'prompts/school/progress-report.prompty')).toMatchObject({
      verdict: 'not-allowed',
      lastApproval: { pr: 12, approvers: ['pia'] },
    })
    expect(rows.find((r) => r.path === 'prompts/support/triage.prompt.yml')?.lastApproval).toBeNull()
    // The record itself carries the classes and the host, and the branch's register page verifies.
    const record = JSON.parse(
      gitIn(
        repo,
        'show',
        `promptops-audit:${gitIn(repo, 'ls-tree', '-r', '--name-only', 'promptops-audit', 'records/')
          .split('\n')
          .find((p) => p.endsWith('-pr-12.json'))}`,
      ),
    )
    expect(record.predicate.templates[0].dataHandling).toMatchObject({
      classes: ['student-records'],
      host: 'api.openai.com',
      verdict: 'not-allowed',
    })
    expect(gitIn(repo, 'show', 'promptops-audit:data-classes/README.md')).toContain(
      '`prompts/school/progress-report.prompty` | student-records',
    )
    expect(
      (await cli(['audit', 'verify', '--repo', repo, '--key', gitIn(repo, 'show', 'promptops-audit:verifier-key')])).code,
    ).toBe(0)
  })
})

/** 120 templates in every format; each entry says what the register must show for it. */
function generated(): { files: Record<string, string>; want: Array<[string, string, string | null, string]> } {
  const files: Record<string, string> = {
    '.github/promptops.yml': POLICY_YAML,
    'README.md': '# not a template\n',
    'prompts/data/lookup.json': '{"rows": [1, 2]}\n',
  }
  const want: Array<[string, string, string | null, string]> = []
  const kinds: Array<(i: number) => [string, string, string, string | null, string]> = [
    (i) => [
      `prompts/school/year-${i % 4}/report-${i}.prompty`,
      prompty(AZURE_WEU),
      'student-records',
      'edu-weu.openai.azure.com',
      'allowed',
    ],
    (i) => [
      `prompts/school/year-${i % 4}/quiz-${i}.prompty`,
      prompty(OPENAI),
      'student-records',
      'api.openai.com',
      'not-allowed',
    ],
    (i) => [`prompts/school/notes-${i}.prompty`, prompty(AZURE_ENV), 'student-records', null, 'unknown'],
    (i) => [
      `prompts/clinic/summary-${i}.prompt`,
      '---\nmodel: vertexai/gemini-2.0-flash-001\nconfig:\n  location: europe-west1\ndataClasses: [health]\n---\n{{visit_notes}}\n',
      'health',
      'europe-west1-aiplatform.googleapis.com',
      'allowed',
    ],
    (i) => [
      `prompts/clinic/intake-${i}.prompt`,
      '---\nmodel: googleai/gemini-2.0-flash\nmetadata:\n  dataClasses: health\n---\n{{visit_notes}}\n',
      'health',
      'generativelanguage.googleapis.com',
      'not-allowed',
    ],
    (i) => [
      `prompts/support/t-${i}.prompt.yml`,
      'model: openai/gpt-4o-mini\nmessages:\n  - role: user\n    content: "{{ticket}}"\n',
      '',
      'models.github.ai',
      'unclassified',
    ],
    (i) => [
      `prompts/chat/c-${i}.json`,
      '{"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "{{q}}"}]}\n',
      '',
      'api.openai.com',
      'unclassified',
    ],
    (i) => [`prompts/notes/n-${i}.txt`, 'Summarize {{text}}\n', '', null, 'unclassified'],
  ]
  for (let i = 0; i < 120; i++) {
    const [path, text, classes, host, verdict] = kinds[i % kinds.length]!(i)
    files[path] = text
    want.push([path, classes, host, verdict])
  }
  return { files, want }
}

describe('on a generated repository of 120 templates', () => {
  it('lists every template, and only templates, correctly', async () => {
    const { files, want } = generated()
    const rows = await register(['--repo', repoWith(files)])
    const byCodeUnit = (a: [string, ...unknown[]], b: [string, ...unknown[]]) => (a[0] < b[0] ? -1 : 1)
    expect(rows.map((r) => [r.path, r.classes.join(','), r.host, r.verdict])).toEqual([...want].sort(byCodeUnit))
    const csv = await cli(['report', 'data-classes', '--repo', repoWith(files), '--format', 'csv'])
    expect(csv.stdout.trim().split('\r\n')).toHaveLength(121)
  })
})

describe('bad policy', () => {
  it('is refused with file and line, and nothing is written', async () => {
    const typo = POLICY_YAML.replace(
      '  deployments:\n',
      '    - { pattern: "prompts/x/", classes: [studnet-records] }\n  deployments:\n',
    )
    const repo = repoWith({ '.github/promptops.yml': typo, 'prompts/x/a.txt': 'hi {{student_name}}\n' })
    const output = join(repo, 'register.csv')
    const out = await cli(['report', 'data-classes', '--repo', repo, '--format', 'csv', '--output', output])
    expect(out.code).toBe(2)
    expect(out.stderr).toMatch(
      /\.github\/promptops\.yml:21: dataClasses\.assign\.1\.classes\.0: unknown data class "studnet-records"/,
    )
    expect(out.stdout).toBe('')
    expect(existsSync(output)).toBe(false)
    expect((await cli(['validate', '--repo', repo])).code).toBe(2)
  })
})

// `promptops audit` on a local clone: record, idempotency, verify, tampering, export, show.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from '../helpers/cli-io.js'
import { DEMO_AWS_KEY, demoRepo, gitIn } from '../helpers/demo-repo.js'

let repo: string
let shas: { base: string; head: string; merge: string }
const env = {
  GIT_AUTHOR_NAME: 'T',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 'T',
  GIT_COMMITTER_EMAIL: 't@example.com',
}

function merge(branch: string, message: string): { base: string; head: string; merge: string } {
  gitIn(repo, 'checkout', '-q', 'main')
  execFileSync('git', ['-C', repo, 'merge', '-q', '--no-ff', branch, '-m', message], { env: { ...process.env, ...env } })
  return {
    base: gitIn(repo, 'rev-parse', 'HEAD^1'),
    head: gitIn(repo, 'rev-parse', 'HEAD^2'),
    merge: gitIn(repo, 'rev-parse', 'HEAD'),
  }
}

const record = (pr: number, s = shas, extra: string[] = []) =>
  cli([
    'audit',
    'record',
    '--repo',
    repo,
    '--base',
    s.base,
    '--head',
    s.head,
    '--pr',
    String(pr),
    '--merge-commit',
    s.merge,
    '--author',
    'alice',
    '--title',
    'Tweak support prompts',
    '--merged-at',
    '2026-11-20T10:00:00Z',
    ...extra,
  ])

/** Rewrites the audit branch tip with `change` applied to its tree (simulated tampering). */
function tamper(change: (dir: string) => void, message = 'tamper'): void {
  const dir = mkdtempSync(join(tmpdir(), 'tamper-'))
  execFileSync('git', ['clone', '-q', '--branch', 'promptops-audit', repo, dir])
  change(dir)
  execFileSync('git', ['-C', dir, 'add', '-A'])
  execFileSync('git', ['-C', dir, 'commit', '-q', '--allow-empty', '-m', message], { env: { ...process.env, ...env } })
  execFileSync('git', ['-C', dir, 'push', '-q', '--force', 'origin', 'promptops-audit'])
}

beforeEach(() => {
  repo = demoRepo()
  shas = merge('risky-change', 'Merge pull request #7')
})

describe('promptops audit', () => {
  it('records a merge once, creating the orphan branch, with no secret in it', async () => {
    const first = await record(7)
    expect(first.code).toBe(0)
    expect(JSON.parse(first.stdout)).toMatchObject({ status: 'appended', seq: 1, path: 'records/2026/11/20/00000001-pr-7.json' })
    expect(JSON.parse((await record(7)).stdout)).toMatchObject({ status: 'duplicate', seq: 1 })
    expect(gitIn(repo, 'rev-list', '--count', 'promptops-audit')).toBe('1')
    expect(gitIn(repo, 'rev-list', '--max-parents=0', 'promptops-audit')).toBe(gitIn(repo, 'rev-parse', 'promptops-audit'))
    // Accuracy from the repository's eval results (evals/*.json) is recorded per template.
    const recordText = gitIn(repo, 'show', 'promptops-audit:records/2026/11/20/00000001-pr-7.json')
    const triage = JSON.parse(recordText).predicate.templates.find(
      (t: { path: string }) => t.path === 'prompts/support/triage.prompt.yml',
    )
    expect(triage.metrics).toMatchObject({ accuracySamples: 122 })
    expect(triage.metrics.accuracy).toBeCloseTo(0.92, 1)
    const tree = gitIn(repo, 'archive', '--format=tar', 'promptops-audit')
    expect(tree).not.toContain(DEMO_AWS_KEY)
    expect(tree).not.toContain('maria.gonzalez')
    expect(tree).not.toContain('customer')
  })

  it('verifies an intact log, exports it and shows its history', async () => {
    await record(7)
    const cp = join(mkdtempSync(join(tmpdir(), 'cp-')), 'checkpoint')
    // Nothing outside the branch vouches for its key: intact, but trust on first use (exit 4).
    const verify = await cli(['audit', 'verify', '--repo', repo, '--save-checkpoint', cp])
    expect(verify.code).toBe(4)
    expect(JSON.parse(verify.stdout)).toMatchObject({
      ok: true,
      anchored: false,
      size: 1,
      key: { source: 'published by the branch (trust on first use)' },
    })
    expect(verify.stderr).toMatch(/INTACT BUT NOT ANCHORED[\s\S]*trust on first use/)
    expect(readFileSync(cp, 'utf8')).toContain('\n1\n')
    const key = gitIn(repo, 'show', 'promptops-audit:verifier-key')
    const pinned = await cli(['audit', 'verify', '--repo', repo, '--key', key])
    expect(pinned.code).toBe(0)
    expect(JSON.parse(pinned.stdout).notProved).toEqual([expect.stringMatching(/^that no records were cut off the end/)])
    expect((await cli(['audit', 'verify', '--repo', repo, '--checkpoint', cp])).code).toBe(0)
    const csv = (await cli(['audit', 'export', '--repo', repo, '--format', 'csv'])).stdout
    expect(csv.split('\r\n')[1]).toContain(',7,Tweak support prompts,alice,')
    const jsonl = (
      await cli(['audit', 'export', '--repo', repo, '--format', 'jsonl', '--template', 'prompts/support/triage.prompt.yml'])
    ).stdout
    expect(JSON.parse(jsonl.trim()).predicate.pr.number).toBe(7)
    expect((await cli(['audit', 'show', '--repo', repo, 'prompts/support/answer.prompty'])).stdout).toContain('PR #7')
  })

  it.each<[string, (dir: string) => void, string]>([
    [
      'an edited record',
      (d) => {
        const p = join(d, 'records/2026/11/20/00000001-pr-7.json')
        writeFileSync(p, readFileSync(p, 'utf8').replace('"critical"', '"low"'))
      },
      'edited',
    ],
    ['a deleted record', (d) => execFileSync('git', ['-C', d, 'rm', '-q', 'records/2026/11/20/00000001-pr-7.json']), 'deleted'],
    [
      'a forged checkpoint',
      (d) => {
        const p = join(d, 'checkpoint')
        writeFileSync(
          p,
          readFileSync(p, 'utf8').replace(/— (\S+) (\S)/, (_m, n: string, c: string) => `— ${n} ${c === 'A' ? 'B' : 'A'}`),
        )
      },
      'signature',
    ],
  ])('detects %s', async (_name, change, kind) => {
    await record(7)
    tamper(change)
    const verify = await cli(['audit', 'verify', '--repo', repo])
    expect(verify.code).toBe(1)
    expect(verify.stderr).toContain(`TAMPERED ${kind}`)
  })

  it('detects a force-pushed rewrite against a saved checkpoint', async () => {
    await record(7)
    const cp = join(mkdtempSync(join(tmpdir(), 'cp-')), 'checkpoint')
    await cli(['audit', 'verify', '--repo', repo, '--save-checkpoint', cp])
    // Rewrite history: drop the branch and record a different decision for the same slot.
    gitIn(repo, 'branch', '-D', 'promptops-audit')
    await record(8)
    expect((await cli(['audit', 'verify', '--repo', repo])).code).toBe(4)
    const verify = await cli(['audit', 'verify', '--repo', repo, '--checkpoint', cp])
    expect(verify.code).toBe(1)
    expect(verify.stderr).toContain('TAMPERED')
  })

  it('reports a commit that edited a record even after the edit was reverted', async () => {
    await record(7)
    const path = join('records/2026/11/20/00000001-pr-7.json')
    tamper((d) => writeFileSync(join(d, path), readFileSync(join(d, path), 'utf8').replace('"critical"', '"low"')), 'soften')
    tamper((d) => writeFileSync(join(d, path), readFileSync(join(d, path), 'utf8').replace('"low"', '"critical"')), 'restore')
    const key = gitIn(repo, 'show', 'promptops-audit:verifier-key')
    const verify = await cli(['audit', 'verify', '--repo', repo, '--key', key])
    expect(verify.code).toBe(1)
    const problems = JSON.parse(verify.stdout).problems as Array<{ kind: string; path: string; message: string }>
    expect(problems.map((p) => [p.kind, p.path])).toEqual([
      ['edited', path],
      ['edited', path],
    ])
    expect(problems[0]?.message).toMatch(/^commit [0-9a-f]{12}: commit changed an existing record/)
  })

  it('exits 2 without an audit branch or with bad arguments', async () => {
    expect((await cli(['audit', 'verify', '--repo', repo])).code).toBe(2)
    expect((await cli(['audit', 'record', '--repo', repo, '--pr', 'x'])).code).toBe(2)
    expect((await cli(['audit', 'frob'])).code).toBe(2)
  })
})

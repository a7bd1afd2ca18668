import { describe, it, expect } from '@jest/globals'
import {
  appendRecord,
  parseCheckpoint,
  parseRecord,
  verifyLog,
  byTemplatePath,
  templatePagePath,
  AuditInputError,
  type AuditRecord,
} from '../../../src/core/audit/index.js'
import { branchFiles, sampleInput, sampleRecords, signer, verifierKey } from './helpers.js'

const NOW = new Date('2027-01-01T00:00:00Z')

function appendAll(n: number): { files: Record<string, string>; records: AuditRecord[] } {
  const files: Record<string, string> = {}
  const records: AuditRecord[] = []
  for (let i = 0; i < n; i++) {
    const result = appendRecord({ records }, sampleInput(i), signer, NOW)
    if (result.duplicate) throw new Error('unexpected duplicate')
    Object.assign(files, result.files)
    records.push(result.record)
  }
  return { files, records }
}

describe('appendRecord', () => {
  it('returns the record, pointers, signed checkpoint and index pages', () => {
    const result = appendRecord({ records: [] }, sampleInput(0), signer, NOW)
    if (result.duplicate) throw new Error('unexpected duplicate')
    const paths = Object.keys(result.files).sort()
    expect(paths).toEqual(
      [
        'README.md',
        byTemplatePath('prompts/support.prompt.yml'),
        templatePagePath('prompts/support.prompt.yml'),
        'by-pr/0-499/100.json',
        'by-template/README.md',
        'checkpoint',
        'records/2026/01/01/00000001-pr-100.json',
        'records/2026/01/README.md',
        'verifier-key',
      ].sort(),
    )
    expect(parseRecord(result.files[result.path] as string)).toEqual(result.record)
    const cp = parseCheckpoint(result.files.checkpoint as string, verifierKey)
    expect(cp.ok && cp.value.size).toBe(1)
    expect(JSON.parse(result.files['by-pr/0-499/100.json'] as string)).toEqual({ pr: 100, records: [result.path] })
    expect(result.files['README.md']).toContain(verifierKey)
    expect(result.files['README.md']).toContain('[#100](https://github.com/acme/app/pull/100)')
  })

  it('successive appends produce a log that verifies', () => {
    const { files } = appendAll(40)
    const result = verifyLog({ files, verifierKey })
    expect(result.problems).toEqual([])
    expect(result).toMatchObject({ ok: true, size: 40 })
  })

  it('is idempotent on (repository, PR, merge commit)', () => {
    const { records } = appendAll(3)
    const again = appendRecord({ records }, { ...sampleInput(1), repository: 'ACME/app' }, signer, NOW)
    expect(again).toMatchObject({ duplicate: true, path: 'records/2026/01/02/00000002-pr-101.json' })
    const different = appendRecord({ records }, { ...sampleInput(1), mergeCommit: 'f'.repeat(40) }, signer, NOW)
    expect(different.duplicate).toBe(false)
  })

  it('refuses merge times in the future of now', () => {
    expect(() => appendRecord({ records: [] }, sampleInput(0, { mergedAt: '2027-02-01T00:00:00Z' }), signer, NOW)).toThrow(
      AuditInputError,
    )
  })

  it('uses the configured server URL for links', () => {
    const result = appendRecord({ records: [] }, sampleInput(0), signer, NOW, { serverUrl: 'https://ghe.example.com/' })
    expect(!result.duplicate && result.files['README.md']).toContain('https://ghe.example.com/acme/app/pull/100')
  })

  it('escapes hostile PR titles and paths in index pages', () => {
    const input = sampleInput(0, {
      pr: { number: 5, title: '| <img src=x onerror=alert(1)> [x](javascript:1)', author: 'a', url: 'u' },
      templates: [{ path: 'prompts/`a`|b.txt', digest: 'a'.repeat(64) }],
    })
    const result = appendRecord({ records: [] }, input, signer, NOW)
    if (result.duplicate) throw new Error('unexpected duplicate')
    const page = result.files[templatePagePath('prompts/`a`|b.txt')] as string
    expect(page).toContain('prompts/\\`a\\`\\|b.txt')
    const pages = Object.entries(result.files).filter(([path]) => path.endsWith('.md'))
    expect(pages.length).toBeGreaterThan(2)
    for (const [, text] of pages) expect(text).not.toMatch(/<img|\]\(javascript/)
  })

  it('keeps every directory under 1,000 entries', () => {
    const records = sampleRecords(3000).map((r, i) => ({
      ...r,
      predicate: { ...r.predicate, pr: { ...r.predicate.pr, number: 1 + i * 7 } },
    }))
    const dirs = new Map<string, Set<string>>()
    for (const path of Object.keys(branchFiles(records, signer))) {
      const parts = path.split('/')
      for (let i = 0; i < parts.length; i++) {
        const dir = parts.slice(0, i).join('/')
        dirs.set(dir, (dirs.get(dir) ?? new Set()).add(parts[i] as string))
      }
    }
    expect(dirs.get('by-pr')?.size).toBe(42)
    for (const [dir, entries] of dirs) expect([dir, entries.size < 1000]).toEqual([dir, true])
  })
})

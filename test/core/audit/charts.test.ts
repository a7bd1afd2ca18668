// The charts on the audit branch's index pages (#16: auditors see, not just read): Mermaid
// blocks beside the tables, regenerated (and so checked) by verify like every derived page.
import { describe, expect, it } from '@jest/globals'
import {
  appendRecord,
  slaByMonth,
  templatePagePath,
  verifyLog,
  type AuditRecord,
  type AuditRecordInput,
} from '../../../src/core/audit/index.js'
import { branchFiles, sampleInput, signer, verifierKey } from './helpers.js'

const NOW = new Date('2027-01-01T00:00:00Z')
const PATH = 'prompts/support.prompt.yml'

function withMetrics(i: number): AuditRecordInput {
  const base = sampleInput(i * 2) // even inputs touch PATH
  const startedAt = base.mergedAt.replace('T12:', 'T02:')
  return {
    ...base,
    templates: [
      {
        path: PATH,
        digest: base.templates[0]!.digest,
        metrics: { inputTokens: 100 + 10 * i, accuracy: 0.9 - i / 100, accuracySamples: 50 },
      },
    ],
    sla: { target: '24h', startedAt, firstReviewAt: base.mergedAt.replace('T12:', `T0${3 + (i % 5)}:`), breached: i % 3 === 0 },
  }
}

function build(inputs: readonly AuditRecordInput[]): AuditRecord[] {
  const records: AuditRecord[] = []
  for (const input of inputs) {
    const result = appendRecord({ records }, input, signer, NOW)
    if (result.duplicate) throw new Error('unexpected duplicate')
    records.push(result.record)
  }
  return records
}

describe('index page charts', () => {
  const records = build(Array.from({ length: 6 }, (_, i) => withMetrics(i)))
  const files = branchFiles(records, signer)

  it("put cost and accuracy charts beside a template's history table", () => {
    const page = files[templatePagePath(PATH)] as string
    expect(page.indexOf('## Cost and accuracy')).toBeGreaterThan(page.indexOf('| Seq | Merged (UTC)'))
    const blocks = page
      .split('```mermaid\n')
      .slice(1)
      .map((b) => b.slice(0, b.indexOf('```')))
    expect(blocks).toHaveLength(2)
    expect(blocks[0]).toContain('title "prompts/support.prompt.yml: input tokens"')
    expect(blocks[0]).toContain('line [100, 110, 120, 130, 140, 150]')
    expect(blocks[1]).toContain('y-axis "accuracy" 0 --> 1')
  })

  it('put the review SLA by month, as a table and two charts, on the root page', () => {
    const readme = files['README.md'] as string
    expect(readme).toContain('## Review SLA by month')
    expect(readme).toMatch(/\| 2026-01 \| 6 \| 6 \| 2 \| \d+(\.\d)? \|/)
    expect(readme).toContain('title "Review SLA breaches per month"')
    expect(readme).toContain('title "Median hours to first review"')
    expect(slaByMonth(records)).toEqual([{ month: '2026-01', records: 6, tracked: 6, breaches: 2, medianHours: 2.5 }])
  })

  it('leave pages without metrics or SLA data as they were', () => {
    const plain = branchFiles(build([sampleInput(1)]), signer)
    expect(Object.values(plain).some((text) => text.includes('```mermaid'))).toBe(false)
  })

  it('are derived: the same records give the same bytes, and an edited chart fails verify', () => {
    expect(branchFiles(records, signer)).toEqual(files)
    const edited = {
      ...files,
      [templatePagePath(PATH)]: (files[templatePagePath(PATH)] as string).replace('line [100,', 'line [90,'),
    }
    expect(verifyLog({ files: edited, verifierKey }).problems).toEqual([
      expect.objectContaining({ kind: 'derived', path: templatePagePath(PATH) }),
    ])
  })

  it('show at most the newest 50 points', () => {
    const many = build(
      Array.from({ length: 60 }, (_, i) => ({
        ...withMetrics(i),
        mergeCommit: `${String(i).padStart(2, '0')}${'c'.repeat(38)}`,
        pr: { ...withMetrics(i).pr, number: 500 + i },
      })),
    )
    const page = branchFiles(many, signer)[templatePagePath(PATH)] as string
    const line = /line \[([^\]]*)\]/.exec(page)?.[1]?.split(', ') ?? []
    expect(line).toHaveLength(50)
    expect(line[0]).toBe(String(100 + 10 * 10))
  })
})

import { describe, it, expect } from '@jest/globals'
import {
  CSV_COLUMNS,
  buildRecord,
  csvCell,
  exportCsv,
  exportJsonl,
  filterRecords,
  recordHash,
} from '../../../src/core/audit/index.js'
import { sampleInput, sampleRecords, vectors } from './helpers.js'

const guard = vectors<{ cases: Array<{ in: string; want: string }> }>('csv-guard')
const records = sampleRecords(10)

describe('csvCell', () => {
  it.each(guard.cases)('guards $in', ({ in: input, want }) => {
    expect(csvCell(input)).toBe(want)
  })
  it('leaves numbers alone unless they would start a formula', () => {
    expect(csvCell(42)).toBe('42')
    expect(csvCell(-1)).toBe("'-1")
  })
})

describe('exportCsv', () => {
  it('writes a header and one CRLF-terminated row per record', () => {
    const csv = exportCsv(records)
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe(CSV_COLUMNS.join(','))
    expect(lines).toHaveLength(records.length + 2)
    expect(lines[lines.length - 1]).toBe('')
    expect(lines[1]?.startsWith('1,2026-01-01T12:00:00Z,acme/app,100,Tune prompt 0,alice,')).toBe(true)
    expect(lines[1]?.endsWith(recordHash(records[0]!))).toBe(true)
  })

  it('neutralises a hostile PR title and override reason', () => {
    // As a record read from a branch someone else wrote: buildRecord would have cleaned these.
    const built = buildRecord(sampleInput(0), null)
    const pr = { number: 1, title: '=cmd|"/c calc"!A1', author: '@evil', url: 'u' }
    const hostile = { ...built, predicate: { ...built.predicate, pr, overrides: [{ by: 'x', reason: 'because,\n"reasons"' }] } }
    const row = exportCsv([hostile]).split('\r\n')[1] as string
    expect(row).toContain(`"'=cmd|""/c calc""!A1"`)
    expect(row).toContain("'@evil")
    expect(exportCsv([hostile])).toContain('"x: because,\n""reasons"""')
  })
})

describe('filters and JSONL', () => {
  it.each([
    { name: 'since (inclusive)', filter: { since: '2026-01-05' }, want: [5, 6, 7, 8, 9, 10] },
    { name: 'until a bare date covers the day', filter: { until: '2026-01-03' }, want: [1, 2, 3] },
    { name: 'window', filter: { since: '2026-01-02T12:00:00Z', until: '2026-01-04T11:59:59Z' }, want: [2, 3] },
    { name: 'template', filter: { template: 'prompts/t1.prompty' }, want: [2] },
    { name: 'template by old path', filter: { template: 'nothing' }, want: [] },
  ])('$name', ({ filter, want }) => {
    expect(filterRecords(records, filter).map((r) => r.predicate.seq)).toEqual(want)
  })

  it('rejects unparseable bounds', () => {
    expect(() => filterRecords(records, { since: 'yesterday' })).toThrow(RangeError)
  })

  it('JSONL is one canonical record per line', () => {
    const lines = exportJsonl(records, { until: '2026-01-02' }).trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(JSON.parse(lines[0] as string)).toEqual(records[0])
    expect(lines[0]).not.toContain(' "')
  })
})

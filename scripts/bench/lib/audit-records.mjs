// Deterministic audit record inputs and chained records for the audit benchmark (the same
// shape as test/core/audit/helpers.ts): every record is built by the core's buildRecord.
import { createHash } from 'node:crypto'

const hex = (seed, len = 40) => createHash('sha256').update(seed).digest('hex').slice(0, len)

export function sampleInput(i) {
  const day = 1 + (i % 28)
  const month = 1 + (Math.floor(i / 28) % 12)
  const mergedAt = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T12:00:00Z`
  return {
    repository: 'acme/prompts',
    pr: { number: 100 + i, title: `Tune prompt ${i}`, author: 'alice', url: `https://github.com/acme/prompts/pull/${100 + i}` },
    base: hex(`base${i}`),
    head: hex(`head${i}`),
    mergeCommit: hex(`merge${i}`),
    mergedAt,
    level: i % 3 === 0 ? 'high' : 'low',
    score: i % 100,
    findings: [
      {
        category: 'secrets',
        rule: 'secrets.aws-access-key',
        severity: 'high',
        path: 'prompts/support.prompt.yml',
        line: 3,
        evidence: 'AKIA****',
      },
    ],
    configDigest: hex('config', 64),
    approvals: [{ reviewer: 'bob', reviewerId: 2, state: 'APPROVED', commit: hex(`head${i}`), at: mergedAt }],
    overrides: [],
    templates: [
      {
        path: i % 2 === 0 ? 'prompts/support.prompt.yml' : `prompts/t${i % 7}.prompty`,
        digest: hex(`content${i}`, 64),
        provenance: { dataset: 'v1' },
        metrics: { tokens: 120 },
      },
    ],
  }
}

/** n chained records, each from buildRecord (hash-linked to the previous one). */
export function chainedRecords(audit, n) {
  const records = []
  for (let i = 0; i < n; i++) {
    const last = records[records.length - 1]
    records.push(audit.buildRecord(sampleInput(i), last ? { seq: last.predicate.seq, hash: audit.recordHash(last) } : null))
  }
  return records
}

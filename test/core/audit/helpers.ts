// Shared builders for audit tests: deterministic inputs and a fixed signing key.
import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { buildRecord, generateSigningKey, recordHash } from '../../../src/core/audit/index.js'
import type { AuditRecord, AuditRecordInput, Signer } from '../../../src/core/audit/index.js'
import { branchFiles } from '../../helpers/audit-branch.js'

export { branchFiles }

export function vectors<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../fixtures/audit-vectors/${name}.json`, import.meta.url), 'utf8')) as T
}

export function hex(seed: string, len = 40): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, len)
}

export const KEY_NAME = 'github.com/acme/app/promptops-audit'
const generated = generateSigningKey(KEY_NAME)
export const signer: Signer = { name: KEY_NAME, privateKeyPem: generated.privateKeyPem }
export const verifierKey = generated.verifierKey

export function sampleInput(i: number, overrides: Partial<AuditRecordInput> = {}): AuditRecordInput {
  const day = 1 + (i % 28)
  const month = 1 + (Math.floor(i / 28) % 12)
  const mergedAt = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T12:00:00Z`
  return {
    repository: 'acme/app',
    pr: { number: 100 + i, title: `Tune prompt ${i}`, author: 'alice', url: `https://github.com/acme/app/pull/${100 + i}` },
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
    ...overrides,
  }
}

/** n chained records built directly (no per-append index regeneration). */
export function sampleRecords(n: number): AuditRecord[] {
  const records: AuditRecord[] = []
  for (let i = 0; i < n; i++) {
    const last = records[records.length - 1]
    records.push(buildRecord(sampleInput(i), last ? { seq: last.predicate.seq, hash: recordHash(last) } : null))
  }
  return records
}

/**
 * n chained records for scale tests: a few records from buildRecord as prototypes, then
 * shallow clones with their own seq, PR, date, merge commit and prevHash.
 */
export function fastRecords(n: number): AuditRecord[] {
  const prototypes = sampleRecords(14)
  const records: AuditRecord[] = []
  for (let i = 0; i < n; i++) {
    const proto = prototypes[i % prototypes.length] as AuditRecord
    const sample = sampleInput(i)
    const last = records[records.length - 1]
    const pr = { ...proto.predicate.pr, number: 100 + i, url: sample.pr.url }
    const predicate = {
      ...proto.predicate,
      seq: i + 1,
      prevHash: last ? recordHash(last) : null,
      pr,
      mergedAt: sample.mergedAt,
      mergeCommit: sample.mergeCommit,
    }
    records.push({ ...proto, predicate })
  }
  return records
}

export function sampleLog(n: number): Record<string, string> {
  return branchFiles(fastRecords(n), signer)
}

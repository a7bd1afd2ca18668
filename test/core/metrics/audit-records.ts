// Real audit records (built and chained by the audit core) for the metrics tests.
import { buildRecord, recordHash, type AuditRecord, type AuditTemplateInput } from '../../../src/core/audit/index.js'

/** A chain of real audit records, one per entry. */
export function records(entries: Array<{ pr: number; mergedAt?: string; templates: AuditTemplateInput[] }>): AuditRecord[] {
  const out: AuditRecord[] = []
  for (const e of entries) {
    const prev = out.at(-1)
    const sha = e.pr.toString(16).padStart(40, 'a')
    out.push(
      buildRecord(
        {
          repository: 'acme/prompts',
          pr: { number: e.pr, title: `PR ${e.pr}`, author: 'alice', url: `https://github.com/acme/prompts/pull/${e.pr}` },
          base: sha,
          head: sha,
          mergeCommit: sha,
          mergedAt: e.mergedAt ?? `2026-11-${String(e.pr).padStart(2, '0')}T10:00:00Z`,
          level: 'low',
          score: 0,
          findings: [],
          configDigest: 'c'.repeat(64),
          approvals: [],
          overrides: [],
          templates: e.templates,
        },
        prev ? { seq: prev.predicate.seq, hash: recordHash(prev) } : null,
      ),
    )
  }
  return out
}

export const t = (path: string, metrics: Record<string, number>, oldPath?: string): AuditTemplateInput => ({
  path,
  digest: 'd'.repeat(64),
  metrics,
  ...(oldPath ? { oldPath } : {}),
})

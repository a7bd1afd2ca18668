// One record through an adapter and the target schema: the unit both `migrate --check`
// and `migrate --in/--out` are built on.
import type { Adapter } from './adapter.js'
import { applyAdapter } from './apply-adapter.js'
import type { SampleRecord } from './records.js'
import type { SchemaValidator } from './validator.js'

export type Migrated = { ok: true; value: Record<string, unknown> } | { ok: false; errors: string[] }

export function migrateRecord(adapter: Adapter, target: SchemaValidator, doc: unknown): Migrated {
  const applied = applyAdapter(adapter, doc)
  if (!applied.ok)
    return { ok: false, errors: applied.errors.map((e) => (e.line > 0 ? `${adapter.file}:${e.line}: ${e.message}` : e.message)) }
  const problems = target.validate(applied.value)
  if (problems.length > 0) return { ok: false, errors: problems.map((p) => `does not match ${adapter.to}: ${p}`) }
  return { ok: true, value: applied.value }
}

export interface RecordFailure {
  line: number
  errors: string[]
}

/** Failures among `records` (an empty list means every record migrates and validates). */
export function checkRecords(adapter: Adapter, target: SchemaValidator, records: readonly SampleRecord[]): RecordFailure[] {
  const failures: RecordFailure[] = []
  for (const record of records) {
    const result = migrateRecord(adapter, target, record.value)
    if (!result.ok) failures.push({ line: record.line, errors: result.errors })
  }
  return failures
}

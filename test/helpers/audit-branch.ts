// A whole audit branch in memory, for tests and the audit benchmark: built in one go from
// the core's parts (records, the signed checkpoint, the derived pages) rather than one append
// at a time. The App never needs this; test/core/audit/charts.test.ts checks that appending
// the same records one by one gives the same files.
import {
  checkpointFor,
  CHECKPOINT_PATH,
  DEFAULT_SERVER_URL,
  deriveAll,
  recordPath,
  serializeRecord,
  signCheckpoint,
  verifierKeyFor,
  type AuditRecord,
  type FileMap,
  type Signer,
} from '../../src/core/audit/index.js'

export function branchFiles(records: readonly AuditRecord[], signer: Signer, options: { serverUrl?: string } = {}): FileMap {
  const files = deriveAll(records, { serverUrl: options.serverUrl ?? DEFAULT_SERVER_URL, verifierKey: verifierKeyFor(signer) })
  for (const r of records) files[recordPath(r)] = serializeRecord(r)
  files[CHECKPOINT_PATH] = signCheckpoint(checkpointFor(records, signer.name), signer)
  return files
}

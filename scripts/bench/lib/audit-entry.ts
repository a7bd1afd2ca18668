// What the audit benchmark needs from src/, bundled by bundle-ts.mjs: the core log
// (records, verifyLog), a whole branch built in memory (the tests' helper) and the GitHub
// audit store with appendWithRetry.
export { buildRecord, generateSigningKey, recordHash, verifierKeyFor, verifyLog } from '../../../src/core/audit/index.js'
export { branchFiles } from '../../../test/helpers/audit-branch.js'
export type { AuditRecord, AuditRecordInput, Signer } from '../../../src/core/audit/index.js'
export { appendWithRetry } from '../../../src/flows/audit/append.js'
export { githubAuditStore } from '../../../src/adapters/github/audit-store.js'
export { createClient } from '../../../src/adapters/github/octokit.js'

// appendMany with the witness port: what it checks before building on the branch, what it
// publishes after a commit, and when it refuses. An in-memory store and witness stand in for
// GitHub (the end-to-end tests in test/app/audit-attacks.e2e.test.ts drive the real thing).
import { describe, expect, it } from '@jest/globals'
import { generateSigningKey, type Anchor, type FileMap } from '../../../src/core/audit/index.js'
import { AuditIntegrityError, appendMany, appendWithRetry } from '../../../src/flows/audit/append.js'
import type { AuditSnapshot, AuditStore, CommitOutcome } from '../../../src/adapters/audit/store.js'
import type { AuditWitness, WitnessTarget } from '../../../src/adapters/audit/witness.js'
import { sampleInput, signer } from '../../core/audit/helpers.js'

const NOW = new Date('2027-01-01T00:00:00Z')

class MemoryStore implements AuditStore {
  readonly branch = 'promptops-audit'
  readonly commits = new Map<string, FileMap>()
  tip: string | null = null

  async load(): Promise<AuditSnapshot> {
    return { tip: this.tip, files: this.tip ? { ...this.commits.get(this.tip) } : {} }
  }

  async commit(tip: string | null, files: FileMap, _message: string): Promise<CommitOutcome> {
    if (tip !== this.tip) return { ok: false, reason: 'conflict' }
    const id = `c${this.commits.size + 1}`.padEnd(40, '0')
    this.commits.set(id, { ...(tip ? this.commits.get(tip) : {}), ...files })
    this.tip = id
    return { ok: true, commit: id }
  }
}

/** Witnesses keyed by merge commit, as check runs would be. */
class MemoryWitness implements AuditWitness {
  readonly runs = new Map<string, Anchor[]>()
  readonly written: Array<{ commit: string; title: string }> = []
  readonly refused: string[] = []
  failRead = false

  async read(_branch: string, lastMerge: string | null) {
    if (this.failRead) throw new Error('GitHub is down')
    const anchors = lastMerge ? (this.runs.get(lastMerge) ?? []) : [...this.runs.values()].flat()
    return { anchors, searched: lastMerge ? `merge commit ${lastMerge}` : 'everything' }
  }

  async write(_branch: string, auditCommit: string, checkpoint: string, targets: readonly WitnessTarget[]) {
    for (const t of targets) {
      this.runs.set(t.commit, [
        ...(this.runs.get(t.commit) ?? []),
        { checkpoint, source: `witness on ${t.commit.slice(0, 8)} (${auditCommit.slice(0, 3)})` },
      ])
      this.written.push({ commit: t.commit, title: t.title })
    }
    return []
  }

  async refuse(commit: string, reason: string) {
    this.refused.push(`${commit}: ${reason}`)
  }
}

const options = (witness: MemoryWitness) => ({ witness, backoffMs: () => 0 })

async function grown(n: number): Promise<{ store: MemoryStore; witness: MemoryWitness }> {
  const store = new MemoryStore()
  const witness = new MemoryWitness()
  for (let i = 0; i < n; i++) await appendWithRetry(store, sampleInput(i), signer, NOW, options(witness))
  return { store, witness }
}

describe('appendMany with a witness', () => {
  it("publishes each checkpoint on the newest record's merge commit and on the previous newest one", async () => {
    const { store, witness } = await grown(3)
    expect(witness.written.map((w) => [w.commit, w.title])).toEqual([
      [sampleInput(0).mergeCommit, 'Recorded in the audit log (1 records)'],
      [sampleInput(0).mergeCommit, 'The audit log grew to 2 records'],
      [sampleInput(1).mergeCommit, 'Recorded in the audit log (2 records)'],
      [sampleInput(1).mergeCommit, 'The audit log grew to 3 records'],
      [sampleInput(2).mergeCommit, 'Recorded in the audit log (3 records)'],
    ])
    expect(witness.runs.get(sampleInput(2).mergeCommit)?.map((a) => a.checkpoint)).toEqual([
      store.commits.get(store.tip!)?.checkpoint,
    ])
  })

  it("refuses a branch reset to an earlier state: the newest record's merge commit holds a later checkpoint", async () => {
    const { store, witness } = await grown(3)
    const [first] = store.commits.keys()
    store.tip = first!
    await expect(appendMany(store, [sampleInput(9)], signer, NOW, options(witness))).rejects.toThrow(
      /does not verify; refusing to append .*fewer than the 2 of this checkpoint/,
    )
    expect(store.tip).toBe(first)
  })

  it('refuses to start over on a deleted branch that was witnessed', async () => {
    const { store, witness } = await grown(2)
    store.tip = null
    await expect(appendMany(store, [sampleInput(9)], signer, NOW, options(witness))).rejects.toThrow(AuditIntegrityError)
    await expect(appendMany(store, [sampleInput(9)], signer, NOW, options(witness))).rejects.toThrow(
      /is missing although a witness shows it existed: it was deleted/,
    )
    expect(store.tip).toBeNull()
  })

  it("refuses a branch that publishes another key than the writer's", async () => {
    const { store, witness } = await grown(2)
    const other = { name: signer.name, privateKeyPem: generateSigningKey(signer.name).privateKeyPem }
    await expect(appendMany(store, [sampleInput(9)], other, NOW, options(witness))).rejects.toThrow(/it was re-keyed/)
  })

  it('re-reads a branch that another writer extended (and witnessed) after the first read', async () => {
    const { store, witness } = await grown(2)
    const stale = await store.load()
    await appendWithRetry(store, sampleInput(5), signer, NOW, options(witness))
    // A writer whose first read is from before that append: the witness shows 3 records, its copy 2.
    let reads = 0
    const lagging: AuditStore = {
      branch: store.branch,
      load: async () => (reads++ === 0 ? stale : store.load()),
      commit: (tip, files, message) => store.commit(tip, files, message),
    }
    const outcome = await appendWithRetry(lagging, sampleInput(6), signer, NOW, options(witness))
    expect(outcome).toMatchObject({ status: 'appended', seq: 4, attempts: 2 })
  })

  it('regenerates a hand-edited index page instead of refusing', async () => {
    const { store, witness } = await grown(2)
    const files = { ...store.commits.get(store.tip!), 'README.md': '# nothing to see\n' }
    store.commits.set('edited'.padEnd(40, '0'), files)
    store.tip = 'edited'.padEnd(40, '0')
    const warnings: string[] = []
    await appendWithRetry(store, sampleInput(7), signer, NOW, { ...options(witness), warn: (m) => warnings.push(m) })
    expect(store.commits.get(store.tip)?.['README.md']).toContain('# PromptOps audit log')
    expect(warnings.join('\n')).toMatch(/regenerating 1 derived page\(s\) .*README\.md/)
  })

  it('appends nothing when the witness cannot be read', async () => {
    const { store, witness } = await grown(1)
    const tip = store.tip
    witness.failRead = true
    await expect(appendMany(store, [sampleInput(8)], signer, NOW, options(witness))).rejects.toThrow(/GitHub is down/)
    expect(store.tip).toBe(tip)
  })
})

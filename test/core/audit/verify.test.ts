import { describe, it, expect } from '@jest/globals'
import {
  buildRecord,
  commitOnlyAdds,
  generateSigningKey,
  publishedVerifierKey,
  recordHash,
  recordPath,
  serializeRecord,
  signCheckpoint,
  checkpointFor,
  verifyLog,
  formatWitness,
  parseWitness,
  verifyStatement,
  type Anchor,
  type AuditRecord,
  type ProblemKind,
} from '../../../src/core/audit/index.js'
import { branchFiles, hex, sampleInput, sampleLog, sampleRecords, signer, verifierKey } from './helpers.js'
import { HANG_LIMIT_MS } from '../../helpers/hang-limit.js'

type Files = Record<string, string>
const records = sampleRecords(6)
const clean = branchFiles(records, signer)
const pathOf = (seq: number): string => recordPath(records[seq - 1] as AuditRecord)
const rec = (seq: number): AuditRecord => structuredClone(records[seq - 1] as AuditRecord)

function withRecord(files: Files, path: string, record: AuditRecord): Files {
  return { ...files, [path]: serializeRecord(record) }
}
function without(files: Files, path: string): Files {
  const copy = { ...files }
  delete copy[path]
  return copy
}

const saved = (checkpoint: string): Anchor[] => [{ checkpoint, source: '(saved checkpoint)' }]

const cases: Array<{ name: string; tamper: (f: Files) => Files; anchors?: () => Anchor[]; want: ProblemKind; path?: string }> = [
  {
    name: 'edit a record in the middle',
    tamper: (f) => withRecord(f, pathOf(3), { ...rec(3), predicate: { ...rec(3).predicate, level: 'low', score: 0 } }),
    want: 'edited',
    path: pathOf(3),
  },
  {
    name: 'edit the last record',
    tamper: (f) => withRecord(f, pathOf(6), { ...rec(6), predicate: { ...rec(6).predicate, approvals: [] } }),
    want: 'edited',
    path: pathOf(6),
  },
  {
    name: 'reformat a record file',
    tamper: (f) => ({ ...f, [pathOf(2)]: JSON.stringify(rec(2)) }),
    want: 'edited',
    path: pathOf(2),
  },
  { name: 'garble a record file', tamper: (f) => ({ ...f, [pathOf(2)]: '{"oops"' }), want: 'edited', path: pathOf(2) },
  { name: 'delete a record', tamper: (f) => without(f, pathOf(3)), want: 'deleted', path: pathOf(3) },
  { name: 'delete the newest record', tamper: (f) => without(f, pathOf(6)), want: 'deleted', path: 'checkpoint' },
  {
    name: 'reorder two records (swap contents)',
    tamper: (f) => ({ ...f, [pathOf(2)]: f[pathOf(3)] as string, [pathOf(3)]: f[pathOf(2)] as string }),
    want: 'reordered',
    path: pathOf(2),
  },
  {
    name: 'insert a second record with an existing seq',
    tamper: (f) => {
      const forged = buildRecord(sampleInput(99), { seq: 2, hash: recordHash(rec(2)) })
      return withRecord(f, recordPath(forged), forged)
    },
    want: 'inserted',
    path: 'records/2026/04/16/00000003-pr-199.json',
  },
  {
    name: 'append a record without a new checkpoint',
    tamper: (f) => {
      const extra = buildRecord(sampleInput(6), { seq: 6, hash: recordHash(rec(6)) })
      return withRecord(f, recordPath(extra), extra)
    },
    want: 'inserted',
  },
  {
    name: 'break the chain',
    tamper: (f) => withRecord(f, pathOf(4), { ...rec(4), predicate: { ...rec(4).predicate, prevHash: hex('forged', 64) } }),
    want: 'chain',
    path: pathOf(4),
  },
  {
    name: 'forge the checkpoint signature',
    tamper: (f) => ({
      ...f,
      checkpoint: signCheckpoint(checkpointFor(records, signer.name), {
        name: signer.name,
        privateKeyPem: generateSigningKey(signer.name).privateKeyPem,
      }),
    }),
    want: 'signature',
  },
  {
    name: 'edit the checkpoint body',
    tamper: (f) => ({ ...f, checkpoint: (f.checkpoint as string).replace('\n6\n', '\n7\n') }),
    want: 'signature',
  },
  { name: 'remove the checkpoint', tamper: (f) => without(f, 'checkpoint'), want: 'deleted', path: 'checkpoint' },
  {
    name: 'edit the README',
    tamper: (f) => ({ ...f, 'README.md': `${f['README.md']}\nAll good here.\n` }),
    want: 'derived',
    path: 'README.md',
  },
  {
    name: 'delete a PR pointer',
    tamper: (f) => without(f, 'by-pr/0-499/101.json'),
    want: 'derived',
    path: 'by-pr/0-499/101.json',
  },
  {
    name: 'swap the published verifier key',
    tamper: (f) => ({ ...f, 'verifier-key': `${generateSigningKey('x').verifierKey}\n` }),
    want: 'signature',
    path: 'verifier-key',
  },
  { name: 'add a stale derived page', tamper: (f) => ({ ...f, 'records/2020/01/README.md': '# old\n' }), want: 'derived' },
  { name: 'add an unknown file', tamper: (f) => ({ ...f, 'notes.txt': 'hi' }), want: 'unknown-file', path: 'notes.txt' },
  {
    name: 'add a file that looks like a record but is not named like one',
    tamper: (f) => ({ ...f, 'records/2026/01/01/x.json': '{}' }),
    want: 'unknown-file',
  },
  {
    name: 'rewrite history (re-signed) after a checkpoint was saved',
    tamper: () => branchFiles([...sampleRecords(2), ...rewritten(4)], signer),
    anchors: () => saved(clean.checkpoint as string),
    want: 'rewrite',
  },
  {
    name: 'truncate history after a checkpoint was saved',
    tamper: () => branchFiles(records.slice(0, 4), signer),
    anchors: () => saved(clean.checkpoint as string),
    want: 'rewrite',
  },
  {
    name: 're-key and rewrite everything',
    tamper: () => branchFiles(records, { name: signer.name, privateKeyPem: generateSigningKey(signer.name).privateKeyPem }),
    want: 'signature',
  },
]

/** Records 3.. rebuilt with different content but a valid chain, as an attacker with the key would. */
function rewritten(count: number): AuditRecord[] {
  const out: AuditRecord[] = []
  let prev = { seq: 2, hash: recordHash(rec(2)) }
  for (let i = 0; i < count; i++) {
    const r = buildRecord(sampleInput(2 + i, { level: 'low', overrides: [{ by: 'mallory', reason: 'cleanup' }] }), prev)
    out.push(r)
    prev = { seq: r.predicate.seq, hash: recordHash(r) }
  }
  return out
}

describe('verifyLog', () => {
  it('accepts an untouched log, with and without a saved checkpoint', () => {
    expect(verifyLog({ files: clean, verifierKey })).toMatchObject({ ok: true, size: 6, problems: [] })
    const older = branchFiles(records.slice(0, 3), signer).checkpoint as string
    expect(verifyLog({ files: clean, verifierKey, anchors: saved(older) }).problems).toEqual([])
    expect(verifyLog({ files: clean, verifierKey, anchors: saved(clean.checkpoint as string) }).ok).toBe(true)
  })

  it('accepts an empty branch', () => {
    expect(verifyLog({ files: {}, verifierKey })).toMatchObject({ ok: true, size: 0 })
  })

  it.each(cases)('detects: $name → $want', ({ tamper, anchors, want, path }) => {
    const result = verifyLog({ files: tamper(clean), verifierKey, ...(anchors ? { anchors: anchors() } : {}) })
    expect(result.ok).toBe(false)
    const kinds = result.problems.map((p) => p.kind)
    expect(kinds).toContain(want)
    if (path) expect(result.problems.filter((p) => p.kind === want).map((p) => p.path)).toContain(path)
  })

  it('a consistent rewrite passes without a saved checkpoint — which is why one must be kept', () => {
    const files = branchFiles([...sampleRecords(2), ...rewritten(4)], signer)
    expect(verifyLog({ files, verifierKey }).ok).toBe(true)
  })

  it('edits are attributed precisely, without blaming neighbours', () => {
    const files = withRecord(clean, pathOf(3), { ...rec(3), predicate: { ...rec(3).predicate, score: 1 } })
    const problems = verifyLog({ files, verifierKey }).problems.filter((p) => p.kind !== 'derived')
    expect(problems.map((p) => [p.kind, p.path])).toEqual([
      ['edited', pathOf(3)],
      ['root', 'checkpoint'],
    ])
    const chain = withRecord(clean, pathOf(4), { ...rec(4), predicate: { ...rec(4).predicate, prevHash: hex('forged', 64) } })
    expect(
      verifyLog({ files: chain, verifierKey })
        .problems.filter((p) => p.kind !== 'root')
        .map((p) => [p.kind, p.path]),
    ).toEqual([['chain', pathOf(4)]])
  })

  it('reports a forged saved checkpoint', () => {
    const other = generateSigningKey(signer.name)
    const forged = signCheckpoint(checkpointFor(records, signer.name), { name: signer.name, privateKeyPem: other.privateKeyPem })
    expect(verifyLog({ files: clean, verifierKey, anchors: saved(forged) }).problems.map((p) => p.kind)).toEqual(['signature'])
  })

  it('reads the published key (trust on first use)', () => {
    expect(publishedVerifierKey(clean)).toBe(verifierKey)
    expect(publishedVerifierKey({})).toBeNull()
  })
})

describe('witnesses', () => {
  const witness = { branch: 'promptops-audit', commit: 'a'.repeat(40), checkpoint: clean.checkpoint as string }
  const asAnchor = (checkpoint: string, source = 'witness: check run 7 on abc1234'): Anchor[] => [{ checkpoint, source }]

  it('round-trips through a check run text, ignoring text around it', () => {
    const text = `Recorded as seq 6.\n\n${formatWitness(witness)}\nMore words.`
    expect(parseWitness(text)).toEqual(witness)
    expect(parseWitness(formatWitness(witness).replace('branch ', 'branch\t'))).toBeNull()
    expect(parseWitness('```text\nsomething else\n```')).toBeNull()
    expect(parseWitness(null)).toBeNull()
  })

  it('refuses a deleted branch and a truncated one, by what was witnessed', () => {
    const deleted = verifyLog({ files: {}, verifierKey, anchors: asAnchor(clean.checkpoint as string) })
    expect(deleted.problems).toEqual([
      expect.objectContaining({ kind: 'rewrite', message: expect.stringMatching(/0 records, fewer than the 6/) }),
    ])
    const truncated = verifyLog({
      files: branchFiles(records.slice(0, 4), signer),
      verifierKey,
      anchors: asAnchor(clean.checkpoint as string),
    })
    expect(truncated.problems.map((p) => p.kind)).toEqual(['rewrite', 'rewrite'])
  })

  it('refuses a branch re-signed with a new key, with or without a witness', () => {
    const other = { name: signer.name, privateKeyPem: generateSigningKey(signer.name).privateKeyPem }
    const rekeyed = branchFiles(records, other)
    const problems = verifyLog({ files: rekeyed, verifierKey, anchors: asAnchor(clean.checkpoint as string) }).problems
    expect(problems.map((p) => [p.kind, p.path])).toEqual([
      ['signature', 'verifier-key'],
      ['signature', 'checkpoint'],
    ])
    // Verified under the branch's own key (trust on first use), the App's witness exposes it.
    const tofu = verifyLog({
      files: rekeyed,
      verifierKey: publishedVerifierKey(rekeyed) as string,
      anchors: asAnchor(clean.checkpoint as string),
    })
    expect(tofu.problems.map((p) => p.kind)).toEqual(['signature'])
    expect(verifyLog({ files: rekeyed, verifierKey: publishedVerifierKey(rekeyed) as string }).ok).toBe(true)
  })
})

describe('verifyLog on hostile input', () => {
  it('handles megabyte-sized garbage paths and contents in linear time', () => {
    const files: Files = {
      [`records/2026/01/01/${'0'.repeat(8)}-pr-${'1'.repeat(1_000_000)}.json`]: '{}',
      [`by-template/ab/${'.'.repeat(1_000_000)}.md`]: 'x',
      'by-pr/0-499/1.json': '"'.repeat(1_000_000),
      'records/2026/01/01/00000001-pr-1.json': `{"a":${'['.repeat(100_000)}`,
      checkpoint: `a\n\n${'\u2014 x AAAAAAAA\n'.repeat(60_000)}`,
    }
    const start = performance.now()
    const result = verifyLog({ files, verifierKey, anchors: saved('x'.repeat(1_000_000)) })
    expect(performance.now() - start).toBeLessThan(HANG_LIMIT_MS)
    expect(result.ok).toBe(false)
    expect(result.problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['edited', 'signature', 'unknown-file', 'derived']))
  })
})

describe('commitOnlyAdds', () => {
  const before = branchFiles(records.slice(0, 5), signer)
  it('accepts a commit that adds one record and regenerates derived files', () => {
    expect(commitOnlyAdds(before, clean)).toEqual({ ok: true, added: [pathOf(6)], problems: [] })
  })
  it.each([
    { name: 'record edited', next: () => ({ ...clean, [pathOf(2)]: `${clean[pathOf(2)]} ` }), kind: 'edited' },
    { name: 'record removed', next: () => without(clean, pathOf(2)), kind: 'deleted' },
    { name: 'stray file', next: () => ({ ...clean, 'x.sh': 'echo' }), kind: 'unknown-file' },
  ])('rejects: $name', ({ next, kind }) => {
    const result = commitOnlyAdds(before, next())
    expect(result.ok).toBe(false)
    expect(result.problems.map((p) => p.kind)).toContain(kind)
  })
})

describe('verifyLog at scale', () => {
  // Throughput at 100,000 records is measured by `npm run bench` (docs/benchmarks.md);
  // here a 10,000-record log proves correctness at size without slowing the suite.
  it('verifies 10,000 records', () => {
    const files = sampleLog(10_000)
    const result = verifyLog({ files, verifierKey })
    expect(result.problems).toEqual([])
    expect(result.size).toBe(10_000)
  })
})

describe('verifyStatement', () => {
  const base = {
    size: 6,
    intact: true,
    keyPinned: false,
    anchors: [] as string[],
    witnesses: 0,
    witnessSearch: null as string | null,
  }
  it.each([
    {
      name: 'branch key only: trust on first use, truncation unproven',
      facts: base,
      anchored: false,
      notProved: [/trust on first use/, /cut off the end/],
    },
    {
      name: 'pinned key: authentic, truncation unproven',
      facts: { ...base, keyPinned: true },
      anchored: true,
      notProved: [/cut off the end/],
    },
    {
      name: 'saved checkpoint: continuity up to it',
      facts: { ...base, anchors: ['saved checkpoint cp'] },
      anchored: true,
      notProved: [/only the App's witness/],
    },
    {
      name: 'witness',
      facts: { ...base, anchors: ['witness on abc'], witnesses: 1, witnessSearch: '300 commits of main' },
      anchored: true,
      notProved: [],
    },
    {
      name: 'no witness found',
      facts: { ...base, keyPinned: true, witnessSearch: '1000 commits of main' },
      anchored: true,
      notProved: [/no witness found in 1000 commits of main/],
    },
  ])('$name', ({ facts, anchored, notProved }) => {
    const statement = verifyStatement(facts)
    expect(statement.anchored).toBe(anchored)
    expect(statement.notProved).toHaveLength(notProved.length)
    notProved.forEach((re, i) => expect(statement.notProved[i]).toMatch(re))
    expect(statement.proved.join('\n')).toMatch(facts.keyPinned ? /the key you pinned/ : /the key the branch itself publishes/)
  })

  it('proves nothing about a log with problems', () => {
    expect(verifyStatement({ ...base, intact: false })).toEqual({
      anchored: false,
      proved: [],
      notProved: ['integrity: problems were found (listed above)'],
    })
  })
})

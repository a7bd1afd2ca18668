// The witness on GitHub, against the emulator: runs written by `write` are read back by the
// direct read and by the history search, other branches' witnesses and plain check runs are
// ignored, and a commit with more witness runs than one query lists fails closed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generateSigningKey, type Signer } from '../../../src/core/audit/index.js'
import { branchFiles } from '../../helpers/audit-branch.js'
import { githubAuditWitness, witnessesOn } from '../../../src/adapters/github/audit-witness.js'
import { scanWitnesses } from '../../../src/adapters/github/audit-witness-scan.js'
import { createClient, type GitHubClient } from '../../../src/adapters/github/octokit.js'
import { startEmulator, type Emulator } from '../../github-emulator/index.js'
import { createTempRepo, type TempRepo } from '../../github-emulator/temp-repo.js'
import { sampleRecords } from '../../core/audit/helpers.js'

const repo = { owner: 'acme', repo: 'prompts' }
let tmp: TempRepo
let emu: Emulator
let client: GitHubClient
let commits: string[]
const signer: Signer = {
  name: 'example.test/acme/prompts/promptops-audit',
  privateKeyPem: generateSigningKey('example.test/acme/prompts/promptops-audit').privateKeyPem,
}
const checkpoint = (n: number): string => branchFiles(sampleRecords(n), signer).checkpoint as string
const AUDIT_COMMIT = 'a'.repeat(40)

beforeAll(async () => {
  tmp = createTempRepo()
  commits = Array.from({ length: 5 }, (_, i) => tmp.commit(`c${i}`, { [`prompts/p${i}.md`]: `${i}\n` }))
  emu = await startEmulator({ repoDir: tmp.dir, ...repo })
  client = createClient({ token: 'ghs_witnesstest', baseUrl: emu.url, userAgent: 'test', maxRateLimitRetries: 0 })
})

afterAll(async () => {
  await emu.close()
  tmp.remove()
})

describe('the GitHub witness', () => {
  it('reads back what it wrote, for its branch only, directly and through the history search', async () => {
    const witness = githubAuditWitness(client, repo, { appId: 424242 })
    expect(
      await witness.write('promptops-audit', AUDIT_COMMIT, checkpoint(2), [{ commit: commits[1]!, title: 't', summary: 's' }]),
    ).toEqual([])
    await witness.write('promptops-audit', AUDIT_COMMIT, checkpoint(3), [
      { commit: commits[1]!, title: 't', summary: 's' },
      { commit: commits[3]!, title: 't', summary: 's' },
    ])
    await witness.write('other-audit', AUDIT_COMMIT, checkpoint(9), [{ commit: commits[3]!, title: 't', summary: 's' }])
    await client.rest.checks.create({
      ...repo,
      name: 'promptops/audit',
      head_sha: commits[3]!,
      status: 'completed',
      conclusion: 'success',
      output: { title: 'x', summary: 'not a witness', text: 'hello' },
    })
    const direct = await witnessesOn(client, repo, commits[1]!, 'promptops-audit', 424242)
    expect(direct.map((a) => a.checkpoint)).toEqual([checkpoint(3), checkpoint(2)])
    expect(direct[0]?.source).toMatch(/^witness on [0-9a-f]{12} \(check run \d+ by promptops\)$/)
    // Every witness on the first page of 100 commits that holds any, newest commit first.
    const read = await witness.read('promptops-audit', null)
    expect(read.anchors.map((a) => a.checkpoint).sort()).toEqual([checkpoint(2), checkpoint(3), checkpoint(3)].sort())
    expect(read.searched).toMatch(/^\d+ commits of main$/)
    const all = await scanWitnesses(client, repo, 'promptops-audit', { maxCommits: 100, stopAtFirst: false })
    expect(all.anchors.map((a) => a.checkpoint).sort()).toEqual([checkpoint(2), checkpoint(3), checkpoint(3)].sort())
    expect(all.apps).toEqual(['promptops (424242)'])
    expect(await witnessesOn(client, repo, commits[1]!, 'promptops-audit', 7)).toEqual([])
    expect(emu.violations).toEqual([])
  })

  it("falls back to the history search when the newest record's merge commit has no witness", async () => {
    const read = await githubAuditWitness(client, repo).read('promptops-audit', commits[4]!)
    expect(read.anchors.map((a) => a.checkpoint).sort()).toEqual([checkpoint(2), checkpoint(3), checkpoint(3)].sort())
    expect(read.searched).toMatch(/commits of main/)
  })

  it('fails closed when a commit holds more witness runs than one query lists', async () => {
    for (let i = 0; i < 21; i++)
      await client.rest.checks.create({
        ...repo,
        name: 'promptops/audit',
        head_sha: commits[0]!,
        status: 'completed',
        conclusion: 'success',
        output: { title: 'x', summary: 'noise' },
      })
    await expect(scanWitnesses(client, repo, 'promptops-audit', { maxCommits: 100, stopAtFirst: false })).rejects.toThrow(
      /too many promptops\/audit check runs on [0-9a-f]{12} to read them completely/,
    )
  })

  it('reports a refusal as a failed check run', async () => {
    await githubAuditWitness(client, repo).refuse(commits[2]!, 'the branch went backwards')
    const runs = [...emu.state.checkRuns.values()].filter((r) => r.headSha === commits[2])
    expect(runs.map((r) => [r.name, r.conclusion, r.output.summary])).toEqual([
      ['promptops/audit', 'failure', 'the branch went backwards'],
    ])
  })
})

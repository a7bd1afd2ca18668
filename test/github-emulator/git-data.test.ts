import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from './index.js'
import { octokitFor, type TestOctokit } from './octokit.js'
import { createTempRepo, type TempRepo } from './temp-repo.js'

const owner = 'acme'
const repo = 'prompts'
let tmp: TempRepo
let emu: Emulator
let gh: TestOctokit
let root: string

beforeAll(async () => {
  tmp = createTempRepo()
  root = tmp.commit('initial', { 'audit/log.jsonl': '{"n":1}\n', 'keep/me.txt': 'keep\n' })
  emu = await startEmulator({ repoDir: tmp.dir, owner, repo })
  gh = octokitFor(emu.url)
})

afterAll(async () => {
  await emu.close()
  tmp.remove()
})

/** Appends a line to audit/log.jsonl on top of `parent` through the git data API. */
async function appendCommit(parent: string, line: string): Promise<string> {
  const blob = await gh.rest.git.createBlob({ owner, repo, content: Buffer.from(line).toString('base64'), encoding: 'base64' })
  const tree = await gh.rest.git.createTree({
    owner,
    repo,
    base_tree: parent,
    tree: [
      { path: 'audit/log.jsonl', mode: '100644', type: 'blob', sha: blob.data.sha },
      { path: 'audit/deep/new.txt', mode: '100644', type: 'blob', content: line },
    ],
  })
  const commit = await gh.rest.git.createCommit({
    owner,
    repo,
    message: `audit: ${line}`,
    tree: tree.data.sha,
    parents: [parent],
  })
  return commit.data.sha
}

describe('git data API', () => {
  it('writes real blobs, trees and commits and fast-forwards the branch', async () => {
    const ref = await gh.rest.git.getRef({ owner, repo, ref: 'heads/main' })
    expect(ref.data.object.sha).toBe(root)
    const sha = await appendCommit(root, '{"n":2}\n')
    expect(tmp.git('cat-file', '-t', sha)).toBe('commit')
    expect(tmp.git('show', `${sha}:audit/log.jsonl`)).toBe('{"n":2}')
    expect(tmp.git('show', `${sha}:keep/me.txt`)).toBe('keep')
    expect(tmp.git('show', `${sha}:audit/deep/new.txt`)).toBe('{"n":2}')
    const moved = await gh.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha, force: false })
    expect(moved.data.object.sha).toBe(sha)
    expect(tmp.git('rev-parse', 'refs/heads/main')).toBe(sha)
    const commit = await gh.rest.git.getCommit({ owner, repo, commit_sha: sha })
    expect(commit.data.parents.map((p) => p.sha)).toEqual([root])
    expect(commit.data.author.name).toBe('promptops[bot]')
    const tree = await gh.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: '1' })
    expect(tree.data.tree.map((e) => e.path)).toEqual([
      'audit',
      'audit/deep',
      'audit/deep/new.txt',
      'audit/log.jsonl',
      'keep',
      'keep/me.txt',
    ])
    const blobSha = tree.data.tree.find((e) => e.path === 'keep/me.txt')?.sha ?? ''
    const blob = await gh.rest.git.getBlob({ owner, repo, file_sha: blobSha })
    expect(Buffer.from(blob.data.content, 'base64').toString()).toBe('keep\n')
    expect(emu.violations).toEqual([])
  })

  it('rejects a stale compare-and-swap with 422 "Update is not a fast forward"', async () => {
    const tip = tmp.git('rev-parse', 'refs/heads/main')
    const winner = await appendCommit(tip, 'winner\n')
    const loser = await appendCommit(tip, 'loser\n')
    await gh.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: winner })
    const stale = gh.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: loser, force: false })
    await expect(stale).rejects.toMatchObject({ status: 422, message: expect.stringContaining('Update is not a fast forward') })
    expect(tmp.git('rev-parse', 'refs/heads/main')).toBe(winner)
    await gh.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: loser, force: true })
    expect(tmp.git('rev-parse', 'refs/heads/main')).toBe(loser)
    expect(emu.violations).toEqual([])
  })

  it('creates refs once, lists matching refs and 404s missing objects', async () => {
    const created = await gh.rest.git.createRef({ owner, repo, ref: 'refs/heads/promptops-audit', sha: root })
    expect(created.status).toBe(201)
    await expect(gh.rest.git.createRef({ owner, repo, ref: 'refs/heads/promptops-audit', sha: root })).rejects.toMatchObject({
      status: 422,
    })
    await expect(gh.rest.git.createRef({ owner, repo, ref: 'refs/heads/bad..name', sha: root })).rejects.toMatchObject({
      status: 422,
    })
    const matching = await gh.rest.git.listMatchingRefs({ owner, repo, ref: 'heads/promptops' })
    expect(matching.data.map((r) => r.ref)).toEqual(['refs/heads/promptops-audit'])
    await expect(gh.rest.git.getRef({ owner, repo, ref: 'heads/nope' })).rejects.toMatchObject({ status: 404 })
    await expect(gh.rest.git.getBlob({ owner, repo, file_sha: 'a'.repeat(40) })).rejects.toMatchObject({ status: 404 })
    await expect(
      gh.rest.git.createCommit({ owner, repo, message: 'm', tree: 'b'.repeat(40), parents: [] }),
    ).rejects.toMatchObject({ status: 422 })
    const badPath = gh.rest.git.createTree({
      owner,
      repo,
      tree: [{ path: '../evil', mode: '100644', type: 'blob', content: 'x' }],
    })
    await expect(badPath).rejects.toMatchObject({ status: 422 })
    expect(emu.violations).toEqual([])
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from './index.js'
import { octokitFor, type TestOctokit } from './octokit.js'
import { createTempRepo, type TempRepo } from './temp-repo.js'

const owner = 'acme'
const repo = 'prompts'
let tmp: TempRepo
let emu: Emulator
let gh: TestOctokit
let head: string

beforeAll(async () => {
  tmp = createTempRepo()
  tmp.commit('initial', { 'prompts/a.md': 'a\n' })
  emu = await startEmulator({ repoDir: tmp.dir, owner, repo })
  gh = octokitFor(emu.url)
  head = (
    await emu.state.createPull({
      number: 1,
      head: 'feat',
      base: 'main',
      author: 'alice',
      title: 't',
      files: { 'prompts/a.md': 'b\n' },
    })
  ).headSha
})

afterAll(async () => {
  await emu.close()
  tmp.remove()
})

describe('labels', () => {
  it('creates, adds, lists and removes labels', async () => {
    const created = await gh.rest.issues.createLabel({
      owner,
      repo,
      name: 'prompt-risk:high',
      color: 'd73a4a',
      description: 'High risk',
    })
    expect(created.status).toBe(201)
    await expect(gh.rest.issues.createLabel({ owner, repo, name: 'PROMPT-RISK:HIGH', color: 'd73a4a' })).rejects.toMatchObject({
      status: 422,
    })
    await expect(gh.rest.issues.createLabel({ owner, repo, name: 'bad-color', color: 'nothex' })).rejects.toMatchObject({
      status: 422,
    })
    const added = await gh.rest.issues.addLabels({
      owner,
      repo,
      issue_number: 1,
      labels: ['prompt-risk:high', 'prompt-facet:pii'],
    })
    expect(added.data.map((l) => l.name)).toEqual(['prompt-risk:high', 'prompt-facet:pii'])
    const repoLabels = await gh.paginate(gh.rest.issues.listLabelsForRepo, { owner, repo })
    expect(repoLabels.map((l) => l.name).sort()).toEqual(['prompt-facet:pii', 'prompt-risk:high'])
    const removed = await gh.rest.issues.removeLabel({ owner, repo, issue_number: 1, name: 'prompt-risk:high' })
    expect(removed.data.map((l) => l.name)).toEqual(['prompt-facet:pii'])
    await expect(gh.rest.issues.removeLabel({ owner, repo, issue_number: 1, name: 'prompt-risk:high' })).rejects.toMatchObject({
      status: 404,
    })
    const onIssue = await gh.rest.issues.listLabelsOnIssue({ owner, repo, issue_number: 1 })
    expect(onIssue.data.map((l) => l.name)).toEqual(['prompt-facet:pii'])
    expect((await gh.rest.pulls.get({ owner, repo, pull_number: 1 })).data.labels.map((l) => l.name)).toEqual([
      'prompt-facet:pii',
    ])
    expect(emu.violations).toEqual([])
  })
})

describe('comments', () => {
  it('creates, paginates and updates issue comments', async () => {
    for (let i = 0; i < 35; i++) await gh.rest.issues.createComment({ owner, repo, issue_number: 1, body: `comment ${i}` })
    const all = await gh.paginate(gh.rest.issues.listComments, { owner, repo, issue_number: 1 })
    expect(all).toHaveLength(35)
    expect(all[34]?.body).toBe('comment 34')
    expect(all[0]?.user?.login).toBe('promptops[bot]')
    const id = all[0]?.id ?? 0
    const updated = await gh.rest.issues.updateComment({ owner, repo, comment_id: id, body: '<!-- promptops -->\nupdated' })
    expect(updated.data.body).toBe('<!-- promptops -->\nupdated')
    await expect(gh.rest.issues.updateComment({ owner, repo, comment_id: 1, body: 'x' })).rejects.toMatchObject({ status: 404 })
    await expect(gh.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'x'.repeat(65537) })).rejects.toMatchObject({
      status: 422,
    })
    expect(emu.violations).toEqual([])
  })
})

describe('check runs', () => {
  const annotation = (i: number) => ({
    path: 'prompts/a.md',
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'warning' as const,
    message: `m${i}`,
  })

  it('creates, updates in batches of 50 annotations and lists by ref', async () => {
    const created = await gh.rest.checks.create({
      owner,
      repo,
      name: 'promptops/risk',
      head_sha: head,
      status: 'in_progress',
      output: { title: 'Scoring', summary: 'running', annotations: Array.from({ length: 50 }, (_, i) => annotation(i)) },
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({ status: 'in_progress', conclusion: null, head_sha: head })
    expect(created.data.pull_requests.map((p) => p.number)).toEqual([1])
    const updated = await gh.rest.checks.update({
      owner,
      repo,
      check_run_id: Number(created.data.id),
      conclusion: 'neutral',
      output: { title: 'High risk', summary: 'done', annotations: Array.from({ length: 20 }, (_, i) => annotation(i)) },
    })
    expect(updated.data).toMatchObject({ status: 'completed', conclusion: 'neutral' })
    expect(updated.data.output.annotations_count).toBe(70)
    const listed = await gh.rest.checks.listForRef({ owner, repo, ref: 'feat', check_name: 'promptops/risk' })
    expect(listed.data.total_count).toBe(1)
    expect(listed.data.check_runs[0]?.output.title).toBe('High risk')
    expect(emu.violations).toEqual([])
  })

  it("lists the latest run of each name unless filter=all, and only the installed app's runs for its app_id", async () => {
    const sha = head
    for (const title of ['first', 'second'])
      await gh.rest.checks.create({
        owner,
        repo,
        name: 'promptops/audit',
        head_sha: sha,
        status: 'completed',
        conclusion: 'success',
        output: { title, summary: title },
      })
    const latest = await gh.rest.checks.listForRef({ owner, repo, ref: sha, check_name: 'promptops/audit' })
    expect(latest.data.check_runs.map((r) => r.output.title)).toEqual(['second'])
    const all = await gh.rest.checks.listForRef({ owner, repo, ref: sha, check_name: 'promptops/audit', filter: 'all' })
    expect(all.data.check_runs.map((r) => r.output.title)).toEqual(['second', 'first'])
    expect(
      (await gh.rest.checks.listForRef({ owner, repo, ref: sha, check_name: 'promptops/audit', filter: 'all', app_id: 424242 }))
        .data.total_count,
    ).toBe(2)
    expect(
      (await gh.rest.checks.listForRef({ owner, repo, ref: sha, check_name: 'promptops/audit', filter: 'all', app_id: 7 })).data
        .total_count,
    ).toBe(0)
    expect(emu.violations).toEqual([])
  })

  it.each([
    [
      '51 annotations',
      { output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) } },
      true,
    ],
    ['unknown head_sha', { head_sha: 'f'.repeat(40) }, false],
    ['completed without conclusion', { status: 'completed' as const }, false],
  ])('answers 422 for %s', async (_name, extra, isViolation) => {
    emu.violations.length = 0
    const call = gh.rest.checks.create({ owner, repo, name: 'x', head_sha: head, ...extra })
    await expect(call).rejects.toMatchObject({ status: 422 })
    expect(emu.violations.map((v) => v.kind)).toEqual(isViolation ? ['request'] : [])
    emu.violations.length = 0
  })
})

import { it, expect } from '@jest/globals'
import { startEmulator } from '../github-emulator/index.js'
import { createTempRepo } from '../github-emulator/temp-repo.js'
import { createClient } from '../../src/adapters/github/octokit.js'
import { githubAuditStore } from '../../src/adapters/github/audit-store.js'

it('retries', async () => {
  const tmp = createTempRepo()
  tmp.commit('initial', { 'a.md': 'hi\n' })
  const emu = await startEmulator({ repoDir: tmp.dir, owner: 'acme', repo: 'prompts' })
  const client = createClient({ token: 'ghs_x', baseUrl: emu.url, userAgent: 't', log: { warn: (m) => console.log('WARN', m) } })
  emu.setFault({ route: 'POST /repos/{owner}/{repo}/git/trees', status: 502, times: 1 })
  const store = githubAuditStore(client, { owner: 'acme', repo: 'prompts' }, 'audit')
  const t = Date.now()
  const out = await store.commit(null, { 'x.md': 'x' }, 'm')
  console.log(out, Date.now() - t, emu.requests.map((r) => r.method + ' ' + r.url))
  const snap = await store.load()
  console.log(snap)
  expect(emu.violations).toEqual([])
  await emu.close()
}, 30000)

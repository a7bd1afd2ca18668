import { it } from '@jest/globals'
import { startEmulator } from '../github-emulator/index.js'
import { demoRepo } from '../helpers/demo-repo.js'
import { createClient } from '../../src/adapters/github/octokit.js'
import { githubAuditStore } from '../../src/adapters/github/audit-store.js'
import { appendWithRetry } from '../../src/adapters/audit/append.js'
import { generateSigningKey } from '../../src/core/audit/index.js'

it('bench', async () => {
  const dir = demoRepo()
  const emu = await startEmulator({ repoDir: dir, owner: 'acme', repo: 'prompts' })
  const client = createClient({ token: 'ghs_x', baseUrl: emu.url, userAgent: 't', writeIntervalMs: 0 })
  const store = githubAuditStore(client, { owner: 'acme', repo: 'prompts' }, 'promptops-audit')
  const signer = { name: 'a/b', privateKeyPem: generateSigningKey('a/b').privateKeyPem }
  const orig = client.request
  const times: Record<string, number[]> = {}
  client.hook.wrap('request', async (req, opts) => { const t = Date.now(); try { return await req(opts) } finally { const k = `${opts.method} ${String(opts.url).split('/').slice(4, 6).join('/')}`; (times[k] ??= []).push(Date.now() - t) } })
  for (let i = 1; i <= 20; i++) {
    const t = Date.now()
    const input = { repository: 'acme/prompts', pr: { number: i, title: 't', author: 'a', url: `http://x/acme/prompts/pull/${i}` }, base: 'a'.repeat(40), head: 'b'.repeat(40), mergeCommit: i.toString(16).padStart(40, 'c'), mergedAt: '2026-01-01T00:00:00Z', level: 'low' as const, score: 1, findings: [], configDigest: 'd'.repeat(64), approvals: [], overrides: [], templates: [{ path: 'prompts/x.prompt', oldPath: null, digest: 'e'.repeat(64), provenance: {}, metrics: {} }] }
    await appendWithRetry(store, input, signer, new Date(), { serverUrl: 'http://x' })
    if (i % 5 === 0) console.log(i, Date.now() - t)
  }
  console.log(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(v.reduce((a, b) => a + b, 0) / v.length)])))
  await emu.close()
}, 120000)

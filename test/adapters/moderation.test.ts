// The moderation adapter against a local fake server: both provider shapes, flagged and
// clean answers, and every way a provider can fail, each of which must come back as
// "not checked" (never an exception, never a clean pass). No test leaves the loopback.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { moderate, type ModerationSettings } from '../../src/adapters/moderation/client.js'
import type { ModerationRequest } from '../../src/core/moderation/types.js'
import { scoreWithModeration } from '../../src/flows/moderated-score.js'
import { parseConfig, unwrap } from '../../src/core/index.js'

const seen: Array<{ url: string; auth: string | undefined; body: unknown }> = []
let server: Server
let base = ''
const pending: Array<() => void> = []

async function bodyOf(req: IncomingMessage): Promise<unknown> {
  let text = ''
  for await (const chunk of req) text += String(chunk)
  return JSON.parse(text)
}

async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await bodyOf(req)
  seen.push({ url: req.url ?? '', auth: req.headers.authorization, body })
  const reply = (status: number, value: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(value))
  }
  if (req.url === '/ok/v1/moderations') {
    const input = (body as { input: string[] }).input
    return reply(200, {
      results: input.map((t) => ({
        flagged: t.includes('hurt'),
        categories: { violence: t.includes('hurt'), sexual: false },
        category_scores: { violence: t.includes('hurt') ? 0.91 : 0.01, sexual: 0.02 },
      })),
    })
  }
  if (req.url === '/ok/v1/chat/completions') {
    const content = (body as { messages: Array<{ content: string }> }).messages[0]?.content ?? ''
    return reply(200, {
      choices: [{ message: { role: 'assistant', content: content.includes('hurt') ? 'unsafe\nS1,S11' : 'safe' } }],
    })
  }
  if (req.url === '/error/v1/moderations') return reply(500, { error: 'boom' })
  if (req.url === '/garbled/v1/moderations') return reply(200, { results: 'nope' })
  if (req.url === '/garbled/v1/chat/completions') return reply(200, { choices: [{ message: { content: 'I think it is fine' } }] })
  // '/slow/…': never answers until the test ends (the client's timeout must fire).
  pending.push(() => reply(200, {}))
}

beforeAll(async () => {
  server = createServer((req, res) => void answer(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  for (const release of pending) release()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const requests: ModerationRequest[] = [
  { path: 'prompts/a.txt', line: 1, text: 'You will hurt yourself.' },
  { path: 'prompts/a.txt', line: 5, text: 'Summarise the ticket.' },
]
const settings = (over: Partial<ModerationSettings>): ModerationSettings => ({
  provider: 'openai',
  url: `${base}/ok/v1`,
  timeoutMs: 2000,
  maxChars: 8000,
  ...over,
})

describe('moderation adapter', () => {
  it('reads an OpenAI-compatible moderation answer and sends the key from the named variable', async () => {
    const out = await moderate(requests, settings({ apiKeyEnv: 'MOD_KEY', model: 'omni-moderation-latest' }), {
      env: { MOD_KEY: 'k-123' },
    })
    expect(out.map((o) => o.status)).toEqual(['flagged', 'clean'])
    expect(out[0]).toMatchObject({ categories: ['violence'], score: 0.91, line: 1 })
    expect(seen.at(-1)).toMatchObject({
      auth: 'Bearer k-123',
      body: { model: 'omni-moderation-latest', input: requests.map((r) => r.text) },
    })
  })

  it('reads a Llama Guard verdict from a chat-completions endpoint', async () => {
    const out = await moderate(requests, settings({ provider: 'guard', model: 'llama-guard-3-8b' }))
    expect(out.map((o) => o.status)).toEqual(['flagged', 'clean'])
    expect(out[0]).toMatchObject({ categories: ['S1 violent crimes', 'S11 suicide & self-harm'] })
  })

  // Paths on the fake server (the port is known only once it listens); null: a closed port.
  it.each([
    ['an HTTP error', '/error/v1', {}, /HTTP 500/],
    ['an unreadable answer', '/garbled/v1', {}, /moderation results/],
    ['an unreadable guard verdict', '/garbled/v1', { provider: 'guard' as const }, /expected "safe" or "unsafe"/],
    ['a timeout', '/slow/v1', { timeoutMs: 150 }, /no answer within 150 ms/],
    ['a refused connection', null, {}, /fetch failed/],
  ])('reports %s as not checked', async (_name, path, over, reason) => {
    const out = await moderate(requests, settings({ url: path === null ? 'http://127.0.0.1:9/v1' : `${base}${path}`, ...over }))
    expect(out.map((o) => o.status)).toEqual(['unchecked', 'unchecked'])
    expect(out[0]?.status === 'unchecked' ? out[0].reason : '').toMatch(reason)
  })

  it('reports a missing API key as not checked without calling the provider', async () => {
    const before = seen.length
    const out = await moderate(requests, settings({ apiKeyEnv: 'ABSENT_KEY' }), { env: {} })
    expect(out[0]).toMatchObject({ status: 'unchecked', reason: 'environment variable ABSENT_KEY is not set' })
    expect(seen.length).toBe(before)
  })
})

describe('scoreWithModeration', () => {
  const files = [
    {
      path: 'prompts/a.txt',
      status: 'added' as const,
      baseText: null,
      headText: 'You will hurt yourself.\n\nSummarise the ticket.',
    },
  ]
  const now = new Date('2025-06-01T00:00:00Z')

  it('makes no request without a moderation config', async () => {
    const before = seen.length
    await scoreWithModeration({ files, config: unwrap(parseConfig('version: 1\n')), now })
    expect(seen.length).toBe(before)
  })

  it('adds flagged and unchecked outcomes to the report as toxicity findings', async () => {
    const flagged = await scoreWithModeration({
      files,
      config: unwrap(parseConfig(`moderation:\n  provider: openai\n  url: ${base}/ok/v1\n`)),
      now,
    })
    expect(flagged.findings.filter((f) => f.rule === 'toxicity.moderation')).toHaveLength(1)
    const down = await scoreWithModeration({
      files,
      config: unwrap(parseConfig(`moderation:\n  provider: openai\n  url: ${base}/error/v1\n`)),
      now,
    })
    const unchecked = down.findings.filter((f) => f.rule === 'toxicity.moderation-unchecked')
    expect(unchecked).toHaveLength(1)
    expect(unchecked[0]).toMatchObject({ category: 'toxicity', severity: 'medium', path: 'prompts/a.txt', line: 1 })
    expect(down.level).not.toBe('low')
  })
})

// The Docker image holds exactly what `npm start` needs: this test assembles the Dockerfile's
// COPY set (and nothing else) in an empty folder, runs `npm start` there against the GitHub
// emulator, and checks Probot's setup page registers the App from the app.yml it ships.
// (No Docker engine on CI machines; this is the image's file system, built by hand.)
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { startEmulator, type Emulator } from '../github-emulator/index.js'
import { demoRepo } from '../helpers/demo-repo.js'
import { deliver, freePort, pullRequestPayload, settledCheck, waitFor, type AppProcess } from './harness.js'

interface Instruction {
  op: string
  args: string
}

/** Dockerfile instructions, comments and continuation lines handled. */
function instructions(text: string): Instruction[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => ({ op: line.split(/\s+/)[0]!.toUpperCase(), args: line.slice(line.indexOf(' ') + 1).trim() }))
}

const dockerfile = instructions(readFileSync('Dockerfile', 'utf8'))
const exec = (args: string): string[] => JSON.parse(args) as string[]

/** Copies every COPY source to where the image has it, relative to WORKDIR. */
function assembleImage(): string {
  const root = mkdtempSync(join(tmpdir(), 'promptops-image-'))
  for (const { args } of dockerfile.filter((i) => i.op === 'COPY')) {
    const parts = args.split(/\s+/)
    const dest = join(root, parts.pop()!)
    mkdirSync(dest, { recursive: true })
    for (const source of parts) cpSync(source, join(dest, basename(source)), { recursive: true })
  }
  return root
}

function npmStart(cwd: string, env: Record<string, string>): Promise<AppProcess & { port: number }> {
  return freePort().then(async (port) => {
    const child = spawn('npm', ['start'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, HOST: '127.0.0.1', PORT: String(port), ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()))
    const url = `http://127.0.0.1:${port}`
    const stop = (signal: NodeJS.Signals = 'SIGTERM'): Promise<void> =>
      new Promise((done) =>
        child.exitCode !== null ? done() : (child.once('exit', () => done()), process.kill(-child.pid!, signal)),
      )
    try {
      await waitFor(
        async () => {
          if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${out}`)
          return (await fetch(`${url}/ping`).catch(() => undefined))?.ok === true
        },
        30_000,
        () => `npm start did not listen:\n${out}`,
      )
    } catch (error) {
      await stop()
      throw error
    }
    return { url, port, secret: env.WEBHOOK_SECRET ?? '', output: () => out, stop: () => stop(), kill: () => stop('SIGKILL') }
  })
}

let emulator: Emulator
let image: string
beforeAll(async () => {
  emulator = await startEmulator({ repoDir: demoRepo(), owner: 'acme', repo: 'prompts', pathPrefix: '/api/v3' })
  image = assembleImage()
})
afterAll(async () => emulator?.close())

describe('the Docker image', () => {
  it('installs nothing, and runs what `npm start` runs', () => {
    expect(
      dockerfile
        .filter((i) => i.op === 'RUN')
        .map((i) => i.args)
        .join('\n'),
    ).not.toMatch(/\b(npm|yarn|pnpm)\b/)
    const pkg = JSON.parse(readFileSync(join(image, 'package.json'), 'utf8'))
    expect(exec(dockerfile.find((i) => i.op === 'CMD')!.args).join(' ')).toBe(pkg.scripts.start)
    expect(readdirSync(image).sort()).toEqual(['LICENSE', 'app.yml', 'dist', 'package.json'])
  })

  it('serves webhooks from the COPY set alone', async () => {
    const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
    const api = new URL(emulator.url)
    const app = await npmStart(image, {
      NODE_ENV: 'production',
      APP_ID: '7',
      PRIVATE_KEY: key,
      WEBHOOK_SECRET: 'docker-secret',
      GHE_HOST: api.host,
      GHE_PROTOCOL: 'http',
      LOG_LEVEL: 'warn',
    })
    try {
      const pr = await emulator.state.createPull({ head: 'risky-change', base: 'main', author: 'alice', title: 'from the image' })
      const delivery = await deliver(
        app,
        emulator,
        'pull_request',
        await pullRequestPayload(emulator, { owner: 'acme', repo: 'prompts' }, pr.number, 'opened'),
      )
      expect(delivery.status).toBe(200)
      expect((await settledCheck(emulator, pr.headSha)).name).toBe('promptops/approval')
    } finally {
      await app.stop()
    }
  })

  it('offers registration from the shipped app.yml when it has no credentials yet (manifest flow)', async () => {
    const setup = await npmStart(image, { NODE_ENV: 'development', NO_SMEE_SETUP: 'true', LOG_LEVEL: 'warn' })
    try {
      const page = await (await fetch(`${setup.url}/probot`)).text()
      const manifest = JSON.parse(
        /name="manifest"[^>]*value='([^']*)'|value="([^"]*)"[^>]*name="manifest"/
          .exec(page)
          ?.slice(1)
          .find(Boolean)
          ?.replace(/&quot;/g, '"') ?? '{}',
      )
      const shipped = parseYaml(readFileSync('app.yml', 'utf8'))
      expect(manifest).toMatchObject({
        name: shipped.name,
        default_permissions: shipped.default_permissions,
        default_events: shipped.default_events,
      })
      expect(manifest.redirect_url).toBe(`${setup.url}/probot/setup`)
    } finally {
      await setup.stop()
    }
  })
})

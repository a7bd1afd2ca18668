// The key that signs audit checkpoints. The App takes it from its environment
// (PROMPTOPS_SIGNING_KEY: an Ed25519 PKCS#8 PEM, raw or base64; PROMPTOPS_SIGNING_KEY_NAME:
// the log origin). The CLI, for local logs, keeps one in .git/promptops/ (never committed),
// created on first use.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { generateSigningKey, type Signer } from '../../core/audit/index.js'
import { PromptOpsError } from '../../core/errors.js'

export function signerFromEnv(env: Readonly<Record<string, string | undefined>>, fallbackName: string): Signer | null {
  const raw = env.PROMPTOPS_SIGNING_KEY
  if (!raw) return null
  const pem = raw.includes('-----BEGIN') ? raw.replace(/\\n/g, '\n') : Buffer.from(raw, 'base64').toString('utf8')
  if (!pem.includes('-----BEGIN PRIVATE KEY-----'))
    throw new PromptOpsError('signing-key', 'PROMPTOPS_SIGNING_KEY is not an Ed25519 PKCS#8 PEM (raw or base64)')
  return { name: env.PROMPTOPS_SIGNING_KEY_NAME ?? fallbackName, privateKeyPem: pem }
}

export function signerFromFile(path: string): Signer {
  let data: { name?: unknown; privateKeyPem?: unknown }
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as typeof data
  } catch (cause) {
    throw new PromptOpsError('signing-key', `${path}: cannot read signing key (${(cause as Error).message})`)
  }
  if (typeof data.name !== 'string' || typeof data.privateKeyPem !== 'string')
    throw new PromptOpsError('signing-key', `${path}: expected {"name": …, "privateKeyPem": …}`)
  return { name: data.name, privateKeyPem: data.privateKeyPem }
}

/** The clone's own signing key, created on first use in `<git dir>/promptops/`. */
export function localSigner(gitDir: string, repoDir: string): Signer {
  const path = join(gitDir, 'promptops', 'audit-signer.json')
  if (existsSync(path)) return signerFromFile(path)
  const name = `local/${basename(repoDir).replace(/[^A-Za-z0-9._-]/g, '-') || 'repo'}/promptops-audit`
  const { privateKeyPem } = generateSigningKey(name)
  mkdirSync(join(gitDir, 'promptops'), { recursive: true })
  writeFileSync(path, `${JSON.stringify({ name, privateKeyPem }, null, 2)}\n`, { mode: 0o600 })
  chmodSync(path, 0o600)
  return { name, privateKeyPem }
}

// Labelled evaluation corpora (test/fixtures/corpora/<category>.jsonl). Secret-shaped
// values are never stored whole: markers are expanded at load time with a seeded PRNG, so
// the repository holds nothing a secret scanner or push protection would flag.
//   ⟦rand:CHARSET:N⟧  N random characters (gitleaks' secrets.NewSecret, deterministic here)
//   ⟦b64:…⟧           a literal kept base64-encoded (public test tokens from gitleaks)
//   ⟦pem:LABEL⟧       a private-key block with a random body
//   ⟦tag:text⟧        text as invisible Unicode tag characters (ASCII smuggling)
//   ⟦u:XXXX⟧          one code point (zero-width, bidi controls)
//   ⟦rot13:…⟧         an offensive word stored ROT13, as the toxicity lexicon does
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const CATEGORIES = ['secrets', 'pii', 'injection', 'toxicity'] as const
export type EvalCategory = (typeof CATEGORIES)[number]

/** Whole sources are assigned to one split (corpora/splits.json): tune on train/dev, report test. */
export const SPLITS = ['train', 'dev', 'test'] as const
export type Split = (typeof SPLITS)[number]

export interface Sample {
  text: string
  label: boolean
  rule?: string
  source: string
  note?: string
  /** `<category>.jsonl:<line>`, or `external/<source>.jsonl:<line>` for a referenced sample */
  id: string
  split: Split
  /** Committed in corpora/<category>.jsonl, or referenced (corpora/external, text read from a mirror). */
  origin: Origin
}

export const ORIGINS = ['committed', 'referenced'] as const
export type Origin = (typeof ORIGINS)[number]

export const CHARSETS = {
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  alpha: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  upalnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  lowalnum: 'abcdefghijklmnopqrstuvwxyz0123456789',
  upper27: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  hex: '0123456789abcdef',
  uphex: '0123456789ABCDEF',
  digits: '0123456789',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-',
} as const
const charsetOf = (name: string): string | undefined =>
  Object.hasOwn(CHARSETS, name) ? CHARSETS[name as keyof typeof CHARSETS] : undefined

const MARKER = /⟦(rand|b64|pem|tag|u|rot13):([^⟧\n]{0,2000})⟧/g

/** mulberry32: tiny, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function seedOf(id: string): number {
  let h = 2166136261
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619)
  return h >>> 0
}

export function randomString(charset: string, n: number, next: () => number): string {
  let out = ''
  for (let i = 0; i < n; i++) out += charset[Math.floor(next() * charset.length)]
  return out
}

function pemBlock(label: string, next: () => number): string {
  const dashes = '-'.repeat(5)
  const body = Array.from({ length: 12 }, () => randomString(CHARSETS.b64, 64, next))
  return [`${dashes}BEGIN ${label}${dashes}`, ...body, `${dashes}END ${label}${dashes}`].join('\n')
}

const rot13 = (s: string): string => s.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97))

/** Replaces every marker; the same id always yields the same text. */
export function expandMarkers(text: string, id: string): string {
  const next = prng(seedOf(id))
  return text.replace(MARKER, (_, kind: string, arg: string) => {
    if (kind === 'rand') {
      const [charset = '', n = '0'] = arg.split(':')
      const chars = charsetOf(charset)
      if (chars === undefined) throw new Error(`${id}: unknown charset ${charset}`)
      return randomString(chars, Number(n), next)
    }
    if (kind === 'b64') return Buffer.from(arg, 'base64').toString('utf8')
    if (kind === 'pem') return pemBlock(arg, next)
    if (kind === 'tag') return [...arg].map((c) => String.fromCodePoint(0xe0000 + (c.codePointAt(0) ?? 0))).join('')
    if (kind === 'u') return String.fromCodePoint(parseInt(arg, 16))
    return rot13(arg)
  })
}

export type SplitMap = Readonly<Record<string, Readonly<Record<string, Split>>>>

export function parseCorpus(category: string, jsonl: string, splits: SplitMap): Sample[] {
  return jsonl.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return []
    const id = `${category}.jsonl:${i + 1}`
    const raw = JSON.parse(line) as Omit<Sample, 'id' | 'split' | 'origin'>
    if (typeof raw.text !== 'string' || typeof raw.label !== 'boolean' || typeof raw.source !== 'string')
      throw new Error(`${id}: needs text, label, source`)
    const split = splits[category]?.[raw.source]
    if (split === undefined || !SPLITS.includes(split))
      throw new Error(`${id}: source "${raw.source}" has no split in corpora/splits.json`)
    return [{ ...raw, text: expandMarkers(raw.text, id), id, split, origin: 'committed' as const }]
  })
}

export function loadSplits(dir: string): SplitMap {
  return JSON.parse(readFileSync(join(dir, 'splits.json'), 'utf8')) as SplitMap
}

export function loadCorpus(dir: string, category: EvalCategory): Sample[] {
  return parseCorpus(category, readFileSync(join(dir, `${category}.jsonl`), 'utf8'), loadSplits(dir))
}

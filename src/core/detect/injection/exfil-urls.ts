// Markdown / HTML images and links that can carry data out. An image is fetched as soon as
// the answer renders, so an image URL built from a variable (or told to carry "[DATA]") is
// a zero-click exfiltration channel; a link needs one click.
import { levelRank, type FindingDraft, type Level } from '../../types.js'
import type { ScanLine } from './scan-lines.js'
import { EXFIL_URL } from './rules.js'
import { renderSnippet } from './snippet.js'

// Bracket and angle characters are excluded from the scanned classes so one scan stops at
// the next candidate: linear time even on "[](" repeated a million times.
const MARKDOWN_URL = /(!?)\[[^[\]\n]{0,300}\]\([ \t]{0,10}<?((?:[^\s()[\]<>]|\[[^\s()[\]<>]{0,100}\]){1,2048})/g
const HTML_URL = /<(img|a|iframe|source|video|audio)\b[^<>]{0,500}?\b(?:src|href)[ \t]{0,5}=[ \t]{0,5}["']?([^"'\s<>]{1,2048})/gi
/** `{{ var | urlencode }}` → `{{var|urlencode}}` so the URL has no spaces to stop at. */
const SPACED_MUSTACHE = /\{\{[^{}\n]{0,200}\}\}/g
const TEMPLATE_VAR = /\{\{|\{%|\$\{|\{[A-Za-z_][\w.]{0,60}\}/

/** Hosts trusted for images in prompts. Not configurable yet. */
const ALLOWED_HOSTS = ['github.com', 'githubusercontent.com', 'shields.io']
const DATA_PARAMS = new Set([
  'data', 'd', 'payload', 'secret', 'token', 'exfil', 'leak', 'info', 'conversation', 'chat',
  'history', 'memory', 'prompt', 'content', 'text', 'msg', 'message', 'context', 'summary', 'pii',
])
const PLACEHOLDER = /^(?:\[[^\]]{1,100}\]|<[^>]{1,100}>|\([^)]{1,100}\)|[A-Z][A-Z_]{3,60}|\.{3})$/
const ENCODED = /^[A-Za-z0-9+/=_%-]{24,}$/

interface UrlUse {
  kind: 'image' | 'link'
  url: string
}

function urlsIn(text: string): UrlUse[] {
  // MARKDOWN_URL needs a ']' and HTML_URL a '<'; compaction only removes whitespace.
  if (!text.includes(']') && !text.includes('<')) return []
  const compact = text.replace(SPACED_MUSTACHE, (m) => m.replace(/\s+/g, ''))
  const uses: UrlUse[] = []
  for (const m of compact.matchAll(MARKDOWN_URL)) uses.push({ kind: m[1] === '!' ? 'image' : 'link', url: m[2] ?? '' })
  for (const m of compact.matchAll(HTML_URL)) uses.push({ kind: m[1]?.toLowerCase() === 'a' ? 'link' : 'image', url: m[2] ?? '' })
  return uses
}

function hostOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]{0,20}:\/\/(?:[^/?#@]{0,200}@)?([^/?#:]{1,253})/i.exec(url)
  return (m?.[1] ?? '').toLowerCase()
}

function allowedHost(host: string): boolean {
  return ALLOWED_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))
}

/** A query parameter that looks like it carries data rather than a fixed setting. */
function dataLookingQuery(url: string): boolean {
  const q = url.indexOf('?')
  if (q < 0) return false
  for (const pair of url.slice(q + 1).split(/[&;#]/)) {
    const eq = pair.indexOf('=')
    const name = (eq < 0 ? '' : pair.slice(0, eq)).toLowerCase()
    const value = eq < 0 ? pair : pair.slice(eq + 1)
    if (value.length === 0) continue
    if (DATA_PARAMS.has(name) || PLACEHOLDER.test(decodeSafe(value)) || ENCODED.test(value)) return true
  }
  return false
}

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value // malformed escapes: judge the raw text
  }
}

const WHOLE_VAR = /^(?:\{\{[^{}]{1,200}\}\}|\$\{[^{}]{1,200}\}|\{[A-Za-z_][\w.]{0,60}\})$/

function judge(use: UrlUse): { severity: Level; why: string } | null {
  // A URL that is only a variable may be operator configuration: worth a look, not an alarm.
  if (WHOLE_VAR.test(use.url)) return { severity: 'medium', why: 'comes entirely from a template variable' }
  if (TEMPLATE_VAR.test(use.url)) {
    return { severity: use.kind === 'image' ? 'critical' : 'high', why: 'interpolates a template variable' }
  }
  if (!/^(?:https?:)?\/\//i.test(use.url)) return null
  if (!allowedHost(hostOf(use.url)) && dataLookingQuery(use.url)) return { severity: 'high', why: 'sends a data-looking query' }
  return null
}

export function exfilFindings(lines: readonly ScanLine[]): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const { line, text } of lines) {
    // One finding per line, the most severe, is enough for review.
    let worst: { use: UrlUse; severity: Level; why: string } | null = null
    for (const use of urlsIn(text)) {
      const verdict = judge(use)
      if (verdict !== null && (worst === null || levelRank(verdict.severity) > levelRank(worst.severity))) worst = { use, ...verdict }
    }
    if (worst === null) continue
    out.push({
      rule: EXFIL_URL.id,
      severity: worst.severity,
      message: `Markdown/HTML ${worst.use.kind} URL ${worst.why} (host: ${hostOf(worst.use.url) || 'templated'}); rendering it can leak data.`,
      line,
      evidence: renderSnippet(worst.use.url, 100),
    })
  }
  return out
}

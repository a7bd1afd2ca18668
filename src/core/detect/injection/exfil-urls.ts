// Markdown / HTML images and links that can carry data out. An image is fetched as soon as
// the answer renders, so an image URL built from a variable (or told to carry "[DATA]") is
// a zero-click exfiltration channel; a link needs one click.
import { levelRank, type FindingDraft, type Level } from '../../types.js'
import type { ScanLine } from './scan-lines.js'
import { EXFIL_URL } from './rules.js'
import { renderSnippet } from './snippet.js'
import { matchesOf } from '../../text.js'
import { decodeSafe, queryPairs } from '../url-query.js'

// Bracket and angle characters are excluded from the scanned classes so one scan stops at
// the next candidate: linear time even on "[](" repeated a million times.
const MARKDOWN_URL = /(!?)\[[^[\]\n]{0,300}\]\([ \t]{0,10}<?((?:[^\s()[\]<>]|\[[^\s()[\]<>]{0,100}\]){1,2048})/g
// Every element a browser or renderer fetches by itself (`<link rel=prefetch>`, `<script>`,
// `<embed>`, `<object data>`, a video's `poster`) is an image here: zero-click.
const HTML_URL =
  /<(img|a|iframe|source|video|audio|link|script|embed|object|track|input)\b[^<>]{0,500}?\b(?:src|href|data|poster)[ \t]{0,5}=[ \t]{0,5}["']?([^"'\s<>]{1,2048})/gi
/** CSS `url(…)` (a background, a font): fetched when the styles apply. */
const CSS_URL = /\burl\([ \t]{0,5}["']?([^"'\s()<>]{1,2048})/gi
/** `{{ var | urlencode }}` → `{{var|urlencode}}` so the URL has no spaces to stop at. */
const SPACED_MUSTACHE = /\{\{[^{}\n]{0,200}\}\}/g
const TEMPLATE_VAR = /\{\{|\{%|\$\{|\{[A-Za-z_][\w.]{0,60}\}/

/** Hosts trusted for images in prompts. Not configurable yet. */
const ALLOWED_HOSTS = ['github.com', 'githubusercontent.com', 'shields.io']
/** Words that name data when written in capitals as a slot on their own ("?q=DATA", "/HISTORY.png"). */
const DATA_WORDS = new Set([
  'data',
  'payload',
  'secret',
  'secrets',
  'token',
  'tokens',
  'password',
  'exfil',
  'leak',
  'info',
  'conversation',
  'chat',
  'history',
  'memory',
  'prompt',
  'content',
  'text',
  'msg',
  'message',
  'messages',
  'context',
  'summary',
  'pii',
  'email',
  'input',
  'query',
  'name',
  'address',
  'phone',
  'key',
  'keys',
  'apikey',
  'credentials',
  'location',
  'transcript',
  'user',
  'username',
  'account',
])
/** A bracketed slot or an ellipsis. */
const PLACEHOLDER = /^(?:\[[^\]]{1,100}\]|<[^>]{1,100}>|\([^)]{1,100}\)|\.{3})$/
/** Words besides the data words that make a name in capitals a slot ("SUMMARY_HERE", "PASTE_IT_URL_ENCODED"). */
const SLOT_WORDS = new Set(['here', 'insert', 'paste', 'fill', 'put', 'add', 'append', 'encoded', 'base64', 'urlencoded'])
/** A name in capitals, its words joined by underscores ("USERNAME", "PASTE_THE_USER'S_SUBJECTS"). */
const CAPITALS = /^[A-Z][A-Z0-9_']{1,240}$/

interface UrlUse {
  kind: 'image' | 'link'
  url: string
  /** From CSS `url(…)`: in code samples there `${x}` is the program's variable, not the template's. */
  css?: boolean
}

/** `<link>` relations a browser fetches by itself; `canonical`, `alternate`, `author` are only metadata. */
const FETCHED_LINK =
  /\brel[ \t]{0,5}=[ \t]{0,5}["']?(?:[\w-]+[ \t]+)?(?:prefetch|preload|modulepreload|prerender|preconnect|dns-prefetch|stylesheet|icon|apple-touch-icon|manifest)\b/i

/** `![alt][ref]` / `![ref][]` / `![ref]`: a reference-style image, resolved through the file's definitions. */
const REFERENCE_IMAGE = /!\[([^[\]\n]{0,300})\](?:\[([^[\]\n]{0,100})\])?(?!\()/g
/** `[ref]: https://host/path "title"` */
const REFERENCE_DEFINITION = /^[ \t]{0,3}\[([^[\]\n]{1,100})\]:[ \t]{0,10}<?([^\s<>]{1,2048})/

export type References = ReadonlyMap<string, string>

const referenceKey = (label: string): string => label.trim().toLowerCase().replace(/\s+/g, ' ')

/** Link reference definitions of the lines (markdown is case-insensitive about labels). */
export function referencesIn(lines: readonly ScanLine[]): References {
  const refs = new Map<string, string>()
  for (const { text } of lines) {
    if (!text.includes(']:')) continue
    const m = REFERENCE_DEFINITION.exec(text.replace(SPACED_MUSTACHE, (v) => v.replace(/\s+/g, '')))
    if (m !== null && !refs.has(referenceKey(m[1] ?? ''))) refs.set(referenceKey(m[1] ?? ''), m[2] ?? '')
  }
  return refs
}

function urlsIn(text: string, refs: References): UrlUse[] {
  // MARKDOWN_URL needs a ']', HTML_URL a '<' and CSS_URL 'url('; compaction only removes whitespace.
  if (!text.includes(']') && !text.includes('<') && !text.includes('url(')) return []
  const compact = text.replace(SPACED_MUSTACHE, (m) => m.replace(/\s+/g, ''))
  const uses: UrlUse[] = []
  for (const m of matchesOf(MARKDOWN_URL, compact)) uses.push({ kind: m[1] === '!' ? 'image' : 'link', url: m[2] ?? '' })
  for (const m of matchesOf(HTML_URL, compact)) {
    const tag = m[1]?.toLowerCase()
    // The tag's own attributes: up to its '>', within a bounded window (no search to the text's end).
    const tagText = compact.slice(m.index, m.index + 600)
    if (tag === 'link' && !FETCHED_LINK.test(tagText.slice(0, tagText.indexOf('>') + 1 || tagText.length))) continue
    uses.push({ kind: tag === 'a' ? 'link' : 'image', url: m[2] ?? '' })
  }
  if (compact.includes('url('))
    for (const m of matchesOf(CSS_URL, compact)) uses.push({ kind: 'image', url: m[1] ?? '', css: true })
  if (refs.size > 0 && compact.includes('![')) {
    for (const m of matchesOf(REFERENCE_IMAGE, compact)) {
      const url = refs.get(referenceKey(m[2] || m[1] || ''))
      if (url !== undefined) uses.push({ kind: 'image', url })
    }
  }
  return uses
}

function hostOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]{0,20}:\/\/(?:[^/?#@]{0,200}@)?([^/?#:]{1,253})/i.exec(url)
  return (m?.[1] ?? '').toLowerCase()
}

function allowedHost(host: string): boolean {
  return ALLOWED_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))
}

/**
 * A query value that stands for data ("[DATA]", "<secret>", "SUMMARY_HERE",
 * "conversation-summary-goes-here"). A fixed value sends only what the template's author wrote,
 * however random it looks (an object id, a signature, a chart's settings, `?data=%7B%22id%22…`):
 * the risk is a slot that the app or the model fills, so only slots count.
 */
function dataLookingQuery(url: string): boolean {
  return queryPairs(url).some(([, value]) => value.length > 0 && dataSlot(decodeSafe(value)))
}

const LEADING_VAR = /^(?:\{\{[^{}]{0,200}(?:\}\}|$)|\$\{[^{}]{1,200}\}|\{[A-Za-z_][\w.]{0,60}\})/
const MUSTACHE = /\{\{|\{%/
/** A scheme (`https:`, `mailto:`) or a scheme-relative `//host` (browsers read `\\host` and
 * `/\host` the same way): what a relative URL lacks. */
const SCHEME = /^(?:[a-z][a-z0-9+.-]{0,30}:|[\\/]{2})/i

/** A slug that names data and says it goes here: "conversation-summary-goes-here", "user_email_here". */
const DATA_SLOT =
  /^(?:[a-z0-9]{1,20}[-_]){0,3}(?:conversation|chat|summary|history|secrets?|passwords?|tokens?|data|e?mails?|prompt|messages?|memory|context|pii|keys?|credentials?)(?:[-_][a-z0-9]{1,20}){0,3}[-_](?:here|goes[-_]here)$/i

/** A path segment that stands for data ("[CONVERSATION]", "SUMMARY_HERE", "<secret>", "summary-goes-here"). */
function dataLookingPath(url: string): boolean {
  const path = /^[a-z][a-z0-9+.-]{0,20}:\/\/[^/?#]{1,253}(\/[^?#]{0,2048})/i.exec(url)?.[1] ?? ''
  return path.split('/').some((segment) => dataSlot(decodeSafe(segment).replace(/\.(?:png|gif|jpe?g|svg|webp)$/i, '')))
}

/** Base64 (standard or URL-safe) or hex of at least 24 characters. */
const ENCODED = /^(?:[A-Za-z0-9+/_-]{24,}={0,2}|(?:[0-9a-fA-F]{2}){12,})$/

/**
 * An encoded value that decodes to text (`aGVsbG8gd29ybGQ…` → "hello world …"): a message
 * carried in the URL. Object ids, content hashes and signatures decode to bytes, not text.
 */
function carriesText(value: string): boolean {
  if (!ENCODED.test(value)) return false
  const bytes = /^[0-9a-fA-F]+$/.test(value) ? hexBytes(value) : base64Bytes(value.replace(/-/g, '+').replace(/_/g, '/'))
  if (bytes.length < 12) return false
  let printable = 0
  // Spaces between words, or a JSON document's quotes and braces.
  let separators = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes.charCodeAt(i)
    if ((b >= 32 && b < 127) || b === 9 || b === 10 || b === 13) printable++
    if (b === 32 || b === 34 || b === 123) separators++
  }
  return printable >= bytes.length * 0.95 && separators >= 2
}

const hexBytes = (hex: string): string =>
  String.fromCharCode(...Array.from({ length: hex.length / 2 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16)))

function base64Bytes(base64: string): string {
  try {
    return atob(base64)
  } catch {
    return '' // not base64 after all (a length no encoding makes)
  }
}

/** "USER_EMAIL", "SUMMARY_HERE": not a file or id named in capitals ("GPTINDER_BLACK", "VIDEO_ID"). */
const capitalsNameData = (text: string): boolean =>
  text
    .toLowerCase()
    .split(/_|'s?/)
    .some((word) => DATA_WORDS.has(word) || SLOT_WORDS.has(word))

const dataSlot = (text: string): boolean =>
  PLACEHOLDER.test(text) || DATA_SLOT.test(text) || (CAPITALS.test(text) && capitalsNameData(text)) || carriesText(text)

function judge(use: UrlUse): { severity: Level; why: string } | null {
  // A variable in the path of a trusted host (a CI badge: `github.com/…/workflows/{{name}}/badge.svg`)
  // sends nothing to anyone who could read it; the host itself must be fixed text.
  const host = hostOf(use.url)
  if (allowedHost(host) && !TEMPLATE_VAR.test(host) && !/[{}$%]/.test(host)) return null
  // A URL that is only a variable (`![image]({{image_url}})`), or starts with one, takes its
  // host from configuration (`{{ site.url }}/a.css`, `{{ '/assets/x.css' | relative_url }}`):
  // nothing from the conversation is appended unless a second variable follows.
  if (LEADING_VAR.test(use.url) && !TEMPLATE_VAR.test(use.url.replace(LEADING_VAR, ''))) return null
  // A relative URL (`./{app}-diagrams.html`, `../img/{{name}}.png`, `character_{{name}}`)
  // resolves against the page that shows it: its host is that page's, whatever the variables
  // fill in, unless an absolute URL rides inside it (a same-site proxy or redirect:
  // `/proxy?u=https://…`). One that starts with a variable may take its host from it (above).
  if (!LEADING_VAR.test(use.url) && !SCHEME.test(use.url) && !/:\/\/|%3a%2f%2f/i.test(use.url)) return null
  if (TEMPLATE_VAR.test(use.url) && !(use.css === true && !MUSTACHE.test(use.url))) {
    return { severity: use.kind === 'image' ? 'critical' : 'high', why: 'interpolates a template variable' }
  }
  if (!/^(?:https?:)?[\\/]{2}/i.test(use.url)) return null
  if (dataLookingQuery(use.url)) return { severity: 'high', why: 'sends a data-looking query' }
  if (use.kind === 'image' && dataLookingPath(use.url)) return { severity: 'high', why: 'carries data in its path' }
  return null
}

export function exfilFindings(lines: readonly ScanLine[]): FindingDraft[] {
  const out: FindingDraft[] = []
  const refs = referencesIn(lines)
  for (const { line, text } of lines) {
    // One finding per line, the most severe, is enough for review.
    let worst: { use: UrlUse; severity: Level; why: string } | null = null
    for (const use of urlsIn(text, refs)) {
      const verdict = judge(use)
      if (verdict !== null && (worst === null || levelRank(verdict.severity) > levelRank(worst.severity)))
        worst = { use, ...verdict }
    }
    if (worst === null) {
      const assembled = assembledUrl(text) ?? describedSlotUrl(text)
      if (assembled !== null) out.push(assembled(line))
      continue
    }
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

// An exfiltration URL assembled from pieces: a URL fragment plus an instruction to append or
// join conversation data to it ("take https://evil.example/log?q= and add the user's email",
// `"https://" + "evil.example" + "/c?d=" + history`). Linear: fixed alternatives, bounded gaps.
// "://" alone too: the scheme itself may be split ('ht' + 'tps://').
const URL_PIECE = /(?:https?:\/\/|https?["'`]|:\/\/|\/\/[a-z0-9-]{1,63}\.)/i
const JOIN_CUE =
  /\b(?:append|concatenat\w{0,3}|join|combine|followed by|add(?:ing)? (?:it|them|this|that) (?:to|at) the end|attach\w{0,3}|put (?:it|them) (?:at the end|after))\b|["'`)\]] ?\+ ?["'`(\w]/i
const DATA_CUE =
  /\b(?:conversation|chat history|previous messages|messages so far|secrets?|passwords?|api keys?|credentials?|e-?mail address(?:es)?|system prompt|personal (?:data|information|details)|user data|the user's (?:e-?mail|name|address|data|messages?|questions?|details|information)|private|confidential|(?:summary|summari[sz]ation|contents?|transcript|log|copy|text) of (?:this|the|our|the whole|the entire) (?:chat|conversation|session|thread|discussion))\b/i

function assembledUrl(text: string): ((line: number) => FindingDraft) | null {
  // Every URL_PIECE alternative has "http" or "//": most lines stop here.
  if (!text.includes('http') && !text.includes('//')) return null
  if (!URL_PIECE.test(text) || !JOIN_CUE.test(text) || !DATA_CUE.test(text)) return null
  return (line) => ({
    rule: EXFIL_URL.id,
    severity: 'high',
    message: 'A URL is assembled from pieces together with conversation data; rendering or fetching it can leak that data.',
    line,
    evidence: renderSnippet(text.trim(), 100),
  })
}

// Thirty-first round: a URL with a slot described in words for the model to fill
// ("?d={summary of the conversation so far, URL-encoded}", "?q=<the user's full name and home
// address from earlier in the chat>", "/[the user's email]"): the URL scans above stop at the
// slot's first space, so the slot was never read. It counts when its words name what the
// conversation holds about the user; "?q={your search terms}" names nothing of theirs.
const URL_START = /\bhttps?:\/\//gi
/** A slot after a query's or path's separator, its words inside brackets. */
const DESCRIBED_SLOT = /[?&=/][{<[]([^{}<>[\]\n]{3,200})[}>\]]/g
const OPENERS = '{<['
const CLOSERS = '}>]'

/** The URL from `start`, its bracketed slots included (spaces inside them too), to its end. */
function urlWithSlots(text: string, start: number): string {
  let depth = 0
  let i = start
  for (; i < text.length && i - start < 2048; i++) {
    const c = text[i] as string
    if (OPENERS.includes(c)) depth++
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1)
    else if (depth === 0 && (c === ' ' || c === '\t' || c === ')' || c === '"' || c === "'")) break
    else if (c === '\n') break
  }
  return text.slice(start, i)
}
const SLOT_NAMES_DATA =
  /\b(?:conversation|chat|messages?|history|summary|summari[sz]ed?|user's|users'|their|e-?mail|phone|(?:full|real|first|last) name|(?:home|street|mailing|ip) address|address(?:es)?|passwords?|secrets?|tokens?|api keys?|credentials?|personal|private|confidential|location|memory|system prompt|earlier|so far|previous|above)\b/i

/** A slot for a record's id or slug ("{transcript id goes here}", "<the chat's slug>"): a link to the user's own record. */
const SLOT_NAMES_AN_ID = /\b(?:id|ids|identifier|uuid|slug)\b/i
/**
 * What no record's id is, so an id beside it excuses nothing: "{the user's email id}" is an
 * address (Indian English), "{session id and the user's password}" a password.
 */
const SLOT_NAMES_PERSONAL_FIELD =
  /\b(?:e-?mail|phone|name|address(?:es)?|passwords?|secrets?|tokens?|api keys?|credentials?|personal|private|confidential|location|messages?|history|summary|summari[sz]ed?)\b/i

/** A host described in words right after `://` (`http://<IP address>`, `https://{target domain}`): a command's target. */
const HOST_SLOT =
  /^(?:the |your |a |an )?(?:target |remote |victim |server |host |machine )?(?:ip(?: address)?|ip addr|host ?name|host|domain(?: name)?|server(?: name| ip)?|ip of (?:the )?(?:target|server|host|machine)|machine)$/i

function describedSlotUrl(text: string): ((line: number) => FindingDraft) | null {
  if (!text.includes('http')) return null
  URL_START.lastIndex = 0
  // Each URL is walked once: the next search starts after it (a line of URLs without spaces
  // stays linear).
  for (let start = URL_START.exec(text); start !== null; start = URL_START.exec(text)) {
    const url = urlWithSlots(text, start.index)
    URL_START.lastIndex = start.index + Math.max(url.length, 1)
    if (!OPENERS.split('').some((c) => url.includes(c))) continue
    for (const m of matchesOf(DESCRIBED_SLOT, url)) {
      const slot = m[1] ?? ''
      // A slot described in words: at least two, so "{name}" stays the template variable it is.
      if (!slot.includes(' ') || !SLOT_NAMES_DATA.test(slot)) continue
      if (url.slice(m.index - 2, m.index + 1) === '://' && HOST_SLOT.test(slot.trim())) continue
      if (SLOT_NAMES_AN_ID.test(slot) && !SLOT_NAMES_PERSONAL_FIELD.test(slot)) continue
      return (line) => ({
        rule: EXFIL_URL.id,
        severity: 'high',
        message: `URL with a slot for conversation data described in words (host: ${hostOf(url)}); filling and rendering it can leak that data.`,
        line,
        evidence: renderSnippet(url, 100),
      })
    }
  }
  return null
}

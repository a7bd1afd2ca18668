// Credentials in markup: configuration XML and appSettings.
//   <add key="SmtpPassword" value="s3cret" />, <property name="password" value="s3cret"/>,
//   <entry key="password">s3cret</entry> (Java XML properties), <param name="token">…</param>
//   <password>s3cret</password>, <apiKey>…</apiKey> (Maven settings.xml, NuGet, Jenkins),
//   <password name="db">s3cret</password>
// The element or attribute names the value as a key would (secret-keys.ts).
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { keyedSecret, readValue } from './generic-assignment.js'
import { keyStrength } from './secret-keys.js'

const MAX_ELEMENT = 300
/** The element's name; attributes may follow (`<password name="db">`). */
const TAG = /^<([A-Za-z][\w.:-]{0,60})(?:[ \t][^<>\n]{0,120})?>/

export function findMarkupCredentials(text: string): SensitiveMatch[] {
  return [...findNamedValues(text, 'key="'), ...findNamedValues(text, 'name="'), ...findElements(text)]
}

/** `key="…" value="…"` / `name="…" value="…"`: the first attribute names the second. */
function findNamedValues(text: string, attribute: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (let at = text.indexOf(attribute); at !== -1; at = text.indexOf(attribute, at + attribute.length)) {
    if (/\w/.test(text[at - 1] ?? ' ')) continue
    const key = readValue(text, at + attribute.length - 1)
    if (!key) continue
    const after = key.start + key.text.length
    const rest = /^"[ \t]+value=/.exec(text.slice(after, after + 20))
    const value = rest ? readValue(text, after + rest[0].length) : elementText(text, after)
    const found = value && keyedSecret(key.text, value)
    if (found) out.push(found)
  }
  return out
}

/** `<entry key="password">s3cret</entry>`: the text of the element whose attribute closes at `after`. */
function elementText(text: string, after: number): { text: string; start: number; quoted: boolean } | undefined {
  const open = /^"[^<>\n]{0,80}>/.exec(text.slice(after, after + 82))
  if (!open) return undefined
  const start = after + open[0].length
  const inner = text.slice(start, start + MAX_ELEMENT)
  const end = inner.indexOf('</')
  if (end < 1 || /[<>\n]/.test(inner.slice(0, end))) return undefined
  const value = inner.slice(0, end)
  const lead = value.length - value.trimStart().length
  return { text: value.trim(), start: start + lead, quoted: true }
}

/** `<password>s3cret</password>`: an element named for a credential, holding only text. */
function findElements(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at + 1)) {
    const first = text.charCodeAt(at + 1) | 0x20
    if (first < 97 || first > 122) continue
    const tag = TAG.exec(text.slice(at, at + 190))
    if (!tag) continue
    const name = tag[1] ?? ''
    if (!namesCredential(name)) continue
    const start = at + tag[0].length
    const close = text.slice(start, start + MAX_ELEMENT + name.length + 3).indexOf(`</${name}>`)
    if (close === -1) continue
    const inner = text.slice(start, start + close)
    if (/[<\n]/.test(inner.trim())) continue
    const lead = inner.length - inner.trimStart().length
    const found = keyedSecret(name, { text: inner.trim(), start: start + lead, quoted: true })
    if (found) out.push(found)
  }
  return out
}

/** Tag names repeat (`<instructions>`, `<context>`): each is judged once. */
const judged = new Map<string, boolean>()
function namesCredential(name: string): boolean {
  let verdict = judged.get(name)
  if (verdict === undefined) {
    if (judged.size > 2000) judged.clear()
    verdict = keyStrength(name) !== undefined
    judged.set(name, verdict)
  }
  return verdict
}

// `System.setProperty("API_TOKEN", "…")`, `headers.set('Authorization', 'Bearer …')`,
// `getEnv("db_password", "…")`: a quoted credential-named key, a comma, a quoted value.
// Also an option constant as the key (`curl_easy_setopt(c, CURLOPT_PASSWORD, "…")`,
// `env.put(Context.SECURITY_CREDENTIALS, "…")`): upper case, and only a strong or password key.
// Found from each comma (commas are rare next to quotes, so this stays cheap on prose).
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { isBlank, isKeyChar, isSecretKey, isWeakSecretKey, keyedSecret, readValue } from './generic-assignment.js'

const MAX_KEY = 60
const MAX_SPACES = 3

export function findCallArguments(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', comma + 1)) {
    const quotedKey = quotedKeyBefore(text, comma)
    const key = quotedKey ?? constantKeyBefore(text, comma)
    if (key === undefined || !(isSecretKey(key) || (quotedKey !== undefined && isWeakSecretKey(key)))) continue
    let at = comma + 1
    for (let n = 0; n < MAX_SPACES && isBlank(text.charCodeAt(at)); n++) at++
    const quote = text[at]
    if (quote !== '"' && quote !== "'") continue
    const value = readValue(text, at)
    const match = value && keyedSecret(key, value)
    if (match) out.push(match)
  }
  return out
}

/** An upper-case constant (`CURLOPT_PASSWORD`, `Context.SECURITY_CREDENTIALS`: its last segment) right before the comma. */
function constantKeyBefore(text: string, comma: number): string | undefined {
  let j = comma - 1
  for (let n = 0; n < MAX_SPACES && isBlank(text.charCodeAt(j)); n++) j--
  let start = j
  while (start >= 0 && j - start <= MAX_KEY && isConstantChar(text.charCodeAt(start))) start--
  const key = text.slice(start + 1, j + 1)
  if (!/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(key)) return undefined
  // An argument of a call: `(` or `,` before it (and before its qualifier, `Context.`), not
  // a value in a map (`{"x-api-key": MCP_TOKEN, …}`).
  let before = start
  if (text[before] === '.') while (before >= 0 && (isKeyChar(text.charCodeAt(before)) || text[before] === '.')) before--
  for (let n = 0; n < MAX_SPACES && isBlank(text.charCodeAt(before)); n++) before--
  return text[before] === '(' || text[before] === ',' ? key : undefined
}

const isConstantChar = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95

/** `"KEY"` (or `'KEY'`) right before the comma, blanks allowed between. */
function quotedKeyBefore(text: string, comma: number): string | undefined {
  let j = comma - 1
  for (let n = 0; n < MAX_SPACES && isBlank(text.charCodeAt(j)); n++) j--
  const quote = text[j]
  if (quote !== '"' && quote !== "'") return undefined
  let start = j - 1
  while (start >= 0 && j - start <= MAX_KEY && isKeyChar(text.charCodeAt(start))) start--
  if (text[start] !== quote || start === j - 1) return undefined
  return text.slice(start + 1, j)
}

// `System.setProperty("API_TOKEN", "…")`, `headers.set('Authorization', 'Bearer …')`,
// `getEnv("db_password", "…")`: a quoted credential-named key, a comma, a quoted value.
// Found from each comma (commas are rare next to quotes, so this stays cheap on prose).
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { isBlank, isKeyChar, isSecretKey, isWeakSecretKey, keyedSecret, readValue } from './generic-assignment.js'

const MAX_KEY = 60
const MAX_SPACES = 3

export function findCallArguments(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', comma + 1)) {
    const key = quotedKeyBefore(text, comma)
    if (key === undefined || (!isSecretKey(key) && !isWeakSecretKey(key))) continue
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

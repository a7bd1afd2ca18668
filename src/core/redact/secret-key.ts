// Key names whose values are secrets, compared in their canonical form so a zero-width or
// look-alike character inside `pass​word` changes nothing.
import { canonicalString } from '../canonical/canonical-string.js'
import { isSecretKey, normaliseKey } from '../detect/secrets/generic-assignment.js'

export function isSecretField(key: string): boolean {
  const k = canonicalString(key).text
  return isSecretKey(k) || /(?:cookie|sessionid)$/.test(normaliseKey(k))
}

// An AWS secret access key is 40 base64 characters with no prefix of its own, so alone it
// is indistinguishable from any digest. It is reported only next to an access key id.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { charClasses, shannonEntropy } from './entropy.js'
import { looksFake } from './placeholders.js'
import { matchesOf } from '../../text.js'

const NEAR = 300
const CANDIDATE = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g

export function findAwsSecretKeys(text: string, accessKeys: readonly SensitiveMatch[]): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const id of accessKeys) {
    const from = Math.max(0, id.start - NEAR)
    const window = text.slice(from, Math.min(text.length, id.end + NEAR))
    for (const m of matchesOf(CANDIDATE, window)) {
      const value = m[0]
      if (charClasses(value) < 3 || shannonEntropy(value) < 4 || looksFake(value)) continue
      const start = from + m.index
      out.push({
        rule: 'secrets.aws-secret-key',
        kind: 'aws-secret-key',
        start,
        end: start + 40,
        redacted: maskSecret('aws-secret-key'),
      })
    }
  }
  return out
}

// Values that only stand in for a secret: template variables, env references, documentation
// examples and filler. None of them is a finding. Inputs are bounded by the callers.
import { matchesOf } from '../../text.js'
import { shannonEntropy } from './entropy.js'

const WRAPPED =
  /^(?:\{\{[^\n]*\}\}|\{%[^\n]*%\}|\$\{[^\n]*\}|\{[^\n]*\}|\$\([^\n]*\)|<[^<>\n]*>|%[A-Za-z_]\w*%|%[sd]|\$[A-Za-z_]\w*|\[[^\n]*\])$/
const FILLER =
  /example|x{4}|\*{3}|#{4}|\.{3}|\u2026|replace[_-]?me|change[_-]?me|changeit|placeholder|dummy|redacted|insert[_-]?your|your[_-]|[_-]here$|\{\{|process\.env|os\.environ|getenv/i
/** Values that say what they stand for: `TokenHere`, `sanitized_token_value`, `user-input-value`. */
const STAND_IN =
  /(?:key|token|secret|password|value)here$|sanitized|masked|obfuscated|(?:key|token|secret|password)[_-]?value$|user[_-]?input/i
/** Template and workflow expressions: `${x}`, `#{token}`, `@{body('x')}`, `@parameters('x')`, `{project}`. */
const EXPRESSION = /\$\{|#\{|@\{|@[a-z]\w{0,40}\(|\{[a-z_][\w-]{0,40}\}|^[{<[]/i
/** Keyboard and counting runs (`xoxp-1234567890`): typed by hand as filler. */
const SEQUENCE = /0123456789|1234567890|abcdefghij|ABCDEFGHIJ/
/** `repoV2/$PROJECT/$REPO_ID`, `Bearer $accessToken`: a value built from variables. */
const ENV_REFERENCE = /\$[A-Z][A-Z0-9_]{2,}|^\$[a-z_]\w*$/
/**
 * Where a secret lives, not the secret: `env:OPENAI_API_KEY`, `vault:secret/data/db#password`,
 * 1Password's `op://vault/item/field`, an AWS Secrets Manager, SSM or KMS ARN, a GCP Secret
 * Manager name, an Azure Key Vault secret URI or app-setting reference, a Salesforce named
 * credential (`callout:External_API`).
 */
const SECRET_REFERENCE =
  /^(?:env:[A-Za-z_]\w*$|vault:[\w./-]+(?:#[\w.-]+)?$|(?:op|sm|berglas|vault):\/\/[\w./-]+$|arn:aws[\w-]*:(?:secretsmanager|ssm|kms):|projects\/[\w-]+\/secrets\/[\w-]+(?:\/versions\/\w+)?$|https:\/\/[\w-]+\.vault\.azure\.net\/secrets\/|@Microsoft\.KeyVault\(|callout:\w+$)/i
/** Stock words, type names and the passwords everyone types when the real one goes elsewhere. */
const WORDS = new Set([
  ...['todo', 'tbd', 'fixme', 'none', 'null', 'nil', 'undefined', 'empty', 'true', 'false', 'fake', 'test', 'testing', 'sample'],
  ...['boolean', 'bool', 'string', 'str', 'number', 'integer', 'int', 'float', 'double', 'object', 'array', 'any', 'text'],
  ...['secret', 'password', 'passwd', 'token', 'apikey', 'api_key', 'api-key', 'foo', 'bar', 'baz', 'foobar', 'abc123'],
  ...['123456', '12345678', '123456789', 'password1', 'password123', 'qwerty', 'admin', 'root', 'pass', 's3cr3t', 'hunter2'],
  ...['letmein', 'mypassword', 'mysecret', 'mytoken'],
])

/**
 * True when a value holds a counting or alphabet run (`1234567890`, `abcdefghij`) and nothing
 * random beside it. Real tokens carry typed parts too (a bot's numeric id before its random
 * secret, a documented key with `ABCDEFGHIJKL` in its middle): as for a `test` segment, a random
 * remainder (16+ letters and digits mixed, high entropy, no repeats) outweighs the run.
 */
function typedFiller(value: string): boolean {
  if (!SEQUENCE.test(value)) return false
  const rest = withoutRuns(value).replace(/[^A-Za-z0-9]/g, '')
  const random = /[0-9]/.test(rest) && /[A-Za-z]/.test(rest) && shannonEntropy(rest) >= 3.5 && !/(.)\1{3}/.test(rest)
  return rest.length < 16 || !random
}

/** The value without its ascending runs of four or more (`abcd`, `6789012`, case ignored). */
function withoutRuns(value: string): string {
  let kept = ''
  for (let i = 0; i < value.length;) {
    let j = i + 1
    while (j < value.length && follows(value.charAt(j - 1), value.charAt(j))) j++
    if (j - i < 4) kept += value.slice(i, j)
    i = j
  }
  return kept
}

/** True when the value holds an ascending run of `n` or more (`4567`, `abcd`, case ignored) or a keyboard row (`qwerty`). */
export function hasTypedRun(value: string, n: number): boolean {
  if (KEYBOARD_ROW.test(value)) return true
  for (let i = 0, run = 1; i + 1 < value.length; i++) {
    run = follows(value.charAt(i), value.charAt(i + 1)) ? run + 1 : 1
    if (run >= n) return true
  }
  return false
}

const KEYBOARD_ROW = /qwerty|asdfgh|zxcvbn/i

const follows = (a: string, b: string): boolean => {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  if (x === '9') return y === '0'
  return /[a-y0-8]/.test(x) && y.charCodeAt(0) === x.charCodeAt(0) + 1
}

/** True when a candidate secret value is a placeholder, reference or obvious example. */
export function isPlaceholderValue(value: string): boolean {
  const t = value.trim()
  if (t.length === 0) return true
  if (WRAPPED.test(t) || FILLER.test(t) || STAND_IN.test(t) || WORDS.has(t.toLowerCase()) || typedFiller(t)) return true
  if (ENV_REFERENCE.test(t) || EXPRESSION.test(t) || SECRET_REFERENCE.test(t)) return true
  if (t.startsWith('eyJ') && isExampleJwt(t)) return true
  return new Set(t).size <= 3
}

/** The word "password" in leetspeak (`p@ssw0rd`, `Passw0rd!`): a tutorial's stand-in, not a chosen password. */
export const LEET_PASSWORD = /p[a@4][s$5]{2}(?:w[o0]rd|wd)/i

// Words a value uses to say it is not real. Long ones count anywhere (`myFakeToken`); the
// short, ambiguous ones only as a whole segment between separators (`sk_test_…`, `mock-key`).
const SAYS_FAKE =
  /fake|example|dummy|sample|placeholder|redacted|notreal|not[_-]a[_-]real|changeme|replaceme|xxxx|abc123|xyz789|your[_-]?(?:api|secret|token|key|access|own)/i
const FAKE_SEGMENT = /^(?:test|testing|mock|demo|invalid|bogus|foo|bar|lorem|ipsum|todo|tbd)$/i

/**
 * True when a value says it is fake: `fake`, `example`, `dummy`, `sample`, `xxxx`, or a `test`
 * segment with nothing random beside it. Providers mark test-mode keys the same way
 * (`sk_test_<random>`), and those grant access: a random part outweighs the word.
 */
export function saysFake(value: string): boolean {
  if (SAYS_FAKE.test(value) && wordSaysFake(value)) return true
  const segments = value.split(/[^A-Za-z0-9]+/)
  return segments.some((s) => FAKE_SEGMENT.test(s)) && !segments.some(randomSegment)
}

const SAYS_FAKE_ALL = new RegExp(SAYS_FAKE.source, 'gi')

/**
 * A word of SAYS_FAKE written as a word is (`fake`, `FAKE`, `Fake`, `myFakeToken`), not drawn by
 * chance in a random token's mixed case (`…VLfAkEGa…`: one random 40-character base64 body in
 * ~10,000 holds `fake` in some case). Words of six letters or more are too long to be chance.
 */
function wordSaysFake(value: string): boolean {
  for (const m of matchesOf(SAYS_FAKE_ALL, value)) {
    const letters = m[0].replace(/[^A-Za-z]/g, '')
    const rest = letters.slice(1)
    if (letters.length >= 6 || rest === rest.toLowerCase() || letters === letters.toUpperCase()) return true
  }
  return false
}

/**
 * A segment a person would not type: 16+ characters, mixed classes, many distinct characters
 * (half its length, up to 12: a random 99-character key draws ~50 of 62 symbols, a 32-digit hex
 * one ~14 of 16), no run.
 */
function randomSegment(segment: string): boolean {
  if (segment.length < 16 || SEQUENCE.test(segment) || /(.)\1{3}/.test(segment)) return false
  const classes = Number(/[a-z]/.test(segment)) + Number(/[A-Z]/.test(segment)) + Number(/[0-9]/.test(segment))
  return classes >= 2 && new Set(segment).size >= Math.min(segment.length / 2, 12)
}

/** True when a provider-shaped token body is visibly fake (says so, runs, sequences, tiny alphabet). */
export function looksFake(body: string): boolean {
  if (isPlaceholderValue(body) || saysFake(body)) return true
  if (/(.)\1{5}/.test(body)) return true
  return body.length >= 16 && new Set(body).size < 8
}

const WINDOW = 200

/** True when [start, end) sits inside a `{{…}}` or `${…}` placeholder on the same line. */
export function insidePlaceholder(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - WINDOW), start)
  const line = before.slice(before.lastIndexOf('\n') + 1)
  const after = text.slice(end, end + WINDOW)
  const rest = after.slice(0, indexOrLength(after, '\n'))
  if (line.lastIndexOf('{{') > line.lastIndexOf('}}') && rest.includes('}}')) return true
  const open = line.lastIndexOf('${')
  // `${DB_PASSWORD:-…}`: the default is a value written into the file, not a placeholder.
  if (open !== -1 && VARIABLE_DEFAULT.test(line.slice(open))) return false
  return open > line.lastIndexOf('}') && rest.includes('}')
}

/** What stands between `${` and a variable's default value: `${NAME:-`, `${NAME=`, with an optional quote. */
const VARIABLE_DEFAULT = /^\$\{[A-Za-z_]\w{0,59}:?[-=]["']?$/

function indexOrLength(s: string, needle: string): number {
  const i = s.indexOf(needle)
  return i === -1 ? s.length : i
}

/** The stock people of documentation: jwt.io's "John Doe", "Jane Doe", "Max Mustermann". */
const SAMPLE_PERSON = /^(?:john|jane|joe|richard|max|erika) (?:doe|roe|bloggs|mustermann|musterfrau|public)$/i
/** Claims that carry time, protocol or a role flag, not identity: they say nothing about being an example. */
const PROTOCOL_CLAIMS = new Set(['iat', 'exp', 'nbf', 'alg', 'typ', 'admin', 'scope', 'scp', 'roles', 'role', 'aud', 'iss'])

/**
 * True when a JSON Web Token's claims say it is an example: every identifying claim is a
 * sample value (jwt.io's `{"sub": "1234567890", "name": "John Doe"}`, a manual's `"foo": "bar"`)
 * and there is at least one. A token minted for a real user names that user or an id of theirs.
 */
export function isExampleJwt(token: string): boolean {
  const payload = token.split('.')[1]
  if (payload === undefined) return false
  let claims: unknown
  try {
    claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')))
  } catch {
    return false
  }
  if (claims === null || typeof claims !== 'object' || Array.isArray(claims)) return false
  const values: unknown[] = Object.entries(claims as Record<string, unknown>)
    .filter(([name]) => !PROTOCOL_CLAIMS.has(name))
    .map(([, value]) => value)
  return values.length > 0 && values.every((v) => (typeof v === 'string' || typeof v === 'number') && sampleValue(String(v)))
}

const sampleValue = (v: string): boolean => SAMPLE_PERSON.test(v) || SEQUENCE.test(v) || saysFake(v) || isPlaceholderValue(v)

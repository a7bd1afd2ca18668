// Which key names hold a credential. A key is judged on its normalised form (lower case, no
// separators): `password`-like keys hold passwords (short human values count), `token`- and
// `secret`-like keys hold credentials, `<service>_key` may hold one (its value must look
// machine-made). A key that names, locates or describes a secret (`secret_name`,
// `password_file`, `token_url`) holds none.

/** `password(s)`, `passwd`, `pwd`, `passphrase`, and the abbreviations people type (`pswd`, `psswrd`, `paswd`). */
const PASSWORD_KEY = /(?:pa?s{1,2}w(?:o?r)?ds?|pwd|passphrase)$/
/** `PW`, `my_pw`, `ID/PW`, `adminPW`: the two-letter abbreviation as a segment of its own. */
const SHORT_PW = /(?:^|[_.-])[pP][wW]$|[a-z0-9]PW$/
const TOKEN_KEY =
  /(?:secret|token|apikey|accesskey|secretkey|privatekey|signingkey|encryptionkey|masterkey|clientsecret|credential|credentials|auth|authorization|bearer|secretid)$/
/** `pass`, `db_pass`, `SMTP-PASS`, `MYSQLPASS`, keytool's `storepass` and `keypass`, but not `bypass` or `compass`. */
const SHORT_PASS = /(?:^|[_.-]|db|sql|pg|smtp|mail|root|admin|user|ftp|redis|ldap|ssh|wifi|store|key)pass$/i
/** `ado_pat`, `githubPat`: a personal access token. */
const PAT = /(?:^|[_.-])(?:pat|PAT)$|[a-z0-9](?:Pat|PAT)$/
/** Keys ending in `key` that name a record, a cache entry, a UI key or a public key. */
const NOT_CREDENTIAL_KEY =
  /(public|pub|primary|foreign|sort|partition|hash|range|cache|idempotency|routing|i18n|translation|message|label|object|bucket|lookup|query|hot|mon|tur|don|whis|jock|hoc|dedup|dedupe|group|storage|setting|settings|config|map|dict|json|field|column|prop|item|row|node|unique|composite|surrogate|natural|shortcut|shortcutkey|sign|menu|dataset|index|table|name|type|keyboard|accent|music|secondary|parent|child|foreignkey|s3|file|path|ssh|pgp|gpg|verification|verify|jwks)key$/
/**
 * `cache_key`, `redisCacheKey`, `hotkey`: the word before `key` is a segment of its own, or the
 * whole key is `<word>key`. Not `bitbucket_key` or `numverify_key`: a service whose name only
 * ends in such a word (`bucket`, `verify`).
 */
function namesNonCredentialKey(key: string, k: string): boolean {
  const m = NOT_CREDENTIAL_KEY.exec(k)
  const word = m?.[1]
  if (!m || !word) return false
  if (k === m[0]) return true
  const segments = key.split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/).map((s) => s.toLowerCase())
  return segments.includes(word) || segments.includes(`${word}key`)
}

/** What a key ends with when its value is about a secret rather than the secret itself. */
const ABOUT_A_SECRET = [
  ...['name', 'names', 'id', 'ids', 'path', 'paths', 'file', 'filename', 'dir', 'arn', 'ref', 'reference', 'url', 'uri'],
  ...['env', 'envvar', 'var', 'variable', 'field', 'type', 'label', 'header', 'param', 'length', 'len', 'policy', 'version'],
  ...['expiry', 'expiration', 'expires', 'ttl', 'prefix', 'suffix', 'count', 'enabled', 'required', 'provider', 'store', 'vault'],
  ...['location', 'mount', 'manager', 'rotation', 'format', 'mode', 'scope', 'scopes', 'endpoint', 'hint', 'placeholder'],
  ...['description', 'desc', 'help', 'title', 'pattern', 'regex', 'schema', 'attribute'],
]
const aboutASecret = (k: string): boolean => ABOUT_A_SECRET.some((word) => k.endsWith(word)) && !k.endsWith('secretid')
/** An encoding or container suffix: `PRIVATE_KEY_B64` holds a private key all the same. */
const ENCODING_SUFFIX = /(?:b64|base64|hex|pem|encoded|raw|str|string|value|val)$/

/** Lower-cased key without separators: `AWS_Secret-Access.Key` → `awssecretaccesskey`. */
export function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '')
}

/** The normalised key without an encoding suffix (`_b64`) and trailing digits (`api_token_2`). */
function coreOf(key: string): string {
  const k = normaliseKey(key)
  const bare = k.replace(ENCODING_SUFFIX, '')
  return (bare.length >= 3 ? bare : k).replace(/[0-9]{1,8}$/, '')
}

const ACCESS_KEY_ID = /accesskeyid$|^awsaccessid$/

export type KeyStrength = 'password' | 'strong' | 'weak'

/** How surely a key's value is a credential, or undefined when it is none. */
export function keyStrength(key: string): KeyStrength | undefined {
  const k = coreOf(key)
  // Public and CSRF tokens are not credentials (gitleaks skips them too).
  if (k.startsWith('public') || k.includes('csrf') || k.includes('xsrf')) return undefined
  // A cloud access key id (`aws_access_key_id`, `"AccessKeyId"`, `AwsAccessID`) is half of a key
  // pair, not a name for one: scanners report it, but only a machine-made value counts.
  if (ACCESS_KEY_ID.test(k)) return 'weak'
  if (aboutASecret(k)) return undefined
  if (PASSWORD_KEY.test(k) || SHORT_PASS.test(key) || SHORT_PW.test(key)) return 'password'
  // `secrets` names a store of them (`keyVaultToStoreSecrets`): its value must look machine-made.
  if (k.endsWith('secrets')) return 'weak'
  if (TOKEN_KEY.test(k) || PAT.test(key) || (/secret|creds$/.test(k) && !k.includes('secretar'))) return 'strong'
  if (k.endsWith('key') && !namesNonCredentialKey(key, k)) return 'weak'
  return undefined
}

/** True for key names whose value is a credential (`db_password`, `x-api-key`, `token`). */
export const isSecretKey = (key: string): boolean => {
  const strength = keyStrength(key)
  return strength === 'password' || strength === 'strong'
}

/** `<service>_key`, `Key`, `license_key`: a key that may hold a credential or just a name. */
export const isWeakSecretKey = (key: string): boolean => keyStrength(key) === 'weak'

/** `pass`, `a11y_pass`: as often a verdict (`PASS: Overall score`) as a password; `pw` as often
 * a page width or power (`pw: fullwidth`). Their values must look made up (generic-assignment.ts). */
export const isShortPass = (key: string): boolean =>
  (SHORT_PASS.test(key) || SHORT_PW.test(key)) && !PASSWORD_KEY.test(coreOf(key))

// Pre-signed object URLs: a storage service's link that carries its own signature (Azure shared
// access signatures, AWS Signature V4 and V2 / CloudFront, Google Cloud Storage V4). The
// signature covers the query, so the scheme's parameters are fixed settings and a signature,
// not data the link carries: an image of a GPT's logo served as
// `…/file-x?se=2123-12-02…&sp=r&sv=2021-08-06&sr=b&sig=<HMAC>` sends nothing. Each scheme is
// recognised only with a signature of its exact shape, so a made-up `sig=<data>` is not one.
// Formats: learn.microsoft.com/rest/api/storageservices/create-service-sas,
// docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html,
// docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-creating-signed-url-canned-policy.html,
// cloud.google.com/storage/docs/access-control/signed-urls.

/** A query's parameters, names lowercased, values as written (still percent-encoded). */
export type QueryPairs = ReadonlyArray<readonly [name: string, value: string]>

/** The parameters after `?`, and those of a fragment after it (a linked page's script can read and send them on). */
export function queryPairs(url: string): QueryPairs {
  const q = url.indexOf('?')
  if (q < 0) return []
  return url
    .slice(q + 1)
    .split(/[&;#]/)
    .map((pair) => {
      const eq = pair.indexOf('=')
      return eq < 0 ? (['', pair] as const) : ([pair.slice(0, eq).toLowerCase(), pair.slice(eq + 1)] as const)
    })
}

/** The service SAS parameters (sv … sig) and the response headers it may override (rscc … rsct). */
const AZURE_SAS = new Set(
  'sv ss srt sp se st spr sip sr sig si sdd ses skoid sktid skt ske sks skv saoid suoid scid rscc rscd rsce rscl rsct'.split(' '),
)
/** S3 and GCS let a signed GET override these response headers. */
const RESPONSE_OVERRIDE =
  /^response-(?:content-type|content-language|expires|cache-control|content-disposition|content-encoding)$/
const AWS_V2 = new Set(['signature', 'expires', 'awsaccesskeyid', 'key-pair-id', 'policy', 'x-amz-security-token'])

const valueOf = (pairs: QueryPairs, name: string): string | undefined => pairs.find(([n]) => n === name)?.[1]

function decoded(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** A url-encoded base64 value of exactly `bytes` bytes (CloudFront writes `+ = /` as `- _ ~`). */
function base64Of(value: string, bytes: number, cloudFront = false): boolean {
  const text = decoded(value)
  try {
    return atob(cloudFront ? text.replace(/-/g, '+').replace(/_/g, '=').replace(/~/g, '/') : text).length === bytes
  } catch {
    return false
  }
}

/** An Azure SAS: a signature that is an HMAC-SHA256 and a service version that is a date. */
export function isAzureSas(pairs: QueryPairs): boolean {
  const sig = valueOf(pairs, 'sig')
  const sv = valueOf(pairs, 'sv')
  return sig !== undefined && sv !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(sv) && base64Of(sig, 32)
}

/**
 * The names of the parameters that belong to the URL's signature scheme, when it has one with a
 * well-formed signature (empty otherwise). Any other parameter of the URL is still the link's own.
 */
export function signatureParams(pairs: QueryPairs): ReadonlySet<string> {
  if (isAzureSas(pairs)) return AZURE_SAS
  const names = pairs.map(([n]) => n)
  const own = (keep: (name: string) => boolean): ReadonlySet<string> => new Set(names.filter(keep))
  if (valueOf(pairs, 'x-amz-algorithm') === 'AWS4-HMAC-SHA256' && /^[0-9a-f]{64}$/.test(valueOf(pairs, 'x-amz-signature') ?? ''))
    return own((n) => n.startsWith('x-amz-') || RESPONSE_OVERRIDE.test(n))
  if (
    /^GOOG4-(?:RSA|HMAC)-SHA256$/.test(valueOf(pairs, 'x-goog-algorithm') ?? '') &&
    /^[0-9a-f]{64,1024}$/.test(valueOf(pairs, 'x-goog-signature') ?? '')
  )
    return own((n) => n.startsWith('x-goog-') || RESPONSE_OVERRIDE.test(n))
  // S3 Signature V2 (an HMAC-SHA1, 20 bytes) and CloudFront (an RSA-SHA1 signature, 128–512 bytes).
  // A canned policy names its expiry (epoch seconds), a custom one carries it in `Policy`.
  const signature = valueOf(pairs, 'signature') ?? ''
  const expires = valueOf(pairs, 'expires')
  const expiring = expires === undefined ? false : /^\d{9,11}$/.test(expires)
  const v2 = expiring && names.includes('awsaccesskeyid') && base64Of(signature, 20)
  const cloudFront =
    (expiring || (expires === undefined && names.includes('policy'))) &&
    names.includes('key-pair-id') &&
    [128, 256, 384, 512].some((n) => base64Of(signature, n, true))
  if (v2 || cloudFront) return own((n) => AWS_V2.has(n) || RESPONSE_OVERRIDE.test(n))
  return new Set()
}

/**
 * What an Azure SAS grants: `one-file-read` for a signature on one blob or file (`sr=b` or
 * `sr=f`) whose only permission is read (`sp=r`), `wider` for anything else (write, delete,
 * list, a container, a share, or an account SAS with `ss`/`srt`).
 */
export function azureSasScope(pairs: QueryPairs): 'one-file-read' | 'wider' {
  const sr = valueOf(pairs, 'sr')
  const sp = decoded(valueOf(pairs, 'sp') ?? '')
  const account = valueOf(pairs, 'ss') !== undefined || valueOf(pairs, 'srt') !== undefined
  return !account && (sr === 'b' || sr === 'f') && sp === 'r' ? 'one-file-read' : 'wider'
}

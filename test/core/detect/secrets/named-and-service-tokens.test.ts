// Tokens of the long tail of providers (issue 14): a credential name glued to or spaced from
// a machine-made value, a service's name right before a strongly random token, self-describing
// prefixes with hex or upper-case bodies, and the look-alikes that must stay quiet (hashes,
// revisions, public keys, record keys, words, paths, fakes).
import { describe, expect, it } from '@jest/globals'
import { findSecrets } from '../../../../src/core/detect/secrets/index.js'

// Values assembled from parts so this file is not itself flagged by secret scanners.
const j = (...parts: string[]) => parts.join('')
const MIXED = j('q7Zr2LxP0vT', 'b7NcW4mKe9Hs1')
const HEX32 = j('3f9a1c7e5b2d', '4f60a8c1e9b7d3f5a2c4')
const UPPER = j('K7RQ2M9XT4', 'WZ8PL3NV6HD5')
const LETTERS = j('DjayBenyJrtp', 'vydFCzAphcqc')

const positives: Array<{ name: string; text: string; rule: string; value: string }> = [
  { name: 'name glued to a capitalised noun', text: `acmecloudKEY ${MIXED}`, rule: 'secrets.named-token', value: MIXED },
  { name: 'spaced noun phrase', text: `acmecloud   PRIVATE    KEY   ${MIXED}`, rule: 'secrets.named-token', value: MIXED },
  { name: 'noun glued to the value with a hyphen', text: `acmecloudTOKEN-${MIXED}`, rule: 'secrets.named-token', value: MIXED },
  { name: 'lone ACCESS after a service name', text: `acmecloud ACCESS ${HEX32}`, rule: 'secrets.named-token', value: HEX32 },
  { name: 'value on the next line', text: `acme private access key\n${UPPER}`, rule: 'secrets.named-token', value: UPPER },
  { name: 'sentence ends after the value', text: `Use the staging key ${MIXED}.`, rule: 'secrets.named-token', value: MIXED },
  { name: 'service name, then the token', text: `acmecloud ${MIXED}x8Yw`, rule: 'secrets.service-token', value: `${MIXED}x8Yw` },
  { name: 'service name = token', text: `acmecloud=${MIXED}x8Yw`, rule: 'secrets.service-token', value: `${MIXED}x8Yw` },
  { name: 'service key named like a bucket', text: `bitbucket_key=${MIXED}`, rule: 'secrets.generic-assignment', value: MIXED },
  {
    name: 'random letters under a key',
    text: `atlassian_key = "${LETTERS}"`,
    rule: 'secrets.generic-assignment',
    value: LETTERS,
  },
  { name: 'PAT key in capitals', text: `ACME_PAT = ${HEX32}`, rule: 'secrets.generic-assignment', value: HEX32 },
  { name: 'hex-bodied prefixed token', text: `use acme_${HEX32}`, rule: 'secrets.prefixed-token', value: `acme_${HEX32}` },
  { name: 'upper-case prefixed token', text: `use NF-${UPPER}Q4Z9`, rule: 'secrets.prefixed-token', value: `NF-${UPPER}Q4Z9` },
  {
    name: 'token alone after "password:"',
    text: `Please use the following password to proceed:\n\n${HEX32}\n`,
    rule: 'secrets.credential-in-prose',
    value: HEX32,
  },
]

const negatives: Array<{ name: string; text: string }> = [
  { name: 'commit hash', text: `Fixed in commit ${HEX32}9a1b2c3d.` },
  { name: 'checksum', text: `sha256 ${HEX32}${HEX32}` },
  { name: 'revision variable', text: `SRCREV_moby = "${HEX32}9a1b2c3d"` },
  { name: 'version pin', text: `MantleAPI_version=${HEX32}9a1b2c3d` },
  { name: 'public key', text: `publicKey: "${MIXED}Zk3P"` },
  { name: 'record keys', text: `cache key ${MIXED}; redisCacheKey = "${MIXED}"; S3_BUCKET_KEY = "${MIXED}"` },
  { name: 'monkey is no key', text: `monkey ${MIXED}` },
  { name: 'keyboard words', text: 'Press the keyboard shortcut, then the tokenizer runs; access granted to all users.' },
  { name: 'name and a path', text: 'component src/components/ButtonGroupItem2/index' },
  { name: 'UUID after a service', text: 'acmecloud 8c0e4f5a-2b1d-4c3e-9f7a-6d5b4a3c2e1f' },
  { name: 'fake value', text: `acmecloud KEY ${j('example', 'Key0000', 'abcdefghij')}` },
  { name: 'CamelCase words after a name', text: 'handler GetUserAccountDetailsHandler2' },
]

describe('findSecrets: long-tail provider tokens', () => {
  it.each(positives)('$name', ({ text, rule, value }) => {
    const found = findSecrets(text)
    const hit = found.find((m) => m.rule === rule)
    expect(hit).toBeDefined()
    expect(text.slice(hit?.start, hit?.end)).toBe(value)
    expect(JSON.stringify(found)).not.toContain(value)
  })

  it.each(negatives)('stays quiet on $name', ({ text }) => {
    expect(findSecrets(text)).toEqual([])
  })
})

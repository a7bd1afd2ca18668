// Credential forms added in the fourth round of issue 14: tools whose own flag takes a
// password, Samba's user%password, a bare password ending a sentence, Gradle's DSL call, and
// 12–15 character keys after a service-qualified credential name.
import { describe, expect, it } from '@jest/globals'
import { findSecrets } from '../../../../src/core/detect/secrets/index.js'

const PW = 'Xk29fLq8Wz7'
const findings = (text: string) => findSecrets(text).map((m) => text.slice(m.start, m.end))

const positives: Array<{ name: string; text: string }> = [
  { name: 'sshpass -p', text: `sshpass -p '${PW}' ssh root@10.0.0.5` },
  { name: 'redis-cli -a', text: `redis-cli -a ${PW} -h cache01` },
  { name: 'openssl -k', text: `openssl enc -aes-256-cbc -k ${PW} -in a.txt` },
  { name: 'smbclient -U user%password', text: `smbclient //fs01/share -U jdoe%${PW}` },
  { name: 'bare password ending a sentence', text: `The wifi password is ${PW}.` },
  { name: 'Gradle credentials block', text: `credentials {\n    username 'deploy'\n    password '${PW}'\n}` },
]

describe('findSecrets: short keys after a service-qualified name', () => {
  it.each([
    ['convertapi KEY NqVwYS81VP7H', 'NqVwYS81VP7H'],
    ['ipinfo_token: 4sf0k70t9rbmk2', '4sf0k70t9rbmk2'],
  ])('%s', (text, value) => {
    expect(findings(text)).toEqual([value])
  })
  it.each([
    'build key 2c17b8ed411f',
    'client_secret: "sample-secret-Q7Zr2LxP0vTb"',
    'cache key user1234abcd',
    'acme KEY release2024v1',
    'acme KEY abcd1234efgh',
  ])('%s', (text) => {
    expect(findings(text)).toEqual([])
  })
})

describe('findSecrets: more credential forms', () => {
  it.each(positives)('$name', ({ text }) => {
    expect(findings(text)).toEqual([PW])
  })
})

const negatives: Array<{ name: string; text: string }> = [
  { name: 'sshpass with a variable', text: 'sshpass -p "$SSH_PASS" ssh root@host' },
  { name: 'redis-cli with an env reference', text: 'redis-cli -a ${REDIS_PASSWORD} ping' },
  { name: 'openssl -k from a file', text: 'openssl enc -d -k $KEYFILE -in a.enc' },
  { name: 'smbclient without a password', text: 'smbclient //fs01/share -U jdoe' },
  { name: 'sentence about the length', text: 'The password is 8 characters long.' },
  { name: 'sentence with a version', text: 'The password is v1.2.3-beta.' },
  { name: 'stock password in a sentence', text: 'the password is Password123' },
  { name: 'Gradle placeholder', text: "credentials {\n  username 'user'\n  password 'password'\n}" },
  { name: 'Gradle variable', text: 'repositories {\n  password "${System.env.PW}"\n}' },
  { name: 'password inside a sentence, quoted later', text: "The password field 'abc' is wrong" },
]

describe('findSecrets: their hard negatives', () => {
  it.each(negatives)('$name', ({ text }) => {
    expect(findings(text)).toEqual([])
  })
})

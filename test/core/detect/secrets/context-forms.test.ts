// Secrets recognised by their context (issue 14, secrets recall on unseen data): command lines,
// login files, credential calls, markup, aligned and next-line assignments; and the look-alikes
// that must stay quiet (ports, URLs, variables, names, paths, object ids).
import { describe, expect, it } from '@jest/globals'
import { findSecrets } from '../../../../src/core/detect/secrets/index.js'

const j = (...parts: string[]) => parts.join('')
const RANDOM = j('q7Zr2LxP0vT', 'b7NcW4mKe9Hs1')
const B64 = j('Zm9vYmFyYmF6cXV4', 'MTIzNDU2Nzg5MGFiY2RlZmdoaWprbA==')

const positives: Array<{ name: string; text: string; rule: string; value: string }> = [
  { name: '-u/-p pair', text: `docker login -u ci-bot -p ${RANDOM} registry.acme.io`, rule: 'secrets.cli-flag', value: RANDOM },
  { name: 'mysql -p attached', text: 'mysql -u root -pHarbor7Lime42 shop', rule: 'secrets.cli-flag', value: 'Harbor7Lime42' },
  {
    name: 'curl basic auth',
    text: `curl -u release:${RANDOM} https://files.acme.io/upload`,
    rule: 'secrets.cli-flag',
    value: RANDOM,
  },
  {
    name: 'PowerShell parameter',
    text: 'Connect-Server -Server 10.2.3.4 -User ops -Password Harbor7!Lime',
    rule: 'secrets.cli-flag',
    value: 'Harbor7!Lime',
  },
  { name: 'vault unseal', text: `vault operator unseal ${B64}`, rule: 'secrets.cli-flag', value: B64 },
  {
    name: 'netrc',
    text: 'machine files.acme.io\n  login svc-reports\n  password Qt8-river-Lamp',
    rule: 'secrets.credential-in-prose',
    value: 'Qt8-river-Lamp',
  },
  {
    name: 'credential constructor',
    text: 'var c = new NetworkCredential("svc-mail", "Juniper42Canyon");',
    rule: 'secrets.generic-assignment',
    value: 'Juniper42Canyon',
  },
  {
    name: 'plain-text SecureString',
    text: '$pw = ConvertTo-SecureString "Orbit9!Maple" -AsPlainText -Force',
    rule: 'secrets.generic-assignment',
    value: 'Orbit9!Maple',
  },
  {
    name: 'appSettings pair',
    text: '<add key="SmtpPassword" value="Falcon3#Reed" />',
    rule: 'secrets.generic-assignment',
    value: 'Falcon3#Reed',
  },
  {
    name: 'XML element',
    text: `<server><id>releases</id><password>${RANDOM}</password></server>`,
    rule: 'secrets.generic-assignment',
    value: RANDOM,
  },
  {
    name: 'aligned assignment',
    text: "  password        => 'Cobalt5$Fern',",
    rule: 'secrets.generic-assignment',
    value: 'Cobalt5$Fern',
  },
  {
    name: 'value on the next line',
    text: `const c = {\n  access_token:\n    '${RANDOM}',\n}`,
    rule: 'secrets.generic-assignment',
    value: RANDOM,
  },
  {
    name: '!== comparison',
    text: `if (req.headers.secret !== "${RANDOM}") reject()`,
    rule: 'secrets.generic-assignment',
    value: RANDOM,
  },
  {
    name: 'escaped quotes',
    text: `"$password = \\"Cedar8Quartz\\";"`,
    rule: 'secrets.generic-assignment',
    value: 'Cedar8Quartz',
  },
  { name: 'encoding suffix', text: `SIGNING_KEY_B64=${B64}`, rule: 'secrets.generic-assignment', value: B64 },
  { name: 'personal access token key', text: `ado_pat = "${RANDOM}"`, rule: 'secrets.generic-assignment', value: RANDOM },
  {
    name: 'token right after its noun',
    text: `Use the staging token ${RANDOM}x4 for the smoke test.`,
    rule: 'secrets.credential-in-prose',
    value: `${RANDOM}x4`,
  },
  {
    name: 'token before markup',
    text: j('Use ', 'glpat-', 'q7Zr2LxP0vTb7NcW4mKe', '<br/>'),
    rule: 'secrets.gitlab-pat',
    value: j('glpat-', 'q7Zr2LxP0vTb7NcW4mKe'),
  },
]

describe('findSecrets: secrets known by their context', () => {
  it.each(positives)('$name', ({ text, rule, value }) => {
    const found = findSecrets(text)
    const hit = found.find((m) => m.rule === rule)
    expect(hit).toBeDefined()
    expect(text.slice(hit?.start, hit?.end)).toBe(value)
    expect(JSON.stringify(found)).not.toContain(value)
  })
})

const negatives: Array<{ name: string; text: string }> = [
  { name: '-p is a port', text: 'docker run -u 1000 -p 8080:8080 acme/app' },
  { name: '-u is a URL', text: 'fabric -u https://example.org/article -p summarize' },
  { name: 'placeholder in markup', text: '<password>{{db_password}}</password>' },
  { name: 'variable named for a token', text: 'await client.send(request, cancellationToken: cancellationToken);' },
  { name: 'environment reference after a scheme', text: 'Authorization: "Bearer $ACCESS_TOKEN"' },
  {
    name: 'keys that name or locate a secret',
    text: 'secret_name: prod-db-credentials\npassword_file: /run/secrets/db_password',
  },
  { name: 'verdict with a type name', text: '"a11y_pass": "boolean",' },
  { name: 'keyword arguments', text: 'ClientCertificateCredential(tenant_id=t, client_id=a, certificate_path="certs/app.pem")' },
  { name: 'plain word in a login call', text: 'auth.login("admin", "default")' },
  { name: 'Rust path', text: 'use oauth::{OAuthConfig, OAuthProvider};' },
  { name: 'a description after a key', text: 'api_key: Authentication credential. Never log or expose it.' },
  { name: 'design token path', text: 'Figma Token: "Desktop/Title/H1"' },
  { name: 'value built from variables', text: '--token "repoV2/$PROJECT/$REPO_ID"' },
  { name: 'API object id', text: j('id: chatcmpl-', 'AH9wO192nxDoDKnTwpgdLCtAYLkjp') },
  { name: 'capitalised stand-in', text: 'nuget add source --username USER --password GITHUBPERSONALACCESSTOKEN' },
  { name: 'version after a token key', text: 'io.jsonwebtoken:jjwt-jackson-0.11.2' },
  { name: 'resource name', text: 'keyVaultToStoreSecrets: cmp2-qat-1208358310' },
  {
    name: 'token counts and ids',
    text: 'max tokens 4096; token id 3f9a1c7e-5b2d-4f60-a8c1-e9b7d3f5a2c4; secret scanning alert 12',
  },
  { name: 'sequence filler', text: '"token1": "xoxp-1234567890"' },
]

describe('findSecrets: context look-alikes stay quiet', () => {
  it.each(negatives)('$name', ({ text }) => {
    expect(findSecrets(text).map((m) => [m.rule, text.slice(m.start, m.end)])).toEqual([])
  })
})

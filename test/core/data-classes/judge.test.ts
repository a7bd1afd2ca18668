// May this class go to this host? Allowed only on a full match plus the asserted guarantees;
// what cannot be decided is unknown, never allowed.
import { describe, expect, it } from '@jest/globals'
import { judgeHost } from '../../../src/core/data-classes/judge.js'
import { dataClassPolicy } from '../../../src/core/data-classes/policy.js'
import type { ResolvedHost } from '../../../src/core/data-classes/types.js'
import { policyConfig } from './fixtures.js'

const host = (over: Partial<ResolvedHost>): ResolvedHost => ({
  provider: 'azure-openai',
  host: 'edu-weu.openai.azure.com',
  region: 'westeurope',
  deployment: null,
  model: null,
  source: 'file',
  explanation: 'the file names the endpoint',
  ...over,
})
const UNKNOWN = host({
  host: null,
  region: null,
  source: 'unknown',
  explanation: 'the endpoint "${env:X}" is filled in at run time (an environment variable), so its host is unknown',
})

const CLASSES = `dataClasses:
  hosts:
    - { host: edu-weu.openai.azure.com, region: westeurope, noTraining: true, retentionDays: 0 }
    - { host: api.openai.com, retentionDays: 30 }
  classes:
    strict: { allow: [{ provider: azure-openai, region: "*europe" }], requires: { noTraining: true } }
    by-host: { allow: [{ host: "*.openai.azure.com" }] }
    guarantees-only: { requires: { noTraining: true, maxRetentionDays: 7 } }
    nowhere: { allow: [] }
    public: {}
`

describe('judgeHost', () => {
  const policy = dataClassPolicy(policyConfig(CLASSES))
  const judge = (name: string, h: ResolvedHost) => judgeHost(policy.classes.get(name)!, h, policy)

  it.each([
    ['strict', host({}), 'allowed'],
    ['strict', host({ region: null }), 'allowed'], // the region comes from dataClasses.hosts
    ['strict', host({ host: 'edu-us.openai.azure.com', region: 'eastus' }), 'not-allowed'],
    ['strict', host({ provider: 'openai', host: 'api.openai.com', region: null }), 'not-allowed'],
    ['strict', UNKNOWN, 'unknown'],
    ['by-host', host({ host: 'other.openai.azure.com', region: null }), 'allowed'],
    ['by-host', host({ provider: 'openai', host: 'api.openai.com' }), 'not-allowed'],
    ['by-host', UNKNOWN, 'unknown'],
    ['guarantees-only', host({}), 'allowed'],
    ['guarantees-only', host({ provider: 'openai', host: 'api.openai.com', region: null }), 'not-allowed'],
    ['guarantees-only', host({ host: 'not-asserted.example' }), 'not-allowed'],
    ['guarantees-only', UNKNOWN, 'unknown'],
    ['nowhere', host({}), 'not-allowed'],
    ['public', UNKNOWN, 'allowed'],
  ])('%s on %j is %s', (name, h, verdict) => {
    expect(judge(name, h).verdict).toBe(verdict)
  })

  it('says which guarantee is missing and where it would be asserted', () => {
    expect(judge('guarantees-only', host({ provider: 'openai', host: 'api.openai.com', region: null })).reason).toMatch(
      /entry in dataClasses\.hosts does not assert no training on inputs \(noTraining\) and retention of at most 7 days \(asserted: 30\)/,
    )
    expect(judge('guarantees-only', host({ host: 'not-asserted.example' })).reason).toMatch(/no entry in dataClasses\.hosts/)
    expect(judge('strict', UNKNOWN).reason).toMatch(/environment variable/)
  })
})

// Bad data-class policy is a config error naming file and line, and the whole config is
// refused (nothing of it applies).
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../../src/core/config/parse-config.js'
import { dataClassPolicy } from '../../../src/core/data-classes/policy.js'
import { PRESETS } from '../../../src/core/data-classes/presets.js'
import { POLICY_YAML, policyConfig } from './fixtures.js'

const errorOf = (yaml: string): string => {
  const parsed = parseConfig(yaml)
  if (parsed.ok) throw new Error('expected a config error')
  return parsed.error.message
}

describe('dataClasses config', () => {
  it.each([
    [
      'an undefined class in assign',
      `dataClasses:\n  classes:\n    health: {}\n  assign:\n    - pattern: "prompts/clinic/"\n      classes: [health, studnet-records]\n`,
      /promptops\.yml:6: dataClasses\.assign\.0\.classes\.1: unknown data class "studnet-records" \(defined: health\)/,
    ],
    [
      'a class name that is not lowercase',
      `dataClasses:\n  classes:\n    Health: {}\n`,
      /promptops\.yml:3: dataClasses\.classes\.Health: .*lowercase letters, digits and hyphens/,
    ],
    [
      'an unknown preset',
      `dataClasses:\n  classes:\n    health:\n      preset: hipaa\n`,
      /promptops\.yml:4: dataClasses\.classes\.health\.preset/,
    ],
    [
      'an approver that is not @user or @org/team',
      `dataClasses:\n  classes:\n    health:\n      approvers: [privacy-office]\n`,
      /promptops\.yml:4: dataClasses\.classes\.health\.approvers\.0: an @user or @org\/team/,
    ],
    [
      'an empty allow entry',
      `dataClasses:\n  classes:\n    health:\n      allow:\n        - {}\n`,
      /promptops\.yml:5: dataClasses\.classes\.health\.allow\.0: an allow entry must name a provider, a host or a region/,
    ],
    [
      'a severity below high',
      `dataClasses:\n  classes:\n    health: { severity: medium }\n`,
      /promptops\.yml:3: dataClasses\.classes\.health\.severity/,
    ],
    [
      'an unknown key',
      `dataClasses:\n  hosts:\n    - host: a.example\n      trains: false\n`,
      /promptops\.yml:3: dataClasses\.hosts\.0: Unrecognized key: "trains"/,
    ],
    [
      'a deployment naming no host or provider',
      `dataClasses:\n  deployments:\n    - pattern: "prompts/**"\n      region: westeurope\n`,
      /promptops\.yml:3: dataClasses\.deployments\.0: a deployment must name a provider or a host/,
    ],
    [
      'a negative retention',
      `dataClasses:\n  hosts:\n    - host: a.example\n      retentionDays: -1\n`,
      /promptops\.yml:4: dataClasses\.hosts\.0\.retentionDays/,
    ],
  ])('%s', (_name, yaml, message) => {
    expect(errorOf(yaml)).toMatch(message)
  })

  it("fills a class from its preset, the class's own fields winning", () => {
    const health = dataClassPolicy(policyConfig(`${POLICY_YAML}`)).classes.get('health')!
    expect(health).toMatchObject({
      preset: 'health',
      requires: PRESETS.health.requires,
      redactTelemetry: true,
      severity: 'critical',
      approvers: ['@acme/privacy-office', '@acme/clinical-safety'],
    })
    const own = dataClassPolicy(
      policyConfig(
        'dataClasses:\n  classes:\n    health:\n      preset: health\n      severity: high\n      requires: { maxRetentionDays: 7 }\n',
      ),
    ).classes.get('health')!
    expect(own).toMatchObject({
      severity: 'high',
      requires: { noTraining: true, maxRetentionDays: 7 },
      allow: null,
      approvers: [],
    })
  })

  it('presets say they are not legal advice, in the code and in the docs', async () => {
    const { readFileSync } = await import('node:fs')
    expect(readFileSync('src/core/data-classes/presets.ts', 'utf8')).toMatch(/NOT LEGAL ADVICE/)
    expect(readFileSync('docs/data-classes.md', 'utf8')).toMatch(/not legal advice/i)
  })
})

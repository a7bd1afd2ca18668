// Data-class findings through the engine: the change a pull request makes, judged under the
// base config. Moving a student-records template to a host its class does not allow is
// critical; moving it between allowed hosts is not a data finding at all.
import { describe, expect, it } from '@jest/globals'
import { scoreChanges } from '../../../src/core/engine.js'
import type { Config } from '../../../src/core/config/config.schema.js'
import type { FileChange } from '../../../src/core/types.js'
import { AZURE_ENV, AZURE_NEU, AZURE_US, AZURE_WEU, OPENAI, POLICY_YAML, policyConfig, prompty } from './fixtures.js'

const NOW = new Date('2026-11-24T00:00:00Z')
const SCHOOL = 'prompts/school/progress.prompty'
const modified = (path: string, baseText: string, headText: string, oldPath?: string): FileChange => ({
  path,
  status: oldPath ? 'renamed' : 'modified',
  baseText,
  headText,
  ...(oldPath ? { oldPath } : {}),
})
const score = (files: FileChange[], config: Config = policyConfig()) => scoreChanges({ files, config, now: NOW })
const dataFindings = (files: FileChange[], config?: Config) => score(files, config).findings.filter((f) => f.category === 'data')

describe('hosting changes of a classified template', () => {
  it('moving student records to a host the class does not allow is critical and names rule, class and host', () => {
    const report = score([modified(SCHOOL, prompty(AZURE_WEU), prompty(OPENAI))])
    expect(report.level).toBe('critical')
    const [finding] = report.findings.filter((f) => f.category === 'data')
    expect(finding).toMatchObject({ rule: 'data.host-not-allowed', severity: 'critical', path: SCHOOL, line: 3 })
    expect(finding!.message).toContain('edu-weu.openai.azure.com (azure-openai, westeurope) to api.openai.com (openai)')
    expect(report.templates[0]!.dataClasses).toMatchObject({
      classes: ['student-records'],
      redactTelemetry: true,
      events: [{ rule: 'data.host-not-allowed', dataClass: 'student-records' }],
    })
  })

  it('moving between allowed hosts (two EU resources) is no data finding', () => {
    const report = score([modified(SCHOOL, prompty(AZURE_WEU), prompty(AZURE_NEU))])
    expect(report.findings.filter((f) => f.category === 'data')).toEqual([])
    expect(report.templates[0]!.dataClasses?.events).toEqual([])
    expect(report.level).not.toMatch(/high|critical/)
  })

  it.each([
    ['a region the class does not allow', AZURE_US, /not among the hosts student-records allows/],
    [
      'an allowed region without the guarantee the preset requires',
      'type: azure_openai\nazure_endpoint: https://cheap-weu.openai.azure.com/',
      /does not assert no training on inputs/,
    ],
  ])('%s is not allowed', (_name, configuration, why) => {
    const [finding] = dataFindings([modified(SCHOOL, prompty(AZURE_WEU), prompty(configuration))])
    expect(finding).toMatchObject({ rule: 'data.host-not-allowed', severity: 'critical' })
    expect(finding!.message).toMatch(why)
  })

  it('an endpoint from an environment variable is an unknown host: the class default, never allowed', () => {
    const [finding] = dataFindings([modified(SCHOOL, prompty(AZURE_WEU), prompty(AZURE_ENV))])
    expect(finding).toMatchObject({ rule: 'data.host-unknown', severity: 'critical' })
    expect(finding!.message).toMatch(/environment variable/)
    const lenient = policyConfig(`${POLICY_YAML}  unknownHostSeverity: medium\n`)
    expect(dataFindings([modified(SCHOOL, prompty(AZURE_WEU), prompty(AZURE_ENV))], lenient)[0]).toMatchObject({
      rule: 'data.host-unknown',
      severity: 'medium',
    })
  })

  it('a new classified template on a disallowed host is a finding; on an allowed one it is not', () => {
    expect(dataFindings([{ path: SCHOOL, status: 'added', baseText: null, headText: prompty(OPENAI) }])).toMatchObject([
      { rule: 'data.host-not-allowed' },
    ])
    expect(dataFindings([{ path: SCHOOL, status: 'added', baseText: null, headText: prompty(AZURE_NEU) }])).toEqual([])
  })

  it('a violation the base already had is shown as existing, not counted', () => {
    const base = prompty(OPENAI)
    const findings = dataFindings([
      modified(SCHOOL, base, base.replace('draft progress reports', 'draft short progress reports')),
    ])
    expect(findings).toMatchObject([{ rule: 'data.host-not-allowed', informational: true }])
    expect(findings[0]!.existing).toBeDefined()
  })
})

describe('class changes', () => {
  const declared = (classes: string) => `dataClasses: [${classes}]\n`
  it('adding a class to a template on a host it does not allow', () => {
    const findings = dataFindings([
      modified('prompts/clinic/intake.prompty', prompty(OPENAI), prompty(OPENAI, declared('health'))),
    ])
    expect(findings).toMatchObject([{ rule: 'data.class-added-on-disallowed-host', severity: 'critical', line: 10 }])
  })

  it('removing a class declared in the template', () => {
    const findings = dataFindings([
      modified('prompts/clinic/intake.prompty', prompty(OPENAI, declared('health, public')), prompty(OPENAI, declared('public'))),
    ])
    expect(findings.map((f) => f.rule)).toEqual(['data.class-removed'])
  })

  it('renaming a template out of a class folder removes its class', () => {
    const text = prompty(AZURE_WEU)
    const findings = dataFindings([modified('prompts/misc/progress.prompty', text, text.replace('teachers', 'staff'), SCHOOL)])
    // …and, as it still names a student's first name, it is asked to declare one again.
    expect(findings).toMatchObject([
      { rule: 'data.class-removed', severity: 'critical' },
      { rule: 'data.unclassified', severity: 'medium' },
    ])
    expect(findings[0]!.message).toMatch(/assigned to prompts\/school\/progress\.prompty by dataClasses\.assign/)
  })

  it('renaming a template on a disallowed host into a class folder adds the class there', () => {
    const text = prompty(OPENAI)
    const findings = dataFindings([modified(SCHOOL, text, text.replace('teachers', 'staff'), 'prompts/misc/progress.prompty')])
    expect(findings).toMatchObject([{ rule: 'data.class-added-on-disallowed-host', severity: 'critical' }])
  })

  it('an undefined class name is a high finding at its line, and drops nothing silently', () => {
    const findings = dataFindings([
      modified('prompts/clinic/intake.prompty', prompty(OPENAI, declared('health')), prompty(OPENAI, declared('helth'))),
    ])
    expect(findings.map((f) => [f.rule, f.severity, f.line])).toEqual([
      ['data.class-removed', 'critical', 10],
      ['data.unknown-class', 'high', 10],
    ])
    expect(findings[1]!.message).toMatch(/"helth".*defined classes: student-records, health, public/)
  })
})

describe('unclassified personal data', () => {
  const plain = (text: string): FileChange => ({
    path: 'prompts/clinic/triage.txt',
    status: 'added',
    baseText: null,
    headText: text,
  })
  it.each([
    ['a patient_* variable', 'Summarize the record of {{patient_id}}.', /variable \{\{patient_id\}\}.*dataClasses: \[health\]/],
    ['a student_* variable', 'Write feedback for {{student_name}}.', /dataClasses: \[student-records\]/],
    [
      'personal data in the text',
      'Escalate to the on-call nurse at jane.doe@gmail.com.',
      /email in the text.*dataClasses: \[personal\]/,
    ],
  ])('%s suggests a class', (_name, text, message) => {
    const finding = dataFindings([plain(text)]).find((f) => f.rule === 'data.unclassified')
    expect(finding).toMatchObject({ severity: 'medium' })
    expect(finding!.message).toMatch(message)
    expect(finding!.informational).toBeUndefined()
  })

  it('is informational while no class is defined, and absent once the template has a class', () => {
    const none = scoreChanges({ files: [plain('Summarize {{patient_id}}.')], config: policyConfig('version: 1\n'), now: NOW })
    expect(none.findings.find((f) => f.rule === 'data.unclassified')?.informational).toBe(true)
    expect(
      dataFindings([
        { path: 'prompts/school/x.txt', status: 'added', baseText: null, headText: 'Feedback for {{student_name}}' },
      ]).map((f) => f.rule),
    ).toEqual(['data.host-unknown'])
  })
})

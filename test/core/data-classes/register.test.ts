// The register: from a revision's files (the CLI) and from the audit records alone (the audit
// branch's page, regenerated and checked by verify). Every row is checked against what the
// fixture wrote, not against the code's own output.
import { describe, expect, it } from '@jest/globals'
import {
  appendRecord,
  auditInput,
  parseRecord,
  REGISTER_PAGE,
  verifyLog,
  type AuditRecord,
} from '../../../src/core/audit/index.js'
import { scoreChanges } from '../../../src/core/engine.js'
import { registerFromFiles, registerFromRecords } from '../../../src/core/data-classes/register.js'
import {
  renderRegisterCsv,
  renderRegisterJson,
  renderRegisterMarkdown,
  renderRegisterTable,
} from '../../../src/core/data-classes/register-render.js'
import { sampleInput, signer, verifierKey } from '../audit/helpers.js'
import { AZURE_ENV, AZURE_WEU, OPENAI, policyConfig, prompty } from './fixtures.js'

const NOW = new Date('2027-01-01T00:00:00Z')
const FILES = [
  { path: 'prompts/school/progress.prompty', text: prompty(AZURE_WEU) },
  { path: 'prompts/school/feedback.prompty', text: prompty(OPENAI) },
  { path: 'prompts/school/notes.prompty', text: prompty(AZURE_ENV) },
  {
    path: 'prompts/clinic/visit.prompt',
    text: '---\nmodel: vertexai/gemini-2.0-flash-001\nconfig: { location: europe-west4 }\ndataClasses: [health, made-up]\n---\n{{notes}}\n',
  },
  {
    path: 'prompts/support/triage.prompt.yml',
    text: 'model: openai/gpt-4o-mini\nmessages:\n  - role: user\n    content: "{{ticket}}"\n',
  },
  { path: 'prompts/legal/link.txt', text: null, unreadable: 'a symbolic link' },
]

describe('registerFromFiles', () => {
  const rows = registerFromFiles(FILES, policyConfig(), (p) => (p.startsWith('prompts/school/') ? ['@acme/edu-ai'] : []), [])
  const row = (path: string) => rows.find((r) => r.path === path)!

  it('lists every file, in path order, with classes, host, region and verdict', () => {
    expect(rows.map((r) => r.path)).toEqual([...FILES.map((f) => f.path)].sort())
    expect(row('prompts/school/progress.prompty')).toMatchObject({
      classes: ['student-records'],
      provider: 'azure-openai',
      host: 'edu-weu.openai.azure.com',
      region: 'westeurope',
      verdict: 'allowed',
      owners: ['@acme/edu-ai'],
      redactTelemetry: true,
      model: 'gpt-4o-edu',
    })
    expect(row('prompts/school/feedback.prompty')).toMatchObject({ host: 'api.openai.com', verdict: 'not-allowed' })
    expect(row('prompts/school/notes.prompty')).toMatchObject({ host: null, verdict: 'unknown' })
    expect(row('prompts/clinic/visit.prompt')).toMatchObject({
      classes: ['health'],
      undefinedClasses: ['made-up'],
      host: 'europe-west4-aiplatform.googleapis.com',
      verdict: 'allowed',
    })
    expect(row('prompts/support/triage.prompt.yml')).toMatchObject({
      classes: [],
      host: 'models.github.ai',
      verdict: 'unclassified',
      redactTelemetry: false,
    })
    expect(row('prompts/legal/link.txt')).toMatchObject({ host: null, verdict: 'unclassified' })
    expect(row('prompts/legal/link.txt').reasons.join(' ')).toMatch(/symbolic link/)
  })

  it('renders as table, JSON, CSV (formula-safe) and markdown', () => {
    expect(renderRegisterTable(rows)).toMatch(
      /6 templates, 4 classified, 1 on a host their class does not allow, 1 on an unknown host/,
    )
    expect(JSON.parse(renderRegisterJson(rows)).templates).toHaveLength(6)
    const csv = renderRegisterCsv([{ ...rows[0]!, path: '=HYPERLINK("x")' }])
    expect(csv.split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""x""\)"/)
    expect(renderRegisterMarkdown(rows)).toContain(
      '| `prompts/school/feedback.prompty` | student-records | gpt-4o | api.openai.com (openai) | - | not-allowed |',
    )
  })
})

describe('on the audit branch', () => {
  function append(
    records: AuditRecord[],
    files: Record<string, string>,
    i: number,
    change: { path: string; base: string | null; head: string },
  ): void {
    const config = policyConfig()
    const report = scoreChanges({
      files: [
        { path: change.path, status: change.base === null ? 'added' : 'modified', baseText: change.base, headText: change.head },
      ],
      config,
      ownersOf: () => ['@acme/edu-ai'],
      now: NOW,
    })
    const s = sampleInput(i)
    const pull = {
      repository: s.repository,
      number: s.pr.number,
      title: s.pr.title,
      author: 'alice',
      url: s.pr.url,
      base: s.base,
      head: s.head,
      mergeCommit: s.mergeCommit,
      mergedAt: s.mergedAt,
    }
    const reviews = [{ user: { login: 'pia', id: 7 }, state: 'APPROVED' as const, commit_id: s.head, submitted_at: s.mergedAt }]
    const result = appendRecord({ records }, auditInput(pull, report, null, reviews, s.configDigest), signer, NOW)
    if (result.duplicate) throw new Error('duplicate')
    records.push(result.record)
    Object.assign(files, result.files)
  }

  it("records carry classes and host; the register page lists each template's latest and verifies", () => {
    const records: AuditRecord[] = []
    const files: Record<string, string> = {}
    append(records, files, 0, { path: 'prompts/school/progress.prompty', base: null, head: prompty(AZURE_WEU) })
    append(records, files, 1, { path: 'prompts/school/progress.prompty', base: prompty(AZURE_WEU), head: prompty(OPENAI) })
    append(records, files, 2, {
      path: 'prompts/support/a.prompt.yml',
      base: null,
      head: 'model: openai/gpt-4o\nmessages:\n  - role: user\n    content: hi\n',
    })
    const stored = parseRecord(files[Object.keys(files).find((p) => p.includes('-pr-101.json'))!]!)!
    expect(stored.predicate.templates[0]).toMatchObject({
      owners: ['@acme/edu-ai'],
      dataHandling: {
        classes: ['student-records'],
        provider: 'openai',
        host: 'api.openai.com',
        region: null,
        verdict: 'not-allowed',
        redactTelemetry: true,
      },
    })
    const { rows } = registerFromRecords(records)
    expect(rows.map((r) => [r.path, r.host, r.verdict, r.lastApproval?.pr, r.lastApproval?.approvers])).toEqual([
      ['prompts/school/progress.prompty', 'api.openai.com', 'not-allowed', 101, ['pia']],
      ['prompts/support/a.prompt.yml', 'models.github.ai', 'unclassified', 102, ['pia']],
    ])
    expect(files[REGISTER_PAGE]).toContain('[#101](../records/')
    expect(files['README.md']).toContain(`[data-class register](${REGISTER_PAGE})`)
    expect(verifyLog({ files, verifierKey }).problems).toEqual([])
    // A hand edit of the page is caught like any derived file.
    const edited = { ...files, [REGISTER_PAGE]: files[REGISTER_PAGE]!.replace('not-allowed', 'allowed') }
    expect(verifyLog({ files: edited, verifierKey }).problems).toMatchObject([{ kind: 'derived', path: REGISTER_PAGE }])
  })

  it('records written before data classes keep verifying, and make no page', () => {
    const result = appendRecord({ records: [] }, sampleInput(0), signer, NOW)
    if (result.duplicate) throw new Error('duplicate')
    expect(result.files[REGISTER_PAGE]).toBeUndefined()
    expect(result.files['README.md']).not.toContain('data-class register')
  })
})

// The four renderers read a finding the same way, and the comment's sections.
import { describe, expect, it } from '@jest/globals'
import { ConfigSchema } from '../../../src/core/config/config.schema.js'
import type { CostEstimate } from '../../../src/core/cost/estimate.js'
import { approvalSummary } from '../../../src/core/report/approval-summary.js'
import { checklistItems } from '../../../src/core/report/checklist.js'
import { renderJson } from '../../../src/core/report/json.js'
import { FINDINGS_SHOWN, renderMarkdown } from '../../../src/core/report/markdown.js'
import { renderSarif } from '../../../src/core/report/sarif.js'
import { renderText } from '../../../src/core/report/text.js'
import { finding, report, template } from '../plan/report-fixture.js'

const quoted = finding({ message: 'Secret-looking value AKIA…XYZ planted', evidence: 'AKIA…XYZ' })
const separate = finding({
  rule: 'pii.email',
  category: 'pii',
  message: 'Email address in added text',
  evidence: 'm***@gmail.com',
  line: 9,
})
const both = report([template('prompts/a.txt', [quoted, separate])])
const sarif = (r: typeof both) => JSON.parse(renderSarif(r, { toolVersion: '1.0.0' })).runs[0]
const count = (text: string, needle: string): number => text.split(needle).length - 1

describe('how a finding reads', () => {
  it.each([
    ['markdown', renderMarkdown(both)],
    ['text', renderText(both)],
    [
      'sarif',
      sarif(both)
        .results.map((r: { message: { text: string } }) => r.message.text)
        .join('\n'),
    ],
  ])('%s prints evidence once when the message already quotes it, and beside the message otherwise', (_name, out) => {
    expect(count(out, 'AKIA…XYZ')).toBe(1)
    expect(count(out, 'm***@gmail.com')).toBe(1)
  })
  it('json keeps message and evidence as fields', () => {
    expect(JSON.parse(renderJson(both)).findings[0]).toMatchObject({ evidence: expect.any(String), message: expect.any(String) })
  })
})

describe('SARIF and base-version lines', () => {
  const removed = finding({
    rule: 'guardrails.removed',
    category: 'guardrails',
    message: 'Guardrail removed',
    line: 40,
    baseLine: true,
  })
  const run = sarif(report([template('prompts/a.txt', [quoted, removed])]))
  it('leaves findings on base-version lines out of the results (code scanning locates results in the head)', () => {
    expect(run.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['injection.override-phrase'])
  })
  it('counts what it left out', () => {
    expect(run.properties).toEqual({ baseVersionFindings: 1 })
  })
})

describe('the PR comment', () => {
  const long = report([
    template(
      'prompts/a.txt',
      Array.from({ length: 12 }, (_, i) => finding({ line: i + 1 })),
    ),
  ])
  it('folds a long finding list into <details>, keeping the first ones visible', () => {
    const md = renderMarkdown(long)
    const [visible, folded] = md.split('<details>')
    expect(count(visible!, '`injection.override-phrase`')).toBe(FINDINGS_SHOWN)
    expect(folded).toContain(`<summary>${12 - FINDINGS_SHOWN} more</summary>`)
    expect(count(folded!, '`injection.override-phrase`')).toBe(12 - FINDINGS_SHOWN)
    expect(md).toContain('</details>')
  })
  it('does not fold a short list', () => {
    expect(renderMarkdown(both)).not.toContain('<details>')
  })

  const config = ConfigSchema.parse({ routing: { high: { approvals: 1, allOwners: true, require: ['@acme/ai-governance'] } } })
  const owned = report([template('prompts/a.txt', [finding()], { owners: ['@acme/support-ai', '@sam'] })])
  it('says who must approve, from the routing policy and the owners, and links the approval check', () => {
    const md = renderMarkdown(owned, {
      approval: approvalSummary(owned, config),
      checksUrl: 'https://github.com/acme/p/pull/4/checks',
    })
    const section = md.slice(md.indexOf('### Approval'), md.indexOf('### Reviewer checklist'))
    expect(section).toContain('[`promptops/approval`](https://github.com/acme/p/pull/4/checks)')
    expect(section).toContain('1 approval from code owners of the changed templates — `@acme/support-ai`, `@sam`')
    expect(section).toContain('approval from required group @\u200bacme/ai-governance — `@acme/ai-governance`')
    expect(section).toMatch(/every owner of every changed template approves/)
  })
  it('says a low-risk change needs no approval', () => {
    const low = report([template('prompts/a.txt', [])])
    expect(renderMarkdown(low, { approval: approvalSummary(low, config) })).toContain(
      'no approval required; the `promptops/approval` check passes by itself',
    )
  })
  it("routes a policy-file change to at least high and names the file's owners", () => {
    const summary = approvalSummary(
      report([template('prompts/a.txt', [])], { policyFiles: ['.github/CODEOWNERS'] }),
      config,
      (p) => (p === '.github/CODEOWNERS' ? ['@acme/security'] : []),
    )
    expect(summary.tier).toBe('high')
    expect(summary.requirements.find((r) => r.description.includes('.github/CODEOWNERS'))?.approvers).toEqual(['@acme/security'])
  })
})

describe('the cost checklist item says what grew', () => {
  const estimate = (model: string, inputTokens: number, usdPerCall: number): CostEstimate => ({
    model,
    inputTokens,
    maxOutputTokens: null,
    method: 'o200k_base',
    usdPerCall,
  })
  const costFinding = finding({
    category: 'cost',
    rule: 'cost.increase',
    severity: 'medium',
    message: 'Estimated cost per call increased',
  })
  const check = (before: CostEstimate, after: CostEstimate): string =>
    checklistItems(report([template('prompts/a.txt', [costFinding], { cost: { before, after } })])).find(
      (i) => i.category === 'cost',
    )!.check
  it('tokens rose on the same model', () => {
    expect(check(estimate('gpt-4o', 100, 0.001), estimate('gpt-4o', 500, 0.005))).toBe(
      'Confirm the token increase is worth its cost',
    )
  })
  it('tokens fell but the new model is dearer', () => {
    const text = check(estimate('gpt-4o-mini', 500, 0.0001), estimate('gpt-4o', 400, 0.002))
    expect(text).not.toMatch(/token increase/)
    expect(text).toMatch(/higher price per call/)
  })
  it('both', () => {
    expect(check(estimate('gpt-4o-mini', 100, 0.0001), estimate('gpt-4o', 400, 0.002))).toMatch(
      /token increase and the new model's higher price/,
    )
  })
})

describe('evidence of another rule never prints a secret it quotes', () => {
  // injection.hidden-unicode shows a terminal colour code as `[U+001B][93m`; the key glued to
  // that `m` was printed whole until the redactor read the rendered escape as a boundary.
  const key = ['sk-', '615ef152bf865a131f88b23571dc4ee6'].join('')
  const evidence = `[U+001B][93m${key}[U+001B][0m`
  const leaky = report([
    template('prompts/log.txt', [finding({ rule: 'injection.hidden-unicode', category: 'injection', evidence })]),
  ])
  it.each([
    ['markdown', renderMarkdown(leaky)],
    ['text', renderText(leaky)],
    ['sarif', renderSarif(leaky, { toolVersion: '1.0.0' })],
  ])('%s', (_name, out) => {
    expect(out).not.toContain(key)
    expect(out).toContain('[REDACTED:openai-api-key]')
  })
})

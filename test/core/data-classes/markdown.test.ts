// The pull-request comment shows each changed classified template's host, verdict and the
// telemetry obligation, and who must approve.
import { describe, expect, it } from '@jest/globals'
import { approvalSummary } from '../../../src/core/report/approval-summary.js'
import { renderMarkdown } from '../../../src/core/report/markdown.js'
import { scoreChanges } from '../../../src/core/engine.js'
import { AZURE_WEU, OPENAI, policyConfig, prompty } from './fixtures.js'

const NOW = new Date('2026-11-24T00:00:00Z')

describe('the PR comment', () => {
  it("has a data-class table and names the class's approvers", () => {
    const config = policyConfig()
    const report = scoreChanges({
      files: [{ path: 'prompts/school/p.prompty', status: 'modified', baseText: prompty(AZURE_WEU), headText: prompty(OPENAI) }],
      config,
      now: NOW,
    })
    const text = renderMarkdown(report, { approval: approvalSummary(report, config) })
    expect(text).toContain(
      '| `prompts/school/p.prompty` | student-records | api.openai.com (openai) | student-records: ❌ not allowed | through `promptops redact` |',
    )
    expect(text).toMatch(/`data\.host-not-allowed` L3: student-records template moves from edu-weu\.openai\.azure\.com/)
    expect(text).toMatch(
      /approval from each student-records approver group \(@\u200bacme\/privacy-office\).* — `@acme\/privacy-office`/,
    )
  })

  it('has none when no changed template has a class', () => {
    const report = scoreChanges({
      files: [{ path: 'prompts/support/a.prompty', status: 'modified', baseText: prompty(AZURE_WEU), headText: prompty(OPENAI) }],
      config: policyConfig(),
      now: NOW,
    })
    expect(renderMarkdown(report)).not.toContain('### Data classes')
  })
})

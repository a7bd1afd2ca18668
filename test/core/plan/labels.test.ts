import { describe, expect, it } from '@jest/globals'
import { ConfigSchema } from '../../../src/core/config/config.schema.js'
import { defaultConfig } from '../../../src/core/config/parse-config.js'
import { labelPrefixes, planLabels } from '../../../src/core/plan/labels.js'
import { finding, report, template } from './report-fixture.js'

const DEFAULT = labelPrefixes(defaultConfig().labels)
const risky = report([
  template('prompts/a.txt', [finding(), finding({ category: 'pii', rule: 'pii.email', severity: 'medium', line: 4 })]),
])

describe('labelPrefixes', () => {
  it('come from labels in promptops.yml', () => {
    const config = ConfigSchema.parse({ labels: { prefix: 'ai-risk', facetPrefix: 'ai' } })
    expect(labelPrefixes(config.labels)).toEqual({ level: 'ai-risk', facet: 'ai' })
    expect(DEFAULT).toEqual({ level: 'prompt-risk', facet: 'prompt' })
  })
  it('the deprecated Action input still overrides the level prefix when set', () => {
    expect(labelPrefixes(defaultConfig().labels, 'legacy')).toEqual({ level: 'legacy', facet: 'prompt' })
    expect(labelPrefixes(defaultConfig().labels, '')).toEqual(DEFAULT)
  })
})

describe('planLabels', () => {
  it('adds one level label and a facet per counted category, with definitions', () => {
    const plan = planLabels(risky, [], DEFAULT)
    expect(plan.add).toEqual(['prompt-risk:high', 'prompt:pii', 'prompt:injection'])
    expect(plan.remove).toEqual([])
    expect(plan.definitions.map((d) => d.name)).toEqual(plan.add)
  })
  it('removes stale labels with our prefixes only, and does not re-add present ones', () => {
    const plan = planLabels(risky, ['bug', 'prompt-risk:low', 'prompt:toxicity', 'prompt:pii', 'prompt-risk:high'], DEFAULT)
    expect(plan.add).toEqual(['prompt:injection'])
    expect(plan.remove).toEqual(['prompt-risk:low', 'prompt:toxicity'])
  })
  it('uses configured prefixes for both adding and removing', () => {
    const plan = planLabels(risky, ['prompt-risk:low', 'ai-risk:low'], { level: 'ai-risk', facet: 'ai' })
    expect(plan.add).toEqual(['ai-risk:high', 'ai:pii', 'ai:injection'])
    expect(plan.remove).toEqual(['ai-risk:low'])
  })
  it('does not label suppressed or informational findings', () => {
    const quiet = report([
      template('prompts/a.txt', [
        finding({ suppressed: { reason: 'reviewed and accepted' } }),
        finding({ category: 'provenance', rule: 'provenance.missing-tag', severity: 'low', informational: true }),
      ]),
    ])
    expect(planLabels(quiet, [], DEFAULT).add).toEqual(['prompt-risk:low'])
  })
})

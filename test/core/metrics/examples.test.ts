// The example eval files in examples/prompt-repo/evals parse and map onto the example
// templates (names read by the real template parser), with nothing left unmatched.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { mapToTemplates, parseEvalResults, type EvalSummary } from '../../../src/core/metrics/index.js'
import { parseTemplate } from '../../../src/core/templates/index.js'

const root = join(import.meta.dirname, '../../../examples/prompt-repo')
const TEMPLATES = [
  'prompts/support/triage.prompt.yml',
  'prompts/support/answer.prompty',
  'prompts/legal/disclaimer.txt',
  'prompts/sales/summarize.prompt',
  'prompts/chat/onboarding.json',
]

describe('examples/prompt-repo/evals', () => {
  it('every example file parses and maps to an example template', () => {
    const files = readdirSync(join(root, 'evals')).filter((f) => f.endsWith('.json'))
    expect(files.length).toBeGreaterThanOrEqual(3)
    const summaries: EvalSummary[] = files.flatMap((f) => {
      const result = parseEvalResults(readFileSync(join(root, 'evals', f), 'utf8'), `evals/${f}`)
      if (!result.ok) throw result.error
      return result.value
    })
    const names: Record<string, string> = {}
    for (const path of TEMPLATES) {
      const name = parseTemplate(path, readFileSync(join(root, path), 'utf8')).metadata.name
      if (name) names[path] = name
    }
    const mapping = mapToTemplates(summaries, TEMPLATES, names)
    expect(mapping.unmatched).toEqual([])
    expect(Object.fromEntries([...mapping.byPath].map(([p, s]) => [p, [Number(s.accuracy.toFixed(4)), s.samples]]))).toEqual({
      'prompts/chat/onboarding.json': [0.97, 30],
      'prompts/legal/disclaimer.txt': [0.5, 2],
      'prompts/support/answer.prompty': [0.88, 64],
      'prompts/support/triage.prompt.yml': [0.923, 122],
    })
    expect(mapping.warnings).toEqual([
      'prompts/support/triage.prompt.yml: pooled 2 eval results (evals/gh-models-triage.json, evals/promptops-results.json)',
    ])
  })
})

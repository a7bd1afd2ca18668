// Eval results parsing: the three formats from hand-written fixtures (sources in
// test/fixtures/evals/README.md), back-to-back documents, and every kind of bad input.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { EvalResultsError, parseEvalResults, type EvalSummary } from '../../../src/core/metrics/index.js'
import { promptRef } from '../../../src/core/metrics/promptfoo.js'
import { HANG_LIMIT_MS } from '../../helpers/hang-limit.js'

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/evals', name), 'utf8')

function parsed(text: string, file = 'evals/results.json'): EvalSummary[] {
  const result = parseEvalResults(text, file)
  if (!result.ok) throw result.error
  return result.value
}

function failure(text: string, file = 'evals/results.json'): EvalResultsError {
  const result = parseEvalResults(text, file)
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`)
  return result.error
}

describe('parseEvalResults: formats', () => {
  it('reads promptfoo --output JSON: pass rate per prompt, path from the label, name for prompty', () => {
    expect(parsed(fixture('promptfoo-output.json'), 'evals/promptfoo.json')).toEqual([
      {
        template: '/home/runner/work/acme/acme/prompts/legal/disclaimer.txt',
        accuracy: 2 / 3,
        samples: 3,
        source: 'promptfoo',
        file: 'evals/promptfoo.json',
        line: 28,
      },
      { template: 'Support answer', accuracy: 1, samples: 2, source: 'promptfoo', file: 'evals/promptfoo.json', line: 88 },
    ])
  })

  it('reads gh models eval --json: passedTests / totalTests, keyed by name', () => {
    expect(parsed(fixture('gh-models-eval.json'))).toEqual([
      { template: 'Support ticket triage', accuracy: 0.75, samples: 4, source: 'gh-models', file: 'evals/results.json', line: 2 },
    ])
  })

  it('reads gh models runs appended to one file (>> in a loop), with their own lines', () => {
    const all = parsed(fixture('gh-models-loop.json'))
    expect(all.map((s) => [s.template, s.accuracy, s.samples, s.line])).toEqual([
      ['Support ticket triage', 1, 1, 2],
      ['Sales call summary', 0.5, 2, 15],
    ])
  })

  it('reads the PromptOps shape with a line per result', () => {
    expect(parsed(fixture('promptops-results.json')).map((s) => [s.template, s.accuracy, s.samples, s.source, s.line])).toEqual([
      ['prompts/support/triage.prompt.yml', 0.93, 120, 'promptops', 4],
      ['prompts/chat/onboarding.json', 0.88, 40, 'promptops', 5],
      ['prompts/retired/legacy.txt', 0.5, 10, 'promptops', 6],
    ])
  })

  it.each<[string, string, Array<[string, number]>]>([
    [
      'a top-level array of gh models outputs',
      JSON.stringify([gh('A', 2, 1), gh('B', 4, 4)]),
      [
        ['A', 0.5],
        ['B', 1],
      ],
    ],
    [
      'JSON Lines of PromptOps documents',
      `${JSON.stringify(po('a.txt', 0.5))}\n${JSON.stringify(po('b.txt', 0.75))}\n`,
      [
        ['a.txt', 0.5],
        ['b.txt', 0.75],
      ],
    ],
    ['a BOM and CRLF line ends', `\ufeff${JSON.stringify(po('a.txt', 0.5), null, 2).replaceAll('\n', '\r\n')}`, [['a.txt', 0.5]]],
    ['gh models with no tests (passRate 100, no samples)', JSON.stringify(gh('Empty', 0, 0)), [['Empty', 1]]],
    ['promptfoo with no rows', JSON.stringify({ evalId: null, results: { version: 3, results: [], stats: {} } }), []],
  ])('reads %s', (_name, text, want) => {
    expect(parsed(text).map((s) => [s.template, s.accuracy])).toEqual(want)
  })

  it('pools promptfoo rows of one prompt across providers, errors counting as failures', () => {
    const row = (provider: string, success: boolean) => ({
      provider: { id: provider },
      prompt: { raw: 'x', label: 'prompts/a.txt: x' },
      success,
      score: success ? 1 : 0,
      failureReason: success ? 0 : 2,
    })
    const text = JSON.stringify({
      results: {
        results: [
          row('openai:gpt-4o', true),
          row('anthropic:claude', false),
          row('openai:gpt-4o', true),
          row('anthropic:claude', true),
        ],
      },
    })
    expect(parsed(text)).toMatchObject([{ template: 'prompts/a.txt', accuracy: 0.75, samples: 4 }])
  })
})

describe('promptRef: how promptfoo names a prompt', () => {
  it.each<[string, Parameters<typeof promptRef>[0], string]>([
    ['a text file label', { raw: 'Hi', label: 'prompts/a.txt: Hi {{name}}' }, 'prompts/a.txt'],
    ['a labelled text file', { raw: 'Hi', label: 'greeting: prompts/a.txt: Hi' }, 'prompts/a.txt'],
    ['a YAML file label', { raw: '{}', label: 'prompts/chat.yaml: [{"role":"user"}]' }, 'prompts/chat.yaml'],
    ['a file:// id', { raw: 'x', label: 'custom', id: 'file://prompts/b.md' }, 'prompts/b.md'],
    ['a prompty name', { raw: '[]', label: 'Support answer' }, 'Support answer'],
    ['a user label with a colon and no path', { raw: 'x', label: 'v2: shorter answers' }, 'v2: shorter answers'],
    ['the old display field', { raw: 'x', display: 'prompts/c.txt: x' }, 'prompts/c.txt'],
    ['an inline prompt without label', { raw: 'Summarise {{text}}' }, 'Summarise {{text}}'],
  ])('%s', (_name, prompt, want) => {
    expect(promptRef(prompt)).toBe(want)
  })
})

describe('parseEvalResults: bad input names the file and line', () => {
  it.each<[string, string, number, RegExp]>([
    ['invalid JSON (missing comma)', fixture('invalid-json.json'), 6, /invalid JSON: unexpected "\{"/],
    ['an empty file', '  \n', 1, /empty file/],
    ['a truncated file', '{\n  "promptops": 1,\n  "results": [\n', 4, /invalid JSON: unexpected end of input/],
    ['garbage after a document', '{"promptops": 1, "results": []}\nnot json', 2, /invalid JSON/],
    ['a scalar', '42', 1, /not a recognised eval results document/],
    ['an unknown object', '{\n  "passed": 3,\n  "total": 4\n}', 1, /not a recognised eval results document: expected promptfoo/],
    ['a PromptOps version 2', '{\n  "promptops": 2,\n  "results": []\n}', 2, /unsupported version/],
    [
      'accuracy as a percentage',
      '{\n  "promptops": 1,\n  "results": [\n    { "template": "a.txt", "accuracy": 93, "samples": 10 }\n  ]\n}',
      4,
      /results\.0\.accuracy: .*1/,
    ],
    [
      'a misspelt key',
      '{\n  "promptops": 1,\n  "results": [\n    { "template": "a.txt", "acuracy": 0.9, "samples": 10 }\n  ]\n}',
      4,
      /results\.0/,
    ],
    ['a missing template', '{"promptops":1,"results":[{"accuracy":0.9,"samples":1}]}', 1, /results\.0\.template/],
    [
      'gh models without summary counts',
      '{\n  "name": "x",\n  "testResults": [],\n  "summary": {\n    "passRate": 50\n  }\n}',
      4,
      /summary\.totalTests/,
    ],
    [
      'gh models with passed > total',
      '{\n  "name": "x",\n  "testResults": [],\n  "summary": {\n    "totalTests": 2,\n    "passedTests": 3,\n    "passRate": 100\n  }\n}',
      6,
      /passedTests \(3\) exceeds summary\.totalTests \(2\)/,
    ],
    [
      'promptfoo rows without success',
      '{\n  "results": {\n    "results": [\n      { "prompt": { "label": "a" } }\n    ]\n  }\n}',
      4,
      /results\.results\.0\.success/,
    ],
    ['a bad item in an array', `[\n${JSON.stringify(gh('ok', 1, 1))},\n{"x": 1}\n]`, 3, /not a recognised/],
  ])('%s', (_name, text, line, message) => {
    const error = failure(text, 'evals/bad.json')
    expect(error).toBeInstanceOf(EvalResultsError)
    expect(error.code).toBe('eval-results-invalid')
    expect(error.file).toBe('evals/bad.json')
    expect({ line: error.line, message: error.message }).toMatchObject({ line, message: expect.stringMatching(message) })
    expect(error.message.startsWith(`evals/bad.json:${line}: `)).toBe(true)
  })

  it('stays fast on ~1 MB hostile input', () => {
    const cases = [
      '['.repeat(1_000_000),
      `{"results": {"results": [${Array.from({ length: 5000 }, () => JSON.stringify({ prompt: { label: `${'a/: '.repeat(50)}x` }, success: true })).join(',')}]}}`,
      `"${'\\"'.repeat(500_000)}`,
      `${'{"promptops":1,"results":[]}'.repeat(30_000)}`,
      `{"promptops": 1, "results": [{"template": "${'/'.repeat(1_000_000)}", "accuracy": 1, "samples": 1}]}`,
    ]
    const start = performance.now()
    for (const text of cases) parseEvalResults(text, 'hostile.json')
    expect(performance.now() - start).toBeLessThan(HANG_LIMIT_MS)
  })
})

function gh(name: string, total: number, passed: number) {
  return {
    name,
    description: '',
    model: 'openai/gpt-4o-mini',
    testResults: [],
    summary: {
      totalTests: total,
      passedTests: passed,
      failedTests: Math.max(0, total - passed),
      passRate: total ? (passed / total) * 100 : 100,
    },
  }
}

function po(template: string, accuracy: number) {
  return { promptops: 1, results: [{ template, accuracy, samples: 10 }] }
}

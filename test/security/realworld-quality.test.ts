// The engine's judgment on real public templates and commits (test/fixtures/realworld; results
// in docs/detectors.md, `npm run eval -- realworld`). Texts are not stored in this repository:
// they are read from .cache/realworld or local mirrors of the source repositories (see
// test/fixtures/README.md). Without them the floor cannot be measured and is skipped with a
// warning; the evaluation logic itself is always tested on a small synthetic corpus below.
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { blobStore, gitBlobId } from '../../scripts/eval/realworld/blobs.js'
import { loadCorpus, type Corpus } from '../../scripts/eval/realworld/corpus.js'
import { renderRealworldConsole } from '../../scripts/eval/realworld/report.js'
import { evaluateCorpus, type CaseResult } from '../../scripts/eval/realworld/run.js'
import { figures } from '../../scripts/eval/realworld/summary.js'

const ROOT = join(import.meta.dirname, '../..')
const corpus = loadCorpus(join(ROOT, 'test/fixtures/realworld'))
const store = blobStore(join(ROOT, '.cache/realworld'), process.env.PROMPTOPS_MIRROR ?? '/work/.mirror')
const missing = store.missing(corpus)
if (missing.length > 0)
  console.warn(`realworld floor skipped: ${missing.length} corpus texts unavailable (see test/fixtures/README.md)`)

/** Measured with `npm run eval -- realworld` (docs/detectors.md); raise when judgment improves. */
const FLOOR = { maxBenignHighShare: 0.05, maxFalseAlarms: 5, minTemplates: 300, minCommits: 40, minSources: 25 }

describe('real-world corpus manifest', () => {
  it('has the size the issue asks for, split by source into dev and test', () => {
    expect(corpus.templates.length).toBeGreaterThanOrEqual(FLOOR.minTemplates)
    expect(corpus.commits.length).toBeGreaterThanOrEqual(FLOOR.minCommits)
    expect(corpus.sources.length).toBeGreaterThanOrEqual(FLOOR.minSources)
    const splits = new Set(corpus.sources.map((s) => s.split))
    expect([...splits].sort()).toEqual(['dev', 'test'])
    for (const t of corpus.templates) expect(corpus.sources.some((s) => s.repo === t.repo)).toBe(true)
  })
  it('labels every finding with a note', () => {
    for (const l of corpus.labels) expect(l.note.length).toBeGreaterThan(10)
  })
})

;(missing.length === 0 ? describe : describe.skip)('real-world judgment floor', () => {
  const cases = evaluateCorpus(corpus, store.read)
  const all = figures(cases)
  it('rates at most 5% of benign real templates high or critical, in each split', () => {
    expect(all.benignHighShare).toBeLessThanOrEqual(FLOOR.maxBenignHighShare)
    for (const split of ['dev', 'test'] as const)
      expect(figures(cases.filter((c) => c.split === split)).benignHighShare).toBeLessThanOrEqual(FLOOR.maxBenignHighShare)
  })
  it('has every high or critical finding labelled by hand, and no more false alarms than measured', () => {
    expect(
      cases
        .flatMap((c) => c.findings)
        .filter((f) => f.verdict === 'unlabelled')
        .map((f) => f.key),
    ).toEqual([])
    expect(all.falseAlarms).toBeLessThanOrEqual(FLOOR.maxFalseAlarms)
  })
  it('rates no real commit critical unless it weakens governance or adds a secret, PII, injection or guardrail removal', () => {
    expect(cases.filter((c) => c.unjustifiedCritical).map((c) => c.id)).toEqual([])
  })
})

describe('real-world evaluation logic', () => {
  const texts = new Map([
    ['a1', 'Summarise the text.\n'],
    ['b1', 'Use the key sk-proj-' + 'T3BlbkFJ' + 'q8ZxW2mN5vR7tY1uI3oP6aS9dF4gH0jK' + 'L2zX5cV8bN1mQ4wE7rT now.\n'],
    ['c1', 'model: openai/gpt-4o\nmessages:\n  - role: system\n    content: Be brief.\n'],
    ['c2', 'model: openai/gpt-4o-mini\nmessages:\n  - role: system\n    content: Be brief.\n'],
  ])
  const synthetic: Corpus = {
    sources: [{ repo: 'o/a', commit: 'x', split: 'dev', licence: 'MIT' }],
    templates: [
      { id: 'o/a:prompts/a.txt', repo: 'o/a', path: 'prompts/a.txt', blob: 'a1', commit: 'x' },
      { id: 'o/a:prompts/b.txt', repo: 'o/a', path: 'prompts/b.txt', blob: 'b1', commit: 'x' },
    ],
    commits: [
      {
        id: 'o/a@1',
        repo: 'o/a',
        commit: '1',
        parent: '0',
        files: [{ path: 'p.prompt.yml', status: 'M', baseBlob: 'c1', headBlob: 'c2' }],
      },
    ],
    labels: [{ key: 'o/a:prompts/b.txt|prompts/b.txt|secrets.openai-api-key|1', real: true, note: 'a planted key (synthetic)' }],
  }
  const cases = evaluateCorpus(synthetic, (_repo, blob) => texts.get(blob) ?? null)
  it('judges templates as added files and commits as pull requests', () => {
    expect(cases.map((c) => [c.id, c.level, c.benign])).toEqual([
      ['o/a:prompts/a.txt', 'low', true],
      ['o/a:prompts/b.txt', 'critical', false],
      ['o/a@1', 'medium', true],
    ])
    expect(figures(cases)).toMatchObject({
      templates: 2,
      benignTemplates: 1,
      benignHighOrCritical: 0,
      realFindings: 1,
      unlabelled: 0,
      commits: 1,
    })
  })
  it('counts an unlabelled high finding, and its template as benign-but-high', () => {
    const unlabelled = evaluateCorpus({ ...synthetic, labels: [] }, (_repo, blob) => texts.get(blob) ?? null)
    expect(figures(unlabelled)).toMatchObject({ unlabelled: 1, benignHighOrCritical: 1 })
  })
  it("lists the test split's false alarms only when asked, as the eval hides test misses", () => {
    const alarm = (split: 'dev' | 'test', key: string): CaseResult => ({
      ...(cases[1] as CaseResult),
      id: key,
      split,
      findings: [{ ...(cases[1]?.findings[0] as CaseResult['findings'][number]), key, verdict: 'false-alarm' }],
    })
    const both = [alarm('dev', 'dev-case'), alarm('test', 'test-case')]
    const shown = renderRealworldConsole(both)
    expect(shown).toContain('false alarm dev-case')
    expect(shown).not.toContain('false alarm test-case')
    expect(shown).toContain('1 test-split false alarms not listed (--show-test-misses)')
    expect(renderRealworldConsole(both, 40, true)).toContain('false alarm test-case')
  })
  it('identifies cached texts by their git blob id', () => {
    expect(gitBlobId('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a')
  })
})

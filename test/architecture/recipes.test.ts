// The recipes of docs/architecture.md, followed in a test: a fixture detector with its own rule
// runs through the engine's extension point, every template format follows the "Add a format"
// steps, and a fixture output renders a report the way the real renderers do. If an extension
// point moves, this test fails and the recipe must be rewritten with it.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { ConfigSchema } from '../../src/core/config/config.schema.js'
import { defaultConfig } from '../../src/core/config/parse-config.js'
import type { Detector, RuleMeta } from '../../src/core/detect/detector.js'
import { scoreChanges } from '../../src/core/engine.js'
import { findingText } from '../../src/core/report/finding-text.js'
import type { Report } from '../../src/core/report/types.js'
import { ALL_RULES, DETECTORS } from '../../src/core/rules/index.js'
import { detectFormat, parseTemplate } from '../../src/core/templates/index.js'
import { CATEGORIES, type FileChange, type TemplateFormat } from '../../src/core/types.js'
import { FORMATS, render } from '../../src/cli/report-output.js'
import type { CliIo } from '../../src/cli/io.js'

// --- Add a detector / Add a rule -------------------------------------------------------------

const TODO_RULE: RuleMeta = {
  id: 'schema.todo-left-in',
  category: 'schema',
  severity: 'medium',
  title: 'A TODO was left in the prompt',
  help: 'The model reads the TODO as an instruction. Finish the text or remove the note.',
}

const todoDetector: Detector = {
  id: 'todo',
  category: 'schema',
  rules: [TODO_RULE],
  detect(change) {
    return change.lines.added
      .filter((l) => /\bTODO\b/.test(l.text))
      .map((l) => ({
        rule: TODO_RULE.id,
        severity: TODO_RULE.severity,
        line: l.line,
        message: 'TODO left in the prompt',
        evidence: l.text.trim(),
      }))
  },
}

const NOW = new Date('2026-06-01T00:00:00Z')
const change = (path: string, baseText: string, headText: string): FileChange => ({
  path,
  status: 'modified',
  baseText,
  headText,
})
const PLAIN = change(
  'prompts/support.txt',
  'You help Acme customers.\n',
  'You help Acme customers.\nTODO: add the refund policy\n',
)

const score = (files: FileChange[], config = defaultConfig(), detectors = [...DETECTORS, todoDetector]): Report =>
  scoreChanges({ files, config, now: NOW, detectors })

describe('recipe: add a detector and its rule', () => {
  it('a detector passed to the engine reports on the head line, with its rule’s category and severity', () => {
    const found = score([PLAIN]).findings.filter((f) => f.rule === TODO_RULE.id)
    expect(found).toEqual([
      expect.objectContaining({ category: 'schema', severity: 'medium', path: 'prompts/support.txt', line: 2 }),
    ])
  })
  it('is not run unless listed: the registry (src/core/rules/index.ts) is the default list', () => {
    expect(
      scoreChanges({ files: [PLAIN], config: defaultConfig(), now: NOW }).findings.some((f) => f.rule === TODO_RULE.id),
    ).toBe(false)
  })
  it('config reaches the new rule with no other wiring: severity overrides and "off"', () => {
    const raised = score([PLAIN], ConfigSchema.parse({ rules: { [TODO_RULE.id]: 'critical' } }))
    expect(raised.findings.find((f) => f.rule === TODO_RULE.id)?.severity).toBe('critical')
    expect(raised.level).toBe('critical')
    const off = score([PLAIN], ConfigSchema.parse({ rules: { [TODO_RULE.id]: 'off' } }))
    expect(off.findings.some((f) => f.rule === TODO_RULE.id)).toBe(false)
  })
  it('every registered rule follows the recipe: `<category>.<name>`, unique, a known category, listed in ALL_RULES', () => {
    const ids = ALL_RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    // `parse-error` predates the naming scheme and is part of the contract (docs/contract.md).
    const misnamed = ALL_RULES.filter(
      (r) => r.id !== 'parse-error' && (!CATEGORIES.includes(r.category) || !r.id.startsWith(`${r.category}.`) || r.title === ''),
    )
    expect(misnamed.map((r) => `${r.id} (${r.category})`)).toEqual([])
    for (const d of DETECTORS) for (const r of d.rules) expect(ids).toContain(r.id)
  })
})

// --- Add a format ------------------------------------------------------------------------------

/** One sample per format. `satisfies Record<TemplateFormat, …>`: a format added to the union
 * without a row here does not compile (npm test runs tsc first). */
const SAMPLES = {
  'github-models': {
    path: 'prompts/a.prompt.yml',
    heading: '## GitHub Models',
    text: 'messages:\n  - role: system\n    content: You help.\n  - role: user\n    content: "{{question}}"\n',
  },
  prompty: {
    path: 'prompts/a.prompty',
    heading: '## Prompty',
    text: '---\nname: A\n---\nsystem:\nYou help.\n\nuser:\n{{question}}\n',
  },
  dotprompt: {
    path: 'prompts/a.prompt',
    heading: '## Dotprompt',
    text: '---\nmodel: googleai/gemini-1.5-flash\n---\n{{role "system"}}\nYou help.\n{{role "user"}}\n{{question}}\n',
  },
  plain: { path: 'prompts/a.txt', heading: '## Plain templates', text: 'You help.\n{{question}}\n' },
  'json-chat': {
    path: 'prompts/a.json',
    heading: '## JSON templates',
    text: '{"messages": [{"role": "system", "content": "You help."}, {"role": "user", "content": "{{question}}"}]}\n',
  },
} satisfies Record<TemplateFormat, { path: string; heading: string; text: string }>

const FORMATS_DOC = readFileSync('docs/formats.md', 'utf8')

describe('recipe: add a format', () => {
  it.each(Object.entries(SAMPLES))(
    '%s: detected by name, parsed without errors, documented, scored by line',
    (format, sample) => {
      expect(detectFormat(sample.path)).toBe(format)
      const template = parseTemplate(sample.path, sample.text)
      expect(template).toMatchObject({ format, parseErrors: [] })
      expect(template.messages.length).toBeGreaterThan(0)
      expect(template.variables.map((v) => v.name)).toContain('question')
      expect(FORMATS_DOC).toContain(sample.heading)
      // A line added to the system text is found by a detector on its own file line.
      const lines = sample.text.split('\n')
      const at = lines.findIndex((l) => l.includes('You help.'))
      const head = lines.map((l, i) => (i === at ? l.replace('You help.', 'You help. TODO: tone') : l)).join('\n')
      const found = score([change(sample.path, sample.text, head)]).findings.filter((f) => f.rule === TODO_RULE.id)
      expect(found.map((f) => f.line)).toEqual([at + 1])
    },
  )
})

// --- Add an output -----------------------------------------------------------------------------

/** A fixture output: one CSV row per finding, built on findingText like every real renderer. */
function renderCsv(report: Report): string {
  const cell = (s: string): string => `"${s.replaceAll('"', '""')}"`
  const rows = report.findings.map((f) => {
    const { message, evidence } = findingText(f)
    return [f.path, String(f.line), f.rule, f.severity, message, evidence ?? ''].map(cell).join(',')
  })
  return ['path,line,rule,severity,message,evidence', ...rows].join('\n')
}

const io: CliIo = {
  stdout: () => {},
  stderr: () => {},
  readStdin: async () => '',
  cwd: '.',
  isTTY: false,
  now: () => NOW,
  env: {},
}

describe('recipe: add an output', () => {
  const report = score([PLAIN])
  it('a renderer is a pure function of the report; findingText decides how a finding reads', () => {
    const csv = renderCsv(report).split('\n')
    expect(csv).toHaveLength(report.findings.length + 1)
    expect(csv.find((row) => row.includes(TODO_RULE.id))).toBe(
      '"prompts/support.txt","2","schema.todo-left-in","medium","TODO left in the prompt","TODO: add the refund policy"',
    )
  })
  it('evidence the message already quotes is not repeated (the one helper, shared by all renderers)', () => {
    const quoting = { ...report, findings: report.findings.map((f) => ({ ...f, message: `${f.message}: ${f.evidence ?? ''}` })) }
    expect(renderCsv(quoting)).not.toMatch(/TODO: add the refund policy.*TODO: add the refund policy/)
  })
  it.each(FORMATS)('the CLI renders --format %s through the same report', (format) => {
    expect(render(report, format, io)).toContain('support.txt')
  })
})

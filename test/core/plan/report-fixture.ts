// Small hand-built reports for the plan and renderer tables: just the fields they read.
import { defaultConfig } from '../../../src/core/config/parse-config.js'
import { assembleReport } from '../../../src/core/report/assemble.js'
import { counts } from '../../../src/core/scoring/score.js'
import type { Report, TemplateReport } from '../../../src/core/report/types.js'
import type { Finding, Level } from '../../../src/core/types.js'

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    category: 'injection',
    rule: 'injection.override-phrase',
    severity: 'high',
    message: 'Planted override phrase',
    path: 'prompts/a.txt',
    line: 3,
    ...overrides,
  }
}

export function template(path: string, findings: Finding[], overrides: Partial<TemplateReport> = {}): TemplateReport {
  const counted = findings.filter(counts)
  const level: Level = counted.some((f) => f.severity === 'critical')
    ? 'critical'
    : counted.some((f) => f.severity === 'high')
      ? 'high'
      : counted.length > 0
        ? 'medium'
        : 'low'
  return {
    path,
    status: 'modified',
    format: 'plain',
    level,
    score: 0,
    explanation: [],
    findings,
    linesAdded: 1,
    linesRemoved: 0,
    cost: { before: null, after: null },
    variables: { added: [], removed: [], renamed: [] },
    modelChanges: [],
    provenance: {},
    owners: [],
    digest: { base: 'b', head: 'h' },
    ...overrides,
  }
}

/** A report over the given templates (their findings are the report's findings). */
export function report(templates: TemplateReport[], extra: { findings?: Finding[]; policyFiles?: string[] } = {}): Report {
  const findings = [...templates.flatMap((t) => t.findings), ...(extra.findings ?? [])]
  return assembleReport({ templates, findings, policyFiles: extra.policyFiles ?? [], ignored: [] }, defaultConfig())
}

export const EMPTY_REPORT: Report = report([])

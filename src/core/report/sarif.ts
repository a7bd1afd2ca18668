// SARIF 2.1.0 for GitHub code scanning: one run, every registered rule with help text,
// one result per finding located in the head version. Suppressed findings carry a SARIF
// suppression with the reason.
//
// Findings on base-version lines (removals, e.g. `guardrails.removed`, or a deleted
// template) are left out: code scanning locates every result in the head commit, so a base
// line number would pin the finding to an unrelated head line, and a deleted file has no
// head line at all. They stay in the PR comment, the check run summary and the JSON report;
// the run's `properties.baseVersionFindings` counts them so the omission is visible.
import { ALL_RULES } from '../rules/index.js'
import type { Finding, Level } from '../types.js'
import { findingText } from './finding-text.js'
import { safe } from './sanitize.js'
import type { Report } from './types.js'

const SARIF_LEVEL: Record<Level, 'note' | 'warning' | 'error'> = {
  low: 'note',
  medium: 'warning',
  high: 'error',
  critical: 'error',
}
/** GitHub maps `security-severity` to its own critical/high/medium/low. */
const SECURITY_SEVERITY: Record<Level, string> = { low: '2.0', medium: '5.0', high: '7.5', critical: '9.5' }

export interface SarifOptions {
  toolVersion: string
  informationUri?: string
}

export function renderSarif(report: Report, options: SarifOptions): string {
  const rules = ALL_RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/[.-](\w)/g, (_m, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: r.help },
    help: { text: r.help, markdown: `**${r.title}** (${r.category})\n\n${r.help}` },
    defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
    properties: { tags: ['promptops', r.category], 'security-severity': SECURITY_SEVERITY[r.severity], precision: 'high' },
  }))
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const located = report.findings.filter((f) => !f.baseLine)
  const results = located.map((f) => result(f, index.get(f.rule)))
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'PromptOps',
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            informationUri: options.informationUri ?? 'https://github.com/promptops/promptops',
            rules,
          },
        },
        automationDetails: { id: 'promptops/risk/' },
        results,
        properties: { baseVersionFindings: report.findings.length - located.length },
      },
    ],
  }
  return JSON.stringify(sarif, null, 2)
}

function result(f: Finding, ruleIndex: number | undefined): Record<string, unknown> {
  const { message, evidence } = findingText(f)
  const text = evidence === null ? message : `${message} (${evidence})`
  return {
    ruleId: f.rule,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: SARIF_LEVEL[f.severity],
    message: { text },
    locations: [
      { physicalLocation: { artifactLocation: { uri: encodeURI(f.path) }, region: { startLine: Math.max(1, f.line) } } },
    ],
    partialFingerprints: {
      promptopsFinding: `${f.rule}:${f.path}:${f.evidence ? safe(f.evidence) : f.line}`,
      ...(f.fingerprint ? { 'promptopsContent/v1': f.fingerprint } : {}),
    },
    properties: { category: f.category, severity: f.severity },
    ...(f.suppressed ? { suppressions: [{ kind: 'external', justification: safe(f.suppressed.reason) }] } : {}),
  }
}

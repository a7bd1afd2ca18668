// The accuracy table for the PR comment: each template's eval accuracy next to the last
// merged value, so reviewers see the change whether or not it is a regression.
import type { TemplateAccuracy } from './attach.js'
import { num, signed } from './findings.js'

export function renderAccuracyMarkdown(metricsByPath: Readonly<Record<string, TemplateAccuracy>>, tolerance: number): string {
  const rows = Object.entries(metricsByPath)
  if (rows.length === 0) return ''
  const lines = rows.map(([path, m]) => {
    const change =
      m.previous === null
        ? 'first measurement'
        : `${signed(m.accuracy - m.previous)}${m.previous - m.accuracy - tolerance > 1e-9 && m.samples > 0 ? ' ⚠️' : ''}`
    return `| ${cell(path)} | ${num(m.accuracy)} | ${m.previous === null ? '—' : num(m.previous)} | ${change} | ${m.samples} | ${cell(m.source)} |`
  })
  return [
    '| template | accuracy | last merged | change | samples | source |',
    '|---|---:|---:|---|---:|---|',
    ...lines,
    '',
    `Tolerance: a drop of more than ${num(tolerance)} is a \`model.accuracy-regression\` finding.`,
    '',
  ].join('\n')
}

/** A table cell holding user-controlled text: a code span with pipes and breaks neutralised. */
const cell = (s: string): string => `\`${s.replace(/[`|\r\n]/g, (c) => (c === '|' ? '\\|' : "'"))}\``

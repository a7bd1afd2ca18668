// The `promptops/risk` check run: conclusion, summary and line annotations. GitHub takes
// at most 50 annotations per request, so they are returned in batches.
import type { Report } from '../report/types.js'
import { findingSentence } from '../report/finding-text.js'
import { levelRank, type Finding, type Level } from '../types.js'

export const RISK_CHECK_NAME = 'promptops/risk'
const MAX_ANNOTATIONS_PER_REQUEST = 50
/** GitHub shows at most 1,000 annotations per check run; more would be dropped silently. */
const MAX_ANNOTATIONS = 1000

export interface Annotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'notice' | 'warning' | 'failure'
  title: string
  message: string
}

export interface CheckRunPlan {
  name: string
  conclusion: 'success' | 'neutral' | 'failure'
  title: string
  summary: string
  annotationBatches: Annotation[][]
}

const ANNOTATION_LEVEL: Record<Level, Annotation['annotation_level']> = {
  low: 'notice',
  medium: 'warning',
  high: 'failure',
  critical: 'failure',
}

export function toAnnotation(f: Finding): Annotation {
  const line = Math.max(1, f.line)
  return {
    path: f.path,
    start_line: line,
    end_line: line,
    annotation_level: f.suppressed || f.informational ? 'notice' : ANNOTATION_LEVEL[f.severity],
    title: `${f.severity}: ${f.rule}`,
    message: findingSentence(f).slice(0, 64_000),
  }
}

export function planCheckRun(report: Report, failOn: Level | undefined, summaryMarkdown: string): CheckRunPlan {
  const annotations = report.findings
    .filter((f) => !f.baseLine)
    .slice(0, MAX_ANNOTATIONS)
    .map(toAnnotation)
  const batches: Annotation[][] = []
  for (let i = 0; i < annotations.length; i += MAX_ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(i, i + MAX_ANNOTATIONS_PER_REQUEST))
  const failed = failOn !== undefined && levelRank(report.level) >= levelRank(failOn)
  return {
    name: RISK_CHECK_NAME,
    conclusion: failed ? 'failure' : report.level === 'low' ? 'success' : 'neutral',
    title: `Prompt risk ${report.level} (score ${report.score}/100, ${report.counts.findings} finding${report.counts.findings === 1 ? '' : 's'})`,
    summary: summaryMarkdown.slice(0, 65_000),
    annotationBatches: batches,
  }
}

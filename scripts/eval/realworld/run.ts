// Runs the engine over the real-world corpus as a user would: every template as a newly added
// file (`promptops scan`), every commit as a pull request from its parent. Each counted high or
// critical finding is looked up in the hand labels; what is not labelled is reported as such.
import { defaultConfig } from '../../../src/core/config/parse-config.js'
import { scoreChanges } from '../../../src/core/engine.js'
import type { Report } from '../../../src/core/report/types.js'
import { levelRank, type FileChange, type Finding, type Level } from '../../../src/core/types.js'
import { NO_BLOB, type BlobReader, type CommitRef, type Corpus, type Label, type Split, type TemplateRef } from './corpus.js'

const NOW = new Date('2026-01-01T00:00:00Z')
/** Categories that may make a real commit critical (the acceptance rule). */
export const CRITICAL_WORTHY = new Set(['secrets', 'pii', 'injection', 'guardrails', 'policy'])

export type Verdict = 'real' | 'false-alarm' | 'unlabelled'

export interface JudgedFinding {
  key: string
  rule: string
  category: string
  severity: Level
  path: string
  line: number
  message: string
  verdict: Verdict
}

export interface CaseResult {
  id: string
  repo: string
  split: Split
  kind: 'template' | 'commit'
  level: Level
  findings: JudgedFinding[]
  /** Templates: no finding labelled real. Commits: critical only for a real governance/secret/PII/injection/guardrail finding. */
  benign: boolean
  /** Commits: critical without a real critical-worthy finding. */
  unjustifiedCritical: boolean
}

const counted = (f: Finding): boolean => !f.informational && !f.suppressed
const highOrAbove = (l: Level): boolean => levelRank(l) >= levelRank('high')

function judge(caseId: string, report: Report, labels: ReadonlyMap<string, Label>): JudgedFinding[] {
  return report.findings
    .filter((f) => counted(f) && highOrAbove(f.severity))
    .map((f) => {
      const key = `${caseId}|${f.path}|${f.rule}|${f.line}`
      const label = labels.get(key)
      const verdict: Verdict = label === undefined ? 'unlabelled' : label.real ? 'real' : 'false-alarm'
      return {
        key,
        rule: f.rule,
        category: f.category,
        severity: f.severity,
        path: f.path,
        line: f.line,
        message: f.message,
        verdict,
      }
    })
}

function score(files: FileChange[]): Report {
  return scoreChanges({ files, config: defaultConfig(), now: NOW, governAll: true })
}

function templateCase(t: TemplateRef, split: Split, read: BlobReader, labels: ReadonlyMap<string, Label>): CaseResult {
  const text = read(t.repo, t.blob) ?? ''
  const report = score([{ path: t.as ?? t.path, status: 'added', baseText: null, headText: text }])
  const findings = judge(t.id, report, labels)
  const benign = !findings.some((f) => f.verdict === 'real')
  return { id: t.id, repo: t.repo, split, kind: 'template', level: report.level, findings, benign, unjustifiedCritical: false }
}

function commitFiles(c: CommitRef, read: BlobReader): FileChange[] {
  return c.files.map((f) => {
    const baseText = NO_BLOB.test(f.baseBlob) ? null : read(c.repo, f.baseBlob)
    const headText = NO_BLOB.test(f.headBlob) ? null : read(c.repo, f.headBlob)
    const status = baseText === null ? 'added' : headText === null ? 'removed' : 'modified'
    return { path: f.as ?? f.path, status, baseText, headText }
  })
}

function commitCase(c: CommitRef, split: Split, read: BlobReader, labels: ReadonlyMap<string, Label>): CaseResult {
  const report = score(commitFiles(c, read))
  const findings = judge(c.id, report, labels)
  const justified = findings.some((f) => f.severity === 'critical' && f.verdict === 'real' && CRITICAL_WORTHY.has(f.category))
  const unjustifiedCritical = report.level === 'critical' && !justified
  return {
    id: c.id,
    repo: c.repo,
    split,
    kind: 'commit',
    level: report.level,
    findings,
    benign: !findings.some((f) => f.verdict === 'real'),
    unjustifiedCritical,
  }
}

export function evaluateCorpus(corpus: Corpus, read: BlobReader): CaseResult[] {
  const splitOf = new Map(corpus.sources.map((s) => [s.repo, s.split]))
  const labels = new Map(corpus.labels.map((l) => [l.key, l]))
  const split = (repo: string): Split => splitOf.get(repo) ?? 'dev'
  return [
    ...corpus.templates.map((t) => templateCase(t, split(t.repo), read, labels)),
    ...corpus.commits.map((c) => commitCase(c, split(c.repo), read, labels)),
  ]
}

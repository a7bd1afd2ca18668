// Markdown pages that make the audit branch browsable in GitHub's UI. Pure functions of the
// records, so `verify` can regenerate them and flag any hand edit.
import type { AuditRecord } from './record.schema.js'
import { recordPath } from './record.js'
import {
  CHECKPOINT_PATH,
  REGISTER_PAGE,
  ROOT_README,
  TEMPLATE_INDEX,
  monthPagePath,
  relativeLink,
  templatePagePath,
} from './layout.js'
import {
  RECORD_TABLE_HEAD,
  approvers,
  codeSpan,
  commitUrl,
  escapeMd,
  prUrl,
  recordRow,
  repoUrl,
  type IndexOptions,
} from './markdown.js'
import { slaSection, templateChartBlocks } from './charts.js'

const LATEST = 50

export function renderRootReadme(records: readonly AuditRecord[], opts: IndexOptions, withRegister = false): string {
  const last = records[records.length - 1]
  const repo = last ? `[${escapeMd(last.predicate.repository)}](${repoUrl(opts, last.predicate.repository)})` : 'this repository'
  const latest = records
    .slice(-LATEST)
    .reverse()
    .map((r) => recordRow(ROOT_README, r, opts))
  return [
    '# PromptOps audit log',
    '',
    `This branch is the append-only audit log of ${repo}, written by PromptOps. Each merged pull request`,
    'that changed a governed prompt template adds exactly one record under `records/`; records are never',
    'rewritten or removed. A record is an in-toto Statement (predicate `https://promptops.dev/audit-record/v1`)',
    'holding digests and redacted findings only. Records are chained by `prevHash`, and an RFC 6962 Merkle',
    `tree over them is committed to by the signed [\`checkpoint\`](${CHECKPOINT_PATH}) (a C2SP signed note).`,
    '',
    `**Records:** ${records.length}`,
    '',
    '## Verifier key',
    '',
    '```',
    opts.verifierKey,
    '```',
    '',
    '## How to verify',
    '',
    '1. Keep a copy of the verifier key above outside this repository, and of the current `checkpoint`.',
    '2. Run `promptops audit verify --repo . --key <verifier key> --github-repo <owner/name>` on a clone of',
    '   this branch. It recomputes every record hash, the chain, the Merkle root and these pages, checks the',
    "   signature with the key you pinned, and checks the branch against the App's witness (the signed",
    '   checkpoints it publishes as `promptops/audit` check runs on merge commits), which exposes a',
    '   truncated, deleted or re-signed branch. `--checkpoint <saved copy>` also proves the log only grew.',
    '',
    `## Latest ${Math.min(LATEST, records.length)} records`,
    '',
    RECORD_TABLE_HEAD,
    ...latest,
    '',
    '## By month',
    '',
    ...monthLinks(records),
    '',
    ...slaSection(records),
    `Templates (cost and accuracy over time): [by-template](${TEMPLATE_INDEX})`,
    '',
    ...(withRegister ? [`Data classes and hosting of every recorded template: [data-class register](${REGISTER_PAGE})`, ''] : []),
  ].join('\n')
}

function monthLinks(records: readonly AuditRecord[]): string[] {
  const counts = new Map<string, number>()
  for (const r of records) counts.set(r.predicate.mergedAt.slice(0, 7), (counts.get(r.predicate.mergedAt.slice(0, 7)) ?? 0) + 1)
  return [...counts.keys()]
    .sort()
    .reverse()
    .map((ym) => {
      const page = monthPagePath(ym.slice(0, 4), ym.slice(5, 7))
      return `- [${ym}](${page}) — ${counts.get(ym)} record${counts.get(ym) === 1 ? '' : 's'}`
    })
}

/** `records/YYYY/MM/README.md`: every record merged that month, by seq. */
export function renderMonthPage(yyyy: string, mm: string, records: readonly AuditRecord[], opts: IndexOptions): string {
  const page = monthPagePath(yyyy, mm)
  const rows = records.map((r) => recordRow(page, r, opts))
  return [
    `# Audit records — ${yyyy}-${mm}`,
    '',
    `${records.length} record(s). [All months](${relativeLink(page, ROOT_README)})`,
    '',
    RECORD_TABLE_HEAD,
    ...rows,
    '',
  ].join('\n')
}

/** One template's history: every record that touched it (as path or old path). */
export function renderTemplatePage(templatePath: string, records: readonly AuditRecord[], opts: IndexOptions): string {
  const page = templatePagePath(templatePath)
  const rows = records.map((r) => {
    const p = r.predicate
    const t = p.templates.find((x) => x.path === templatePath) ?? p.templates.find((x) => x.oldPath === templatePath)
    const change =
      t === undefined
        ? '—'
        : t.digest === null
          ? 'removed'
          : t.path !== templatePath
            ? `renamed to ${codeSpan(t.path)}`
            : `\`${t.digest.slice(0, 12)}\``
    return `| [${p.seq}](${relativeLink(page, recordPath(r))}) | ${p.mergedAt.slice(0, 10)} | [#${p.pr.number}](${prUrl(opts, r)}) | ${p.level} | ${change} | [${p.mergeCommit.slice(0, 7)}](${commitUrl(opts, p.repository, p.mergeCommit)}) | ${
      approvers(r)
        .map((a) => `@${escapeMd(a)}`)
        .join(', ') || '—'
    } |`
  })
  return [
    `# Template ${codeSpan(templatePath)}`,
    '',
    `${records.length} record(s). [All templates](${relativeLink(page, TEMPLATE_INDEX)})`,
    '',
    '| Seq | Merged (UTC) | PR | Level | Digest | Merge commit | Approvers |',
    '|---:|---|---|---|---|---|---|',
    ...rows,
    '',
    ...chartsSection(templatePath, records),
  ].join('\n')
}

function chartsSection(templatePath: string, records: readonly AuditRecord[]): string[] {
  const charts = templateChartBlocks(templatePath, records)
  return charts.length === 0 ? [] : ['## Cost and accuracy', '', ...charts]
}

/** `by-template/README.md`: every template ever recorded, by path. */
export function renderTemplateIndex(counts: ReadonlyMap<string, number>): string {
  const rows = [...counts.keys()]
    .sort()
    .map((path) => `| [${codeSpan(path)}](${relativeLink(TEMPLATE_INDEX, templatePagePath(path))}) | ${counts.get(path)} |`)
  return ['# Templates', '', '| Template | Records |', '|---|---:|', ...rows, ''].join('\n')
}

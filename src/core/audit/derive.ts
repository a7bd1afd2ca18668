// Everything on the branch besides records and the checkpoint is derived from the records:
// pointer files for machines, index pages for people. `deriveAll` is what verify compares
// against; `deriveForAppend` is the subset one new record changes.
import type { AuditRecord } from './record.schema.js'
import { recordPath } from './record.js'
import {
  REGISTER_PAGE,
  ROOT_README,
  TEMPLATE_INDEX,
  VERIFIER_KEY_PATH,
  byPrPath,
  byTemplatePath,
  monthPagePath,
  templatePagePath,
} from './layout.js'
import { renderMonthPage, renderRootReadme, renderTemplateIndex, renderTemplatePage } from './index-pages.js'
import { renderRegisterPage } from './register-page.js'
import type { IndexOptions } from './markdown.js'

export type FileMap = Record<string, string>

/** Template paths a record touches: each new path and each old path of a rename. */
export function templatesOf(record: AuditRecord): string[] {
  const paths = record.predicate.templates.flatMap((t) =>
    t.oldPath !== null && t.oldPath !== t.path ? [t.path, t.oldPath] : [t.path],
  )
  return [...new Set(paths)]
}

interface Groups {
  byMonth: Map<string, AuditRecord[]>
  byPr: Map<number, AuditRecord[]>
  byTemplate: Map<string, AuditRecord[]>
}

function push<K>(map: Map<K, AuditRecord[]>, key: K, record: AuditRecord): void {
  const list = map.get(key)
  if (list) list.push(record)
  else map.set(key, [record])
}

function group(records: readonly AuditRecord[]): Groups {
  const groups: Groups = { byMonth: new Map(), byPr: new Map(), byTemplate: new Map() }
  for (const r of records) {
    push(groups.byMonth, r.predicate.mergedAt.slice(0, 7), r)
    push(groups.byPr, r.predicate.pr.number, r)
    for (const t of templatesOf(r)) push(groups.byTemplate, t, r)
  }
  return groups
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

function prPointer(pr: number, records: readonly AuditRecord[]): string {
  return json({ pr, records: records.map(recordPath) })
}

function templatePointer(template: string, records: readonly AuditRecord[]): string {
  return json({ template, records: records.map(recordPath) })
}

function templateCounts(byTemplate: Map<string, AuditRecord[]>): Map<string, number> {
  return new Map([...byTemplate].map(([path, list]) => [path, list.length]))
}

function common(records: readonly AuditRecord[], groups: Groups, opts: IndexOptions): FileMap {
  const register = renderRegisterPage(records)
  return {
    [ROOT_README]: renderRootReadme(records, opts, register !== null),
    [VERIFIER_KEY_PATH]: `${opts.verifierKey}\n`,
    [TEMPLATE_INDEX]: renderTemplateIndex(templateCounts(groups.byTemplate)),
    ...(register === null ? {} : { [REGISTER_PAGE]: register }),
  }
}

function addTemplate(files: FileMap, template: string, list: readonly AuditRecord[], opts: IndexOptions): void {
  files[byTemplatePath(template)] = templatePointer(template, list)
  files[templatePagePath(template)] = renderTemplatePage(template, list, opts)
}

/** Every derived file for a log whose records are `records`, in seq order. */
export function deriveAll(records: readonly AuditRecord[], opts: IndexOptions): FileMap {
  const groups = group(records)
  const files = common(records, groups, opts)
  for (const [ym, list] of groups.byMonth)
    files[monthPagePath(ym.slice(0, 4), ym.slice(5, 7))] = renderMonthPage(ym.slice(0, 4), ym.slice(5, 7), list, opts)
  for (const [pr, list] of groups.byPr) files[byPrPath(pr)] = prPointer(pr, list)
  for (const [template, list] of groups.byTemplate) addTemplate(files, template, list, opts)
  return files
}

/** The derived files that change when `added` (already the last of `records`) is appended. */
export function deriveForAppend(records: readonly AuditRecord[], added: AuditRecord, opts: IndexOptions): FileMap {
  const groups = group(records)
  const files = common(records, groups, opts)
  const ym = added.predicate.mergedAt.slice(0, 7)
  files[monthPagePath(ym.slice(0, 4), ym.slice(5, 7))] = renderMonthPage(
    ym.slice(0, 4),
    ym.slice(5, 7),
    groups.byMonth.get(ym) ?? [],
    opts,
  )
  files[byPrPath(added.predicate.pr.number)] = prPointer(
    added.predicate.pr.number,
    groups.byPr.get(added.predicate.pr.number) ?? [],
  )
  for (const template of templatesOf(added)) addTemplate(files, template, groups.byTemplate.get(template) ?? [], opts)
  return files
}

// Memory-schema findings for one pull request. A breaking change to a configured memory
// schema is high until the same PR adds a complete migration playbook and a valid adapter
// naming that schema under `memory.playbooks`; then it is still listed, at low.
import type { Config } from '../config/config.schema.js'
import type { FileChange, Finding } from '../types.js'
import { normalizeRepoPath, parseAdapter, type Adapter, type AdapterError } from './adapter.js'
import { lineOfPointer, parseSchemaText } from './json-text.js'
import { checkPlaybook, type PlaybookCheck } from './playbook.js'
import { MEMORY_RULE } from './rules.js'
import { diffSchemas, type SchemaChange } from './schema-diff.js'
import { trimEndChar } from '../text.js'

/** Changes listed in one message; the rest are counted. */
const MAX_LISTED = 5

interface Artefacts {
  folder: string
  playbooks: Array<{ path: string; check: PlaybookCheck }>
  adapters: Adapter[]
  broken: AdapterError[]
}

const finding = (
  rule: { id: string; severity: Finding['severity'] },
  path: string,
  line: number,
  message: string,
  extra: Partial<Finding> = {},
): Finding => ({
  category: 'schema',
  rule: rule.id,
  severity: rule.severity,
  message,
  path,
  line,
  ...extra,
})

export function memoryFindings(files: FileChange[], config: Config): Finding[] {
  const schemaPaths = new Set(config.memory.schemas.map((s) => normalizeRepoPath(s.path) ?? s.path))
  const artefacts = collectArtefacts(files, config)
  const findings: Finding[] = [...artefactFindings(artefacts)]
  for (const file of files) {
    if (schemaPaths.has(file.path) || (file.oldPath !== undefined && schemaPaths.has(file.oldPath)))
      findings.push(...schemaFindings(file, artefacts))
  }
  return findings
}

function collectArtefacts(files: FileChange[], config: Config): Artefacts {
  const folder = `${trimEndChar(normalizeRepoPath(config.memory.playbooks) ?? config.memory.playbooks, '/')}/`
  const present = files.filter((f) => f.status !== 'removed' && f.headText !== null && !f.binary && f.path.startsWith(folder))
  const artefacts: Artefacts = { folder, playbooks: [], adapters: [], broken: [] }
  for (const file of present) {
    const text = file.headText ?? ''
    if (/\.md$/i.test(file.path)) artefacts.playbooks.push({ path: file.path, check: checkPlaybook(text) })
    else if (/\.ya?ml$/i.test(file.path)) {
      const parsed = parseAdapter(text, file.path)
      if (parsed.ok) artefacts.adapters.push(parsed.value)
      else artefacts.broken.push(parsed.error)
    }
  }
  return artefacts
}

const describePlaybook = (c: PlaybookCheck): string =>
  [
    c.missing.length > 0 ? `missing ${c.missing.map((s) => `## ${s}`).join(', ')}` : '',
    c.empty.length > 0 ? `empty ${c.empty.map((s) => `## ${s}`).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ')

function artefactFindings(a: Artefacts): Finding[] {
  const out: Finding[] = []
  for (const { path, check } of a.playbooks) {
    if (!check.ok) out.push(finding(MEMORY_RULE.playbook, path, 1, `Migration playbook incomplete: ${describePlaybook(check)}`))
  }
  for (const error of a.broken) {
    const first = error.issues[0]
    const listed = error.issues
      .slice(0, 3)
      .map((i) => `${i.line ? `line ${i.line}: ` : ''}${i.at ? `${i.at}: ` : ''}${i.message}`)
    out.push(
      finding(
        MEMORY_RULE.adapter,
        error.file,
        first?.line ?? 1,
        `Compatibility adapter invalid: ${listed.join('; ')}${error.issues.length > 3 ? ` (+${error.issues.length - 3} more)` : ''}`,
      ),
    )
  }
  return out
}

function schemaFindings(file: FileChange, a: Artefacts): Finding[] {
  const path = file.path
  if (file.binary) return [finding(MEMORY_RULE.invalid, path, 1, `Memory schema ${path} is a binary file, not JSON`)]
  if (file.headText === null) {
    return [
      finding(
        MEMORY_RULE.breaking,
        path,
        1,
        `Memory schema ${path} deleted while .github/promptops.yml still lists it: stored memories lose their contract`,
        { baseLine: true },
      ),
    ]
  }
  const head = parseSchemaText(file.headText)
  if (!head.ok)
    return [
      finding(MEMORY_RULE.invalid, path, head.problem.line, `Memory schema ${path} does not parse: ${head.problem.message}`),
    ]
  if (file.baseText === null) return []
  const base = parseSchemaText(file.baseText)
  if (!base.ok) {
    return [
      finding(
        MEMORY_RULE.compatible,
        path,
        1,
        `Previous version of ${path} did not parse (line ${base.problem.line}); compatibility was not checked`,
        { informational: true },
      ),
    ]
  }
  const diff = diffSchemas(base.schema, head.schema)
  const first = diff.breaking[0]
  if (first === undefined) {
    if (diff.compatible.length === 0) return []
    const line = lineOfPointer(head.index, diff.compatible[0]?.pointer ?? '')
    return [
      finding(MEMORY_RULE.compatible, path, line, `Memory schema ${path} changed compatibly: ${list(diff.compatible)}`, {
        informational: true,
      }),
    ]
  }
  const summary = `Memory schema ${path}: ${diff.breaking.length} breaking change(s): ${list(diff.breaking)}`
  const line = lineOfPointer(head.index, first.pointer)
  const names = new Set([path, ...(file.oldPath ? [file.oldPath] : [])])
  const adapter = a.adapters.find((x) => names.has(x.from) || names.has(x.to))
  const playbook = a.playbooks.find((p) => p.check.ok)
  const evidence = first.pointer
  if (adapter && playbook) {
    return [
      finding(MEMORY_RULE.migrated, path, line, `${summary}; satisfied by ${playbook.path} and ${adapter.file}`, { evidence }),
    ]
  }
  return [
    finding(
      MEMORY_RULE.breaking,
      path,
      line,
      `${summary}. Missing: ${missing(a, path, playbook !== undefined, adapter !== undefined)}`,
      { evidence },
    ),
  ]
}

function list(changes: ReadonlyArray<SchemaChange<string>>): string {
  const shown = changes.slice(0, MAX_LISTED).map((c) => `${c.detail} (${c.pointer})`)
  return `${shown.join('; ')}${changes.length > MAX_LISTED ? `; and ${changes.length - MAX_LISTED} more` : ''}`
}

function missing(a: Artefacts, path: string, hasPlaybook: boolean, hasAdapter: boolean): string {
  const parts: string[] = []
  if (!hasPlaybook) {
    const partial = a.playbooks[0]
    parts.push(
      partial
        ? `a complete migration playbook (${partial.path}: ${describePlaybook(partial.check)})`
        : `a migration playbook (${a.folder}*.md with ## Change, ## Impact, ## Rollback, ## Communication)`,
    )
  }
  if (!hasAdapter) {
    const broken = a.broken.map((e) => e.file)
    parts.push(
      broken.length > 0
        ? `a valid adapter naming ${path} (${broken.join(', ')} does not parse)`
        : `an adapter (${a.folder}*.yml with from/to: ${path})`,
    )
  }
  return parts.join(' and ')
}

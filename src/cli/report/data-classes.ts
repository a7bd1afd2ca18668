// `promptops report data-classes`: the register of every governed template at a revision — its
// data classes, model, resolved host and region, whether the host is allowed for its classes,
// owners, and the last approval recorded on the local audit branch.
import { writeFile } from 'node:fs/promises'
import { readRecords } from '../../flows/audit/append.js'
import { localAuditStore } from '../../adapters/git/audit-store.js'
import { resolveCommit } from '../../adapters/git/git.js'
import { governedFilesAt } from '../../adapters/git/governed-files.js'
import { loadPolicyAt } from '../../adapters/git/policy.js'
import { classifier } from '../../core/config/governed.js'
import { registerFromFiles, type RegisterRow } from '../../core/data-classes/register.js'
import {
  renderRegisterCsv,
  renderRegisterJson,
  renderRegisterMarkdown,
  renderRegisterTable,
} from '../../core/data-classes/register-render.js'
import { UsageError } from '../../core/errors.js'
import { ownersForPaths } from '../../core/owners/index.js'
import { unwrap } from '../../core/result.js'
import { absolute, oneOf, parse, str } from '../args.js'
import type { CliIo } from '../io.js'
import { gitRepoArg } from '../repo-arg.js'

export const dataClassesUsage = `Usage: promptops report data-classes --repo DIR [--ref REF] [--branch B] [--classified] [--format table|json|csv|markdown] [--output FILE]

The data-class register: every governed template at REF (default HEAD) with its data classes,
model, provider, host and region (resolved from the template's model spec; "unknown" when the
file cannot tell, e.g. an endpoint from an environment variable), whether that host is allowed
for its classes under REF's promptops.yml, owners (CODEOWNERS and promptops.yml), whether
telemetry must pass through \`promptops redact\`, and the last approval recorded on the audit
branch (default: config audit.branch). --classified lists only templates with a class.

Examples:
  promptops report data-classes
  promptops report data-classes --format csv --output register.csv`

const FORMATS = ['table', 'json', 'csv', 'markdown'] as const
const RENDER: Record<(typeof FORMATS)[number], (rows: readonly RegisterRow[]) => string> = {
  table: renderRegisterTable,
  json: renderRegisterJson,
  csv: renderRegisterCsv,
  markdown: (rows) => `# Data-class register\n\n${renderRegisterMarkdown(rows)}`,
}

export async function reportDataClasses(argv: string[], io: CliIo): Promise<number> {
  const opts = {
    repo: { type: 'string' },
    ref: { type: 'string' },
    branch: { type: 'string' },
    classified: { type: 'boolean' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
  } as const
  const { values, positionals } = parse(argv, opts, dataClassesUsage)
  if (values.help) return (io.stdout(`${dataClassesUsage}\n`), 0)
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"\n\n${dataClassesUsage}`)
  const format = oneOf(str(values.format), FORMATS, '--format', 'table')
  const repo = await gitRepoArg(io.cwd, values.repo)
  const commit = await resolveCommit(repo, str(values.ref) ?? 'HEAD')
  const policy = await loadPolicyAt(repo, commit)
  const config = unwrap(policy.config)
  const files = await governedFilesAt(repo, commit, classifier(config))
  const owners = ownersForPaths(
    files.map((f) => f.path),
    policy.codeowners?.text,
    config.owners,
  )
  const store = localAuditStore(repo, str(values.branch) ?? config.audit.branch)
  const audit = await store.load()
  if (audit.tip === null) io.stderr(`no audit branch "${store.branch}" in ${repo}: last approvals are not shown\n`)
  const rows = registerFromFiles(files, config, (p) => owners[p] ?? [], readRecords(audit.files))
  const text = RENDER[format](values.classified ? rows.filter((r) => r.classes.length > 0) : rows)
  const output = str(values.output)
  if (output) await writeFile(absolute(io.cwd, output), text)
  else io.stdout(text)
  return 0
}

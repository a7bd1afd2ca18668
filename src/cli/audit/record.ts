import { auditInput } from '../../core/audit/index.js'
import { sha256Hex } from '../../core/audit/hash.js'
import { UsageError } from '../../core/errors.js'
import type { Review } from '../../core/routing/index.js'
import { slaOutcome } from '../../core/governance/sla-outcome.js'
import { appendWithRetry } from '../../flows/audit/append.js'
import { localSigner, signerFromEnv, signerFromFile } from '../../adapters/audit/signer.js'
import { localAuditStore } from '../../adapters/git/audit-store.js'
import { resolveCommit } from '../../adapters/git/git.js'
import { authorDates, gitDirOf, originUrl, workTreeRoot } from '../../adapters/git/repository.js'
import { routeRevisions } from '../../flows/route-revisions.js'
import { scoreRevisions } from '../../flows/score-revisions.js'
import { absolute, parse, required, str } from '../args.js'
import type { CliIo } from '../io.js'
import { readJsonFile } from '../read-json.js'
import { accuracyMetrics } from '../../core/metrics/index.js'
import { readEvalResults } from '../../adapters/fs/eval-results.js'
import { recordUsage } from './usage.js'

export async function auditRecord(argv: string[], io: CliIo): Promise<number> {
  const opts = {
    repo: { type: 'string' },
    base: { type: 'string' },
    head: { type: 'string' },
    pr: { type: 'string' },
    'merge-commit': { type: 'string' },
    author: { type: 'string' },
    approvals: { type: 'string' },
    title: { type: 'string' },
    'merged-at': { type: 'string' },
    'opened-at': { type: 'string' },
    repository: { type: 'string' },
    branch: { type: 'string' },
    key: { type: 'string' },
  } as const
  const { values } = parse(argv, opts, recordUsage)
  if (values.help) return (io.stdout(`${recordUsage}\n`), 0)
  const repo = absolute(io.cwd, str(values.repo) ?? '.')
  const pr = Number(required(values.pr, '--pr', recordUsage))
  if (!Number.isInteger(pr) || pr < 1) throw new UsageError('--pr must be a positive integer')
  const mergeCommit = await resolveCommit(repo, required(values['merge-commit'], '--merge-commit', recordUsage))
  const scored = await scoreRevisions(
    repo,
    required(values.base, '--base', recordUsage),
    required(values.head, '--head', recordUsage),
    io.now(),
  )
  const reviews = values.approvals ? await readJsonFile(io.cwd, values.approvals) : []
  if (!Array.isArray(reviews)) throw new UsageError(`${values.approvals}: expected GitHub's list-reviews JSON array`)
  const author = str(values.author) ?? ''
  const decision = await routeRevisions(repo, scored, { author, reviews: reviews as Review[], teams: {} })
  const repository = str(values.repository) ?? (await originName(repo))
  const mergedAt = str(values['merged-at']) ?? io.now().toISOString()
  const openedAt = str(values['opened-at']) ?? (await firstCommitTime(repo, scored.base, scored.head))
  const sla = slaOutcome(scored.report, scored.config, { author, openedAt, mergedAt }, reviews as Review[])
  const input = auditInput(
    {
      repository,
      number: pr,
      title: str(values.title) ?? `PR #${pr}`,
      author,
      url: `https://github.com/${repository}/pull/${pr}`,
      base: scored.base,
      head: scored.head,
      mergeCommit,
      mergedAt,
    },
    scored.report,
    decision,
    reviews as Review[],
    sha256Hex(scored.policy.configText ?? ''),
    {
      ...(sla ? { sla } : {}),
      metrics: accuracyMetrics((await readEvalResults(repo, scored.config.accuracy.results)).summaries, scored.report.templates),
    },
  )
  const gitDir = await gitDirOf(repo)
  const keyFile = str(values.key)
  const signer = keyFile
    ? signerFromFile(absolute(io.cwd, keyFile))
    : (signerFromEnv(io.env, 'promptops-audit') ?? localSigner(gitDir, repo))
  const store = localAuditStore(repo, str(values.branch) ?? scored.config.audit.branch)
  const outcome = await appendWithRetry(store, input, signer, io.now())
  io.stdout(`${JSON.stringify({ ...outcome, branch: store.branch, level: scored.report.level }, null, 2)}\n`)
  return 0
}

/** Without --opened-at, the review clock starts at the PR's first commit. */
async function firstCommitTime(repo: string, base: string, head: string): Promise<string | null> {
  const dates = await authorDates(repo, base, head)
  return dates[0] ? new Date(dates[0]).toISOString() : null
}

/** `owner/name` from the origin remote, or `local/<dir>` for a clone without one. */
async function originName(repo: string): Promise<string> {
  const m = /[:/]([^/:]+)\/([^/]+?)(?:\.git)?$/.exec((await originUrl(repo)) ?? '')
  if (m) return `${m[1]}/${m[2]}`
  const top = await workTreeRoot(repo)
  return `local/${top.split('/').pop() || 'repo'}`
}

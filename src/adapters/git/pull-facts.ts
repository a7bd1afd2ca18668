// The facts about a "pull request" that a local clone can supply: who co-authored the
// governed commits (trailers and noreply addresses), and template digests at each
// reviewed commit so approvals on older commits can be checked for freshness.
import { createHash } from 'node:crypto'
import { ABSENT_DIGEST, loginFromEmail, type PullFacts, type Review } from '../../core/routing/index.js'
import { git, readBlobs } from './git.js'
import type { ScoredRevisions } from './score-revisions.js'

export async function pullFactsFromGit(repo: string, scored: ScoredRevisions, given: { author: string; reviews: Review[]; teams: Record<string, string[]> }): Promise<PullFacts> {
  const paths = scored.report.templates.map((t) => t.path)
  const coAuthors = paths.length === 0 ? [] : await coAuthorLogins(repo, scored.base, scored.head, paths)
  const digestsAt: PullFacts['digestsAt'] = {}
  for (const commit of new Set(given.reviews.map((r) => r.commit_id).filter((c): c is string => typeof c === 'string' && /^[0-9a-f]{40}$/.test(c)))) {
    const digests = await digestsAtCommit(repo, commit, paths)
    if (digests) digestsAt[commit] = digests
  }
  return { author: given.author, coAuthors: coAuthors.filter((l) => l.toLowerCase() !== given.author.toLowerCase()), reviews: given.reviews, teams: given.teams, headSha: scored.head, digestsAt }
}

async function coAuthorLogins(repo: string, base: string, head: string, paths: string[]): Promise<string[]> {
  const log = await git(repo, ['log', '--format=%ae%n%ce%n%(trailers:key=Co-authored-by,valueonly)', `${base}..${head}`, '--', ...paths]).catch(() => '')
  const logins = new Set<string>()
  for (const line of log.split('\n')) {
    const email = /<([^<>\s]{1,320})>/.exec(line)?.[1] ?? line
    const login = loginFromEmail(email)
    if (login) logins.add(login)
  }
  return [...logins]
}

async function digestsAtCommit(repo: string, commit: string, paths: string[]): Promise<Record<string, string> | null> {
  const exists = await git(repo, ['cat-file', '-e', `${commit}^{commit}`]).then(() => true, () => false)
  if (!exists) return null
  const blobs = await readBlobs(repo, paths.map((p) => `${commit}:${p}`))
  return Object.fromEntries(paths.map((p) => {
    const blob = blobs.get(`${commit}:${p}`)
    return [p, blob ? createHash('sha256').update(blob.toString('utf8')).digest('hex') : ABSENT_DIGEST]
  }))
}

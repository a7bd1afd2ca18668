// The facts about a "pull request" that a local clone can supply: who authored, committed or
// co-authored its commits (noreply addresses and trailers; other addresses cannot be mapped to
// logins offline), and for approvals on earlier commits whether anything governed changed since.
// Pushers and reviewers' write access need GitHub: the decision lists them as not checked.
import type { FileClassifier } from '../../core/config/governed.js'
import { changedSinceApproval } from '../../core/routing/binding.js'
import { loginFromEmail, type PullFacts, type Review } from '../../core/routing/index.js'
import { git } from './git.js'

interface GivenFacts {
  author: string
  reviews: Review[]
  teams: Record<string, string[]>
}

/** `scored`: the resolved base and head commits of the change. */
export async function pullFactsFromGit(
  repo: string,
  scored: { base: string; head: string },
  given: GivenFacts,
  classify: FileClassifier,
  included: ReadonlySet<string>,
): Promise<PullFacts> {
  const coAuthors = await commitPeople(repo, scored.base, scored.head)
  const isGoverned = (p: string): boolean => classify.needsContent(p) || classify.isPolicyFile(p) || included.has(p)
  const changedSince: PullFacts['changedSince'] = {}
  for (const commit of new Set(
    given.reviews.map((r) => r.commit_id).filter((c): c is string => typeof c === 'string' && /^[0-9a-f]{40}$/.test(c)),
  )) {
    if (commit === scored.head) continue
    const since = await compareWithHead(repo, scored.base, commit, scored.head, isGoverned)
    if (since !== undefined) changedSince[commit] = since
  }
  const people = coAuthors.filter((l) => l.toLowerCase() !== given.author.toLowerCase())
  return {
    author: given.author,
    coAuthors: people,
    reviews: given.reviews,
    teams: given.teams,
    headSha: scored.head,
    changedSince,
    writeAccessKnown: false,
  }
}

/** Everyone named on any commit of base..head: author, committer and Co-authored-by. */
async function commitPeople(repo: string, base: string, head: string): Promise<string[]> {
  const log = await git(repo, ['log', '--format=%ae%n%ce%n%(trailers:key=Co-authored-by,valueonly)', `${base}..${head}`])
  const logins = new Set<string>()
  for (const line of log.split('\n')) {
    const email = /<([^<>\s]{1,320})>/.exec(line)?.[1] ?? line
    const login = loginFromEmail(email)
    if (login) logins.add(login)
  }
  return [...logins]
}

/** undefined when the approved commit is not in this clone (the approval then counts as stale). */
async function compareWithHead(
  repo: string,
  base: string,
  approved: string,
  head: string,
  isGoverned: (p: string) => boolean,
): Promise<string | null | undefined> {
  const exists = await git(repo, ['cat-file', '-e', `${approved}^{commit}`]).then(
    () => true,
    () => false,
  )
  if (!exists) return undefined
  const approvedBase = (await git(repo, ['merge-base', base, approved])).trim()
  const currentBase = (await git(repo, ['merge-base', base, head])).trim()
  const changedPaths = async (from: string, to: string): Promise<string[]> =>
    (await git(repo, ['diff', '--name-only', '-z', '--no-renames', from, to])).split('\0').filter(Boolean)
  const approvedPaths = await changedPaths(approvedBase, approved)
  const currentPaths = await changedPaths(currentBase, head)
  const paths = [...new Set([...approvedPaths, ...currentPaths])].filter(isGoverned)
  const commits = { approvedBase, approved, currentBase, head }
  const states = new Map<string, string | null>()
  for (const [at, commit] of Object.entries(commits)) {
    const listed = await lsTree(repo, commit, paths)
    for (const p of paths) states.set(`${at}:${p}`, listed.get(p) ?? null)
  }
  return changedSinceApproval({ approvedPaths, currentPaths, isGoverned, state: (at, p) => states.get(`${at}:${p}`) ?? null })
}

/** `mode:oid` per path at a commit (absent paths are missing from the map). */
async function lsTree(repo: string, commit: string, paths: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  if (paths.length === 0) return out
  const listed = await git(repo, ['ls-tree', '-z', '--full-tree', commit, '--', ...paths])
  for (const entry of listed.split('\0').filter(Boolean)) {
    const tab = entry.indexOf('\t')
    const [mode = '', , oid = ''] = entry.slice(0, tab).split(' ')
    out.set(entry.slice(tab + 1), `${mode}:${oid}`)
  }
  return out
}

// Computes GitHub `diff-entry` objects from a real `git diff` (three-dot, rename detection on).
import { repoApi, repoWeb, type EmulatorContext } from './context.js'
import { EMPTY_TREE, type Git } from './git.js'

export interface DiffFile {
  readonly filename: string
  readonly previousFilename?: string
  readonly status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  readonly sha: string
  readonly additions: number
  readonly deletions: number
  readonly patch?: string
}

const STATUS: Readonly<Record<string, DiffFile['status']>> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
}

const cache = new WeakMap<Git, Map<string, Promise<DiffFile[]>>>()

interface RawEntry {
  readonly status: string
  readonly oldSha: string
  readonly newSha: string
  readonly path: string
  readonly oldPath?: string
}

function parseRaw(out: string): RawEntry[] {
  const fields = out.split('\0')
  const entries: RawEntry[] = []
  for (let i = 0; i < fields.length - 1;) {
    const [, , oldSha = '', newSha = '', status = ''] = (fields[i] ?? '').split(' ')
    const letter = status.charAt(0)
    if (letter === 'R' || letter === 'C') {
      entries.push({ status: letter, oldSha, newSha, oldPath: fields[i + 1] ?? '', path: fields[i + 2] ?? '' })
      i += 3
    } else {
      entries.push({ status: letter, oldSha, newSha, path: fields[i + 1] ?? '' })
      i += 2
    }
  }
  return entries
}

/** numstat -z: "add\tdel\tpath\0" or, for renames, "add\tdel\t\0old\0new\0"; binary is "-". */
function parseNumstat(out: string): Array<{ additions: number; deletions: number }> {
  const fields = out.split('\0')
  const stats: Array<{ additions: number; deletions: number }> = []
  for (let i = 0; i < fields.length - 1;) {
    const [add = '-', del = '-', path = ''] = (fields[i] ?? '').split('\t')
    stats.push({ additions: add === '-' ? 0 : Number(add), deletions: del === '-' ? 0 : Number(del) })
    i += path === '' ? 3 : 1
  }
  return stats
}

/** Splits a full patch into per-file hunks (text from the first "@@"), in diff order. */
function splitPatches(out: string): Array<string | undefined> {
  const chunks = out.split(/^diff --git /m).slice(1)
  return chunks.map((chunk) => {
    const at = chunk.startsWith('@@') ? 0 : chunk.indexOf('\n@@')
    if (at < 0) return undefined
    const hunks = chunk.slice(at === 0 ? 0 : at + 1)
    return hunks.endsWith('\n') ? hunks.slice(0, -1) : hunks
  })
}

async function compute(git: Git, base: string, head: string): Promise<DiffFile[]> {
  // Three-dot needs commits on both sides; a root commit is diffed against the empty tree.
  const range = base === EMPTY_TREE ? [base, head] : [`${base}...${head}`]
  const [raw, numstat, patch] = await Promise.all([
    git.text(['diff', '--raw', '-z', '--no-abbrev', '-M', ...range]),
    git.text(['diff', '--numstat', '-z', '-M', ...range]),
    git.text(['diff', '-p', '-M', '--no-color', '--no-ext-diff', ...range]),
  ])
  const entries = parseRaw(raw)
  const stats = parseNumstat(numstat)
  const patches = splitPatches(patch)
  if (stats.length !== entries.length || patches.length !== entries.length) {
    throw new Error(`diff outputs disagree: ${entries.length} raw, ${stats.length} numstat, ${patches.length} patches`)
  }
  return entries.map((e, i) => {
    const p = patches[i]
    return {
      filename: e.path,
      ...(e.oldPath !== undefined ? { previousFilename: e.oldPath } : {}),
      status: STATUS[e.status] ?? 'modified',
      sha: e.status === 'D' ? e.oldSha : e.newSha,
      additions: stats[i]?.additions ?? 0,
      deletions: stats[i]?.deletions ?? 0,
      ...(p !== undefined ? { patch: p } : {}),
    }
  })
}

/** Files changed between the merge base of `base` and `head`, and `head` (cached per pair). */
export function diffFiles(git: Git, base: string, head: string): Promise<DiffFile[]> {
  let byPair = cache.get(git)
  if (!byPair) cache.set(git, (byPair = new Map()))
  const key = `${base}...${head}`
  let result = byPair.get(key)
  if (!result) byPair.set(key, (result = compute(git, base, head)))
  return result
}

export function diffEntry(ctx: EmulatorContext, headSha: string, f: DiffFile): Record<string, unknown> {
  const path = f.filename.split('/').map(encodeURIComponent).join('/')
  return {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${repoWeb(ctx)}/blob/${headSha}/${path}`,
    raw_url: `${repoWeb(ctx)}/raw/${headSha}/${path}`,
    contents_url: `${repoApi(ctx)}/contents/${path}?ref=${headSha}`,
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
    ...(f.previousFilename !== undefined ? { previous_filename: f.previousFilename } : {}),
  }
}

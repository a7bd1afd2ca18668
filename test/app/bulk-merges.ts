// Many merged pull requests at once, for concurrency tests: one `git fast-import` writes every
// PR branch (one new template each, cut from main) and every merge commit on main, then the
// PRs are registered in the emulator as merged, exactly as `state.mergePull` leaves them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../github-emulator/index.js'

export interface BulkPull {
  number: number
  path: string
}

const data = (text: string): string => `data ${Buffer.byteLength(text)}\n${text}\n`
const person = (login: string, iso: string): string =>
  `${login} <${login}@users.noreply.github.com> ${Date.parse(iso) / 1000} +0000`

export async function bulkMergedPulls(emulator: Emulator, count: number, author = 'alice'): Promise<BulkPull[]> {
  const { git, state } = emulator
  const main = await git.revParse('refs/heads/main^{commit}')
  const first = Math.max(0, ...state.pulls.keys()) + 1
  const specs = Array.from({ length: count }, (_, i) => ({
    number: first + i,
    branch: `bulk-${first + i}`,
    path: `prompts/bulk/p-${first + i}.prompt`,
    text: `You answer question ${first + i} politely.\n`,
  }))
  const stream: string[] = []
  specs.forEach((s, i) => {
    const at = state.now()
    stream.push(
      `commit refs/heads/${s.branch}\nmark :${i + 1}\nauthor ${person(author, at)}\ncommitter ${person(author, at)}\n${data(`Add bulk prompt ${s.number}`)}from ${main}\nM 100644 inline ${s.path}\n${data(s.text)}\n`,
    )
  })
  specs.forEach((s, i) => {
    const at = state.now()
    const parent = i === 0 ? main : `:${count + i}`
    stream.push(
      `commit refs/heads/main\nmark :${count + i + 1}\nauthor ${person('admin', at)}\ncommitter ${person('admin', at)}\n${data(`Merge pull request #${s.number} from ${s.branch}`)}from ${parent}\nmerge :${i + 1}\nM 100644 inline ${s.path}\n${data(s.text)}\n`,
    )
  })
  const dir = mkdtempSync(join(tmpdir(), 'bulk-marks-'))
  try {
    const marksFile = join(dir, 'marks')
    await git.run(['fast-import', '--quiet', '--done', `--export-marks=${marksFile}`], { input: `${stream.join('')}done\n` })
    const marks = new Map(
      readFileSync(marksFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => [Number(l.slice(1, l.indexOf(' '))), l.slice(l.indexOf(' ') + 1)] as const),
    )
    await git.run(['update-ref', '--stdin'], {
      input: specs.map((s, i) => `update refs/pull/${s.number}/head ${marks.get(i + 1)}\n`).join(''),
    })
    for (const [i, s] of specs.entries()) {
      const head = marks.get(i + 1)!
      const merge = marks.get(count + i + 1)!
      const base = i === 0 ? main : marks.get(count + i)!
      const at = state.now()
      state.pulls.set(s.number, {
        number: s.number,
        title: `Add bulk prompt ${s.number}`,
        body: null,
        author,
        headRef: s.branch,
        headSha: head,
        baseRef: 'main',
        state: 'closed',
        merged: true,
        draft: false,
        fork: false,
        labels: [],
        requestedReviewers: [],
        requestedTeams: [],
        createdAt: at,
        updatedAt: at,
        closedAt: at,
        mergeCommitSha: merge,
        mergedAt: at,
        baseShaAtClose: base,
      })
    }
    return specs.map((s) => ({ number: s.number, path: s.path }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// Reads pinned files out of git repositories without a work tree: `git show COMMIT:PATH`.
// A repository is looked up under the mirrors folder as `<owner>+<name>/repo` (the layout of
// this project's mirror tool) or `<owner>/<name>` (a plain `git clone --bare` / clone).
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export function gitDirOf(mirrors, repo) {
  const [owner, name] = repo.split('/')
  for (const candidate of [
    join(mirrors, `${owner}+${name}`, 'repo'),
    join(mirrors, owner, name, '.git'),
    join(mirrors, owner, name),
  ]) {
    if (existsSync(candidate)) return candidate
  }
  throw new Error(`${repo}: no git repository under ${mirrors} (expected ${owner}+${name}/repo or ${owner}/${name})`)
}

const MAX_BUFFER = 64 * 1024 * 1024

/** The bytes of `path` at `commit`; throws naming repo, commit and path when absent. */
export function showFile(gitDir, commit, path) {
  try {
    return execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], { maxBuffer: MAX_BUFFER })
  } catch (error) {
    throw new Error(`${gitDir}: cannot read ${commit}:${path}`, { cause: error })
  }
}

/** Paths at `commit` under `folder` (recursive), sorted. */
export function listFiles(gitDir, commit, folder) {
  const out = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', commit, '--', folder], {
    maxBuffer: MAX_BUFFER,
  })
  return out.toString('utf8').split('\n').filter(Boolean).sort()
}

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes) → rows of objects. */
export function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  const [head = [], ...body] = rows
  return body.filter((r) => r.length === head.length).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])))
}

/** Markdown / YAML prompt text → paragraphs of at least `min` characters (short ones merged). */
export function paragraphs(text, min = 80, max = 1500) {
  const out = []
  let current = ''
  for (const block of text.replace(/\r\n/g, '\n').split(/\n[ \t]*\n/)) {
    const trimmed = block.trim()
    if (trimmed === '') continue
    current = current === '' ? trimmed : `${current}\n\n${trimmed}`
    if (current.length >= min) {
      out.push(current.slice(0, max))
      current = ''
    }
  }
  if (current.length >= 20) out.push(current.slice(0, max))
  return out
}

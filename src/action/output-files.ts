// Writes the Action's report and SARIF files inside the workspace. The workspace is the pull
// request's checkout, so any path in it may be a link the PR committed: a link at
// `promptops-report.json` (or at any folder on the way) would make a plain writeFile overwrite
// a file outside the workspace. So: the path must stay inside the workspace, no existing part
// of it may be a symbolic link, and the file is written to a fresh temporary name and renamed
// into place (a rename replaces a directory entry; it never follows one).
import { randomBytes } from 'node:crypto'
import { lstat, mkdir, realpath, rename, rm, writeFile } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'

/** A path the Action refuses to write through; the message names the input and the path. */
export class UnsafeOutputPath extends Error {}

const missing = (error: unknown): boolean => (error as { code?: string }).code === 'ENOENT'

/** The path's parts below the workspace, or null when it points elsewhere. */
function partsInside(workspace: string, root: string, path: string): string[] | null {
  const candidates = isAbsolute(path)
    ? [relative(resolve(workspace), resolve(path)), relative(root, resolve(path))]
    : [relative(root, resolve(root, path))]
  const inside = candidates.find((rel) => rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
  return inside === undefined ? null : inside.split(sep)
}

/**
 * Writes `text` to `path` (relative to the workspace, or absolute inside it) and returns the
 * absolute path written. Folders that do not exist are created. `input` names the Action
 * input the path came from, for the error message.
 */
export async function writeInWorkspace(workspace: string, input: string, path: string, text: string): Promise<string> {
  const root = await realpath(workspace)
  const parts = partsInside(workspace, root, path)
  const refuse = (why: string): never => {
    throw new UnsafeOutputPath(`${input} "${path}": ${why}`)
  }
  if (!parts) return refuse('the path must name a file inside the workspace; use a path relative to it')
  let dir = root
  for (const [i, part] of parts.entries()) {
    const at = join(dir, part)
    const shown = parts.slice(0, i + 1).join('/')
    const last = i === parts.length - 1
    const stat = await lstat(at).catch((error: unknown) => {
      if (missing(error)) return null
      throw error
    })
    if (stat?.isSymbolicLink())
      refuse(`${shown} is a symbolic link in the workspace; the Action never writes through a link the checkout may contain`)
    if (!last) {
      if (!stat) await mkdir(at)
      else if (!stat.isDirectory()) refuse(`${shown} is not a folder`)
      dir = at
    } else if (stat && !stat.isFile()) refuse(`${shown} exists and is not a regular file`)
  }
  // Nothing on the way was a link, so the folder's real path is the one we walked.
  if ((await realpath(dir)) !== dir) refuse('the folder changed while it was being checked')
  const name = parts.at(-1) ?? refuse('the path must name a file')
  const target = join(dir, name)
  const temporary = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`)
  // 'wx': O_CREAT | O_EXCL, which fails on any existing entry, a link included.
  await writeFile(temporary, text, { flag: 'wx' })
  try {
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  return target
}

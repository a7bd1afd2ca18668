// Per-commit append-only check: between two consecutive trees of the audit branch, record
// files may only be added. Derived files and the checkpoint are regenerated and may change.
import { CHECKPOINT_PATH, isDerivedPath } from './layout.js'
import { RECORD_PATH } from './record.js'
import type { FileMap } from './derive.js'
import type { Problem } from './problems.js'

export interface CommitCheck {
  ok: boolean
  /** Record files the commit added. */
  added: string[]
  problems: Problem[]
}

export function commitOnlyAdds(prevFiles: FileMap, nextFiles: FileMap): CommitCheck {
  const problems: Problem[] = []
  for (const [path, text] of Object.entries(prevFiles)) {
    if (!RECORD_PATH.test(path)) continue
    const next = nextFiles[path]
    if (next === undefined || !Object.hasOwn(nextFiles, path))
      problems.push({ kind: 'deleted', path, message: 'commit removed a record' })
    else if (next !== text) problems.push({ kind: 'edited', path, message: 'commit changed an existing record' })
  }
  const added: string[] = []
  for (const [path, text] of Object.entries(nextFiles)) {
    if (Object.hasOwn(prevFiles, path) && prevFiles[path] === text) continue
    if (RECORD_PATH.test(path)) {
      if (!Object.hasOwn(prevFiles, path)) added.push(path)
    } else if (path !== CHECKPOINT_PATH && !isDerivedPath(path)) {
      problems.push({ kind: 'unknown-file', path, message: 'commit touched a file outside the audit log layout' })
    }
  }
  return { ok: problems.length === 0, added: added.sort(), problems }
}

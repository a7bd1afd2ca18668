// A governed path whose content PromptOps cannot see as the runtime will: a symbolic link (its
// text is only the target's name), a submodule (a commit in another repository) or a Git LFS
// pointer (the real bytes live outside git). Scoring the stand-in would judge the wrong thing,
// so such a side fails closed as a critical finding the reviewer must resolve.
import type { FileChange, Finding } from '../types.js'
import type { RuleMeta } from './detector.js'

export const UNREVIEWABLE_RULE: RuleMeta = {
  id: 'schema.unreviewable-object',
  category: 'schema',
  severity: 'critical',
  title: 'Governed content cannot be reviewed',
  help: 'A governed path is a symbolic link, a submodule or a Git LFS pointer: the text in git is not what the runtime reads. Commit the file itself.',
}

const LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\r?\n/

/** Why the head side (or, when removed, nothing) cannot be reviewed; null when it can. */
export function unreviewableFinding(file: FileChange): Finding | null {
  const why = describe(file.headMode, file.headText)
  if (why === null) return null
  return {
    category: 'schema',
    rule: UNREVIEWABLE_RULE.id,
    severity: 'critical',
    path: file.path,
    line: 1,
    message: `${file.path} is ${why}: PromptOps cannot see the content the runtime will read, so this change cannot be approved as reviewed. Commit the file itself.`,
  }
}

function describe(mode: string | undefined, text: string | null): string | null {
  if (mode === '120000') return `a symbolic link${text ? ` (to \`${text.trim().slice(0, 200)}\`)` : ''}`
  if (mode === '160000') return 'a submodule (a commit of another repository)'
  if (text !== null && LFS_POINTER.test(text)) return 'a Git LFS pointer (the content is stored outside git)'
  return null
}

// GitHub looks for CODEOWNERS in these places, in this order, and uses the first found.
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const

export type CodeownersPath = (typeof CODEOWNERS_PATHS)[number]

const isCodeownersPath = (path: string): path is CodeownersPath => (CODEOWNERS_PATHS as readonly string[]).includes(path)

/** Picks the CODEOWNERS file GitHub would use; `files` maps path → content (undefined: absent). */
export function pickCodeowners(files: Record<string, string | undefined>): { path: CodeownersPath; text: string } | null {
  for (const path of CODEOWNERS_PATHS) {
    const text = files[path]
    if (typeof text === 'string') return { path, text }
  }
  return null
}

/** Which CODEOWNERS file GitHub reads before and after a change, and the changed ones it ignores. */
export interface CodeownersShift {
  before: CodeownersPath | null
  after: CodeownersPath | null
  /** CODEOWNERS files this change writes that another file takes precedence over: inert until
   * that one goes, which a later, innocent-looking pull request can do. */
  shadowed: Array<{ path: CodeownersPath; by: CodeownersPath }>
}

/**
 * `presentAtBase`: the CODEOWNERS paths that exist at the base (the shell reads all three).
 * Swapping the file GitHub reads rewrites every ownership rule at once, without touching the
 * rules themselves: a reviewer must see it as such (docs/security.md, CODEOWNERS swap).
 */
export function codeownersShift(
  presentAtBase: readonly string[],
  files: ReadonlyArray<{ path: string; oldPath?: string; headText: string | null; status: string }>,
): CodeownersShift {
  const present = new Set(presentAtBase.filter(isCodeownersPath))
  const before = CODEOWNERS_PATHS.find((p) => present.has(p)) ?? null
  const written: CodeownersPath[] = []
  for (const f of files) {
    if (f.oldPath !== undefined && f.oldPath !== f.path && isCodeownersPath(f.oldPath)) present.delete(f.oldPath)
    if (!isCodeownersPath(f.path)) continue
    if (f.status === 'removed') present.delete(f.path)
    else {
      present.add(f.path)
      written.push(f.path)
    }
  }
  const after = CODEOWNERS_PATHS.find((p) => present.has(p)) ?? null
  const shadowed = after === null ? [] : written.filter((p) => p !== after).map((path) => ({ path, by: after }))
  return { before, after, shadowed }
}

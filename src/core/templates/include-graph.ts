// Which changed files are prompt text because a template includes them, directly or through
// other included files. The shell supplies the paths at the head revision and a reader; this
// walks templates → referenced files → their references, up to a fixed depth.
import { findIncludes, includeCandidates } from './includes.js'

export interface IncludeGraphInput {
  /** Every path at the head revision (files only). */
  paths: ReadonlySet<string>
  /** Template paths at the head revision (matched by the config's globs). */
  templates: readonly string[]
  /** Changed paths that are not templates, policy or memory files: the candidates. */
  candidates: ReadonlySet<string>
  /** Texts at the head revision (null: absent or not text), read in batches. */
  read: (paths: readonly string[]) => Promise<Map<string, string | null>>
}

/** Nesting followed beyond the template itself; deeper chains are rare in prompt repos. */
const MAX_DEPTH = 5

/** Changed candidate path → the templates that (transitively) include it. */
export async function includedChangedFiles(input: IncludeGraphInput): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  if (input.candidates.size === 0) return out
  // rootsOf: a file reached through includes → the templates it is reached from.
  const rootsOf = new Map<string, Set<string>>(input.templates.map((t) => [t, new Set([t])]))
  let frontier = [...input.templates]
  for (let depth = 0; depth <= MAX_DEPTH && frontier.length > 0; depth++) {
    const texts = await input.read(frontier)
    const next: string[] = []
    for (const from of frontier) {
      const text = texts.get(from)
      if (!text) continue
      for (const ref of findIncludes(text)) {
        const target = includeCandidates(from, ref).find((p) => input.paths.has(p))
        if (target === undefined) continue
        const roots = rootsOf.get(target) ?? new Set<string>()
        const before = roots.size
        for (const root of rootsOf.get(from) ?? []) roots.add(root)
        rootsOf.set(target, roots)
        if (before === 0) next.push(target)
      }
    }
    frontier = next
  }
  for (const path of input.candidates) {
    const roots = rootsOf.get(path)
    if (roots && !input.templates.includes(path)) out[path] = [...roots].sort()
  }
  return out
}

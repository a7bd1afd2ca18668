// GitHub looks for CODEOWNERS in these places, in this order, and uses the first found.
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const

export type CodeownersPath = (typeof CODEOWNERS_PATHS)[number]

/** Picks the CODEOWNERS file GitHub would use; `files` maps path → content (undefined: absent). */
export function pickCodeowners(files: Record<string, string | undefined>): { path: CodeownersPath; text: string } | null {
  for (const path of CODEOWNERS_PATHS) {
    const text = files[path]
    if (typeof text === 'string') return { path, text }
  }
  return null
}

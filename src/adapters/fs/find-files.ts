// Files under a folder matching globs (picomatch), skipping .git and node_modules. Used for
// eval results files in the Action's workspace; bounded so a huge checkout cannot stall it.
import { readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import picomatch from 'picomatch'

const SKIP = new Set(['.git', 'node_modules'])
const MAX_ENTRIES = 200_000

export async function findFiles(root: string, globs: readonly string[]): Promise<string[]> {
  if (globs.length === 0) return []
  const match = picomatch([...globs], { dot: true })
  const found: string[] = []
  const queue = [root]
  let seen = 0
  while (seen < MAX_ENTRIES) {
    const dir = queue.shift()
    if (dir === undefined) break
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      seen++
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) queue.push(path)
      } else if (entry.isFile() && match(relative(root, path))) found.push(relative(root, path))
    }
  }
  return found.sort()
}

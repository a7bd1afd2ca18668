// `--repo DIR` for commands that read git history: the directory must exist and be a git
// repository, and the error says which of the two it is not (rather than a confusing
// `unknown revision "main"` from the first git command that fails).
import { stat } from 'node:fs/promises'
import { UsageError } from '../core/errors.js'
import { isGitRepository } from '../adapters/git/repository.js'
import { absolute, str } from './args.js'

export async function gitRepoArg(cwd: string, value: string | boolean | undefined): Promise<string> {
  const given = str(value) ?? '.'
  const dir = absolute(cwd, given)
  const info = await stat(dir).catch(() => null)
  if (!info) throw new UsageError(`--repo ${given}: no such directory`)
  if (!info.isDirectory()) throw new UsageError(`--repo ${given}: not a directory`)
  if (!(await isGitRepository(dir))) {
    throw new UsageError(`--repo ${given}: not a git repository (run it in a clone, or pass --repo DIR of one)`)
  }
  return dir
}

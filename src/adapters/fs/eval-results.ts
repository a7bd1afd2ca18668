// Eval results files in a working tree (the Action's workspace, a local clone), parsed.
// A file that does not parse is an error naming the file and line, never skipped.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseEvalResults, type EvalSummary } from '../../core/metrics/index.js'
import { unwrap } from '../../core/result.js'
import { findFiles } from './find-files.js'

export async function readEvalResults(
  root: string,
  globs: readonly string[],
): Promise<{ files: string[]; summaries: EvalSummary[] }> {
  const files = await findFiles(root, globs)
  const summaries: EvalSummary[] = []
  for (const file of files) summaries.push(...unwrap(parseEvalResults(await readFile(join(root, file), 'utf8'), file)))
  return { files, summaries }
}

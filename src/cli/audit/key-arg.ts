// A key given on the command line: a file path when such a file exists, else the key itself.
import { readFile } from 'node:fs/promises'
import { absolute } from '../args.js'

/** A verifier key given inline (`name+hash+key`) or as a file holding one. */
export async function readKeyArg(cwd: string, key: string): Promise<string> {
  return readFile(absolute(cwd, key), 'utf8').then(
    (t) => t.trim(),
    () => key,
  )
}

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CONFIG_PATH, parseConfig } from '../../core/config/parse-config.js'
import { CODEOWNERS_PATHS, parseCodeowners, pickCodeowners } from '../../core/owners/index.js'
import { absolute, parse, str } from '../args.js'
import type { Command } from '../io.js'

const usage = `Usage: promptops validate [--repo DIR]

Checks .github/promptops.yml against the schema (published as schema/promptops.schema.json)
and CODEOWNERS against GitHub's rules, in the working tree. Prints file:line for every
problem. Exit 0 when both are valid (or absent), 2 otherwise.

Examples:
  promptops validate
  promptops validate --repo ../prompts`

const readOptional = (path: string): Promise<string | undefined> => readFile(path, 'utf8').catch(() => undefined)

export const validateCommand: Command = {
  name: 'validate',
  usage,
  async run(argv, io) {
    const { values } = parse(argv, { repo: { type: 'string' } }, usage)
    if (values.help) return (io.stdout(`${usage}\n`), 0)
    const repo = absolute(io.cwd, str(values.repo) ?? '.')
    const problems: string[] = []
    const configText = (await readOptional(join(repo, CONFIG_PATH))) ?? null
    const config = parseConfig(configText, CONFIG_PATH)
    if (!config.ok) problems.push(config.error.message)
    const files = Object.fromEntries(
      await Promise.all(CODEOWNERS_PATHS.map(async (p) => [p, await readOptional(join(repo, p))] as const)),
    )
    const codeowners = pickCodeowners(files)
    if (codeowners) {
      for (const e of parseCodeowners(codeowners.text).errors) problems.push(`${codeowners.path}:${e.line}: ${e.message}`)
    }
    if (problems.length > 0) {
      io.stderr(`${problems.join('\n')}\n`)
      return 2
    }
    io.stdout(
      `${configText === null ? `${CONFIG_PATH}: absent, defaults apply` : `${CONFIG_PATH}: valid`}\n${codeowners ? `${codeowners.path}: valid` : 'CODEOWNERS: absent'}\n`,
    )
    return 0
  },
}

// The CLI's dispatcher: picks the command, turns expected errors into exit codes and
// one-line messages (no stack traces for user errors).
import { PromptOpsError } from '../core/errors.js'
import { VERSION } from '../version.js'
import { COMMANDS } from './commands/index.js'
import type { CliIo } from './io.js'

const EXAMPLES = [
  'Examples:',
  '  promptops score --base main --head HEAD            # score this branch as its pull request',
  '  promptops scan prompts/support/triage.prompt.yml   # one file, as if every line were new',
  '  promptops route --base main --head HEAD --explain  # who must approve, and why',
  '  promptops validate                                 # check promptops.yml and CODEOWNERS',
]

/** The contract scripts rely on (README "CLI"); 3 means a bug in PromptOps. */
const EXIT_CODES = [
  'Exit codes:',
  '  0  done (whatever the risk)',
  '  1  --fail-on met, audit verify found tampering, or migrate rejected records',
  '  2  bad usage, bad config or unreadable input (the message names the file and line)',
  '  3  internal error: a bug in PromptOps (please report it with the message)',
]

const help = (): string =>
  [
    `promptops ${VERSION}: governance for LLM prompt templates`,
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    ...EXAMPLES,
    '',
    ...EXIT_CODES,
    '',
    'Run `promptops <command> --help` for its options and examples.',
    '',
  ].join('\n')

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help')
    return (io.stdout(help()), name === undefined ? 2 : 0)
  if (name === '--version' || name === '-v') return (io.stdout(`${VERSION}\n`), 0)
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    io.stderr(`promptops: unknown command "${name}"\n\n${help()}`)
    return 2
  }
  try {
    return await (await command.load()).run(rest, io)
  } catch (error) {
    if (error instanceof PromptOpsError) {
      io.stderr(`promptops ${name}: ${error.message}\n`)
      return 2
    }
    io.stderr(`promptops ${name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return 3
  }
}

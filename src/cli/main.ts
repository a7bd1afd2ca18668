// The CLI's dispatcher: picks the command, turns expected errors into exit codes and
// one-line messages (no stack traces for user errors).
import { PromptOpsError } from '../core/errors.js'
import { VERSION } from '../version.js'
import { COMMANDS } from './commands/index.js'
import type { CliIo } from './io.js'

const help = (): string =>
  [`promptops ${VERSION}: governance for LLM prompt templates`, '', 'Commands:', ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`), '', 'Run `promptops <command> --help` for details.', ''].join('\n')

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') return io.stdout(help()), name === undefined ? 2 : 0
  if (name === '--version' || name === '-v') return io.stdout(`${VERSION}\n`), 0
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

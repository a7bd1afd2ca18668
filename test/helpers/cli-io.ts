// An in-memory CliIo: captures stdout/stderr, feeds stdin, fixes the clock.
import type { CliIo } from '../../src/cli/io.js'
import { runCli } from '../../src/cli/main.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export async function cli(
  argv: string[],
  options: { cwd?: string; stdin?: string; now?: Date; env?: Record<string, string> } = {},
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => options.stdin ?? '',
    cwd: options.cwd ?? process.cwd(),
    isTTY: false,
    now: () => options.now ?? new Date('2026-11-24T12:00:00Z'),
    env: options.env ?? {},
  }
  const code = await runCli(argv, io)
  return { code, stdout, stderr }
}

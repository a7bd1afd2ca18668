// What a command may touch: streams and the working directory. Tests pass their own.
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Promise<string>
  stdinLines?: () => AsyncIterable<string>
  cwd: string
  isTTY: boolean
  now: () => Date
  env: Readonly<Record<string, string | undefined>>
}

export interface Command {
  name: string
  summary: string
  usage: string
  run(argv: string[], io: CliIo): Promise<number>
}

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
  /** The bundled scoring worker (dist/cli-worker.js): `score` and `scan` spread big change
   * sets over two threads with it. Absent (tests, unbundled runs): one thread. */
  workerUrl?: URL
}

export interface Command {
  name: string
  usage: string
  run(argv: string[], io: CliIo): Promise<number>
}

/** A command as the dispatcher lists it: its module is imported only when it runs, so
 * `--help` or `schema` do not pay for the engine (the tokenizer encodings alone take ~0.5 s). */
export interface CommandEntry {
  name: string
  summary: string
  load(): Promise<Command>
}

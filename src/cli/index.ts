// Entry of the `promptops` bin: wires the process to runCli. No logic here.
import { createInterface } from 'node:readline'
import { enableCompileCache } from './compile-cache.js'
import { runCli } from './main.js'

// Before any command module loads (they are separate chunks, imported on use).
enableCompileCache()

const io = {
  stdout: (t: string) => void process.stdout.write(t),
  stderr: (t: string) => void process.stderr.write(t),
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  },
  stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  now: () => new Date(),
  env: process.env,
}

process.exitCode = await runCli(process.argv.slice(2), io)

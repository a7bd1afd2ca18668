// The README's promises, run as written: every command of its "Quick start" and "CLI"
// sections (the CLI installed from the packed tarball, with no registry; the commands run in
// a fresh clone of the example repository, the demo in this repository), and its workflow
// examples checked against the workflow schema and action.yml.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { demoRepo } from './helpers/demo-repo.js'
import { installGlobally, pack, run } from './helpers/packed-cli.js'

const README = readFileSync('README.md', 'utf8')
const INSTALL = 'npm install --global promptops'

/** The body of the `## title` section. */
function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`)
  if (start === -1) throw new Error(`README has no "## ${title}" section`)
  const end = README.indexOf('\n## ', start + 1)
  return README.slice(start, end === -1 ? undefined : end)
}

/** Fenced blocks of one language in a section. */
const blocks = (text: string, lang: string): string[] =>
  [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1] ?? '')

interface Command {
  line: string
  /** From a trailing `# exit N` comment; 0 otherwise. */
  exit: number
}

const commands = (title: string): Command[] =>
  blocks(section(title), 'sh')
    .flatMap((b) => b.split('\n'))
    .filter((l) => l.trim() !== '' && !l.trim().startsWith('#'))
    .map((l) => ({ line: l.replace(/\s+#.*$/, '').trim(), exit: Number(/#\s*exit (\d)/.exec(l)?.[1] ?? 0) }))

const TESTED = [...commands('Quick start'), ...commands('CLI')]

let bin: string
let clone: string
beforeAll(async () => {
  bin = await installGlobally((await pack()).tarball)
  clone = mkdtempSync(join(tmpdir(), 'your-prompt-repo-'))
  execFileSync('git', ['clone', '-q', demoRepo(), clone])
  // A fresh clone has only the checked-out branch (risky-change) locally; a user's has main.
  execFileSync('git', ['-C', clone, 'branch', '-q', 'main', 'origin/main'])
}, 120_000)

describe('README commands, run as written', () => {
  it('the sections list commands, install first', () => {
    expect(TESTED.length).toBeGreaterThanOrEqual(10)
    expect(TESTED[0]?.line).toBe(INSTALL)
  })

  it.each(TESTED.map((c) => [c.line, c] as const))('%s', async (_line, command) => {
    const env = { PATH: `${bin}:${process.env.PATH ?? ''}` }
    // The one substitution: the registry's `promptops` is this repository's packed tarball.
    if (command.line === INSTALL)
      return expect(execFileSync(join(bin, 'promptops'), ['--version']).toString().trim()).toBe(
        JSON.parse(readFileSync('package.json', 'utf8')).version,
      )
    const cwd = command.line.startsWith('npm run demo') ? process.cwd() : clone
    const result = await run('bash', ['-e', '-o', 'pipefail', '-c', command.line], { cwd, env })
    expect({ code: result.code, stderr: result.code === command.exit ? '' : result.stderr }).toEqual({
      code: command.exit,
      stderr: '',
    })
    expect(result.stdout.trim()).not.toBe('')
  })
})

describe('README workflows', () => {
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { deprecationMessage?: string }> }
  const ours = parse(readFileSync('.github/workflows/promptops.yml', 'utf8'))
  const checkout = (workflow: any): string[] => JSON.stringify(workflow).match(/actions\/checkout@[^"]+/g) ?? []
  const texts = [...blocks(section('Quick start'), 'yaml'), ...blocks(section('Use the Action'), 'yaml')]
  const workflows = texts.map((y) => parse(y))

  it('are valid workflows using current, non-deprecated inputs and this repository’s checkout version', () => {
    expect(workflows).toHaveLength(2)
    texts.forEach((text, i) =>
      expect(
        parseWorkflow({ name: `readme-${i}.yml`, content: text }, new NoOperationTraceWriter())
          .context.errors.getErrors()
          .map((e) => e.message),
      ).toEqual([]),
    )
    for (const workflow of workflows) {
      expect(checkout(workflow)).toEqual(checkout(ours).slice(0, 1))
      const steps = Object.values<any>(workflow.jobs).flatMap((j) => j.steps)
      const step = steps.find((s: any) => s.uses === 'promptops/promptops@v1')
      for (const input of Object.keys(step.with ?? {}))
        expect(action.inputs[input]).toEqual(expect.not.objectContaining({ deprecationMessage: expect.anything() }))
    }
  })
  it('grant what the Action writes; the full one also what SARIF upload needs', () => {
    const [quick, full] = workflows
    expect(quick.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', issues: 'write', checks: 'write' })
    expect(full.permissions).toEqual({ ...quick.permissions, 'security-events': 'write', actions: 'read' })
  })
  it('the quick-start workflow fits in six lines', () => {
    expect(blocks(section('Quick start'), 'yaml')[0]?.trim().split('\n')).toHaveLength(6)
  })
})

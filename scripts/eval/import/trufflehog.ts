// trufflehog's detector pattern tests (AGPL-3.0; referenced, never copied) as a held-out
// secrets source. Every test case of `pkg/detectors/<detector>/**/*_test.go` (integration tests
// left out) whose `want` lists a secret is a positive: the `input` is read where it is a string
// literal, a string constant, or `fmt.Sprintf` over string constants (go.ts); other inputs are
// skipped. Cases with `want: nil` are left out: they are negatives of one detector (a key too
// far from its keyword, one character off the provider's format), most of them still secrets.
import { goSprintfAt, goStringDeclaration } from '../external/go.js'
import { LocatorError, opensStringLiteral, readStringLiteral } from '../external/literals.js'
import type { Draft, Tree } from './tree.js'

const TEST = /^pkg\/detectors\/([^/]+)\/(?:.*\/)?[^/]+_test\.go$/
const INPUT = /^[ \t]*input:[ \t]*/gm

function lineColumn(text: string, at: number): string {
  const before = text.slice(0, at)
  const line = before.split('\n').length
  return `${line}:${at - before.lastIndexOf('\n')}`
}

/** Where an `input:` value is and what it reads, or undefined when it is not understood. */
function inputAt(text: string, at: number): { at: string; value: string; end: number } | undefined {
  try {
    if (text.startsWith('fmt.Sprintf(', at)) {
      const call = goSprintfAt(text, at)
      return { at: `sprintf:${lineColumn(text, at)}`, value: call.value, end: call.end }
    }
    if (opensStringLiteral(text, at)) {
      const literal = readStringLiteral(text, at, 'go')
      return { at: `string:${lineColumn(text, at)}`, value: literal.value, end: literal.end }
    }
    const name = /^([A-Za-z_]\w*)[ \t]*,/.exec(text.slice(at, at + 100))?.[1]
    if (name === undefined) return undefined
    const declared = goStringDeclaration(text, name)
    return {
      at: `string:${lineColumn(text, declared)}`,
      value: readStringLiteral(text, declared, 'go').value,
      end: at + name.length,
    }
  } catch (err) {
    if (err instanceof LocatorError) return undefined
    throw err
  }
}

export function trufflehog(tree: Tree): Draft[] {
  const out: Draft[] = []
  for (const path of [...tree.files()].sort()) {
    const m = TEST.exec(path)
    if (!m || path.endsWith('_integration_test.go')) continue
    const text = tree.read(path)
    const starts = [...text.matchAll(INPUT)].map((i) => i.index + i[0].length)
    starts.forEach((start, n) => {
      const input = inputAt(text, start)
      if (!input || input.value.trim() === '') return
      const rest = text.slice(input.end, starts[n + 1] ?? text.length)
      const want = /\bwant:[ \t]*(nil|\[\]string\{[ \t\r\n]*(\}|.))/.exec(rest)
      if (!want || want[1] === 'nil' || want[2] === '}') return
      const name = /\bname:[ \t]*"([^"\n]{1,80})"/g
      const names = [...text.slice(0, start).slice(-600).matchAll(name)]
      out.push({ path, at: input.at, label: true, rule: m[1] ?? '', note: names.at(-1)?.[1] ?? '', value: input.value })
    })
  }
  return out
}

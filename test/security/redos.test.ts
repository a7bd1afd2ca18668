// Every regular expression in the engine is checked for super-linear backtracking (ReDoS)
// with recheck, a complete checker (automata theory + fuzzing), on hostile-input terms.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

// @ts-expect-error -- plain JavaScript shared with scripts/gitleaks/generate.mjs
import { checkRegex } from '../../scripts/redos-check.mjs'

const check = checkRegex as (source: string, flags: string) => { status: string; summary: string }

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** Regex literals and `new RegExp('literal', 'flags')` calls in a source file. */
function regexesIn(path: string): Array<{ where: string; source: string; flags: string; bounded: boolean }> {
  const text = readFileSync(path, 'utf8')
  const lines = text.split('\n')
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const found: Array<{ where: string; source: string; flags: string; bounded: boolean }> = []
  const visit = (node: ts.Node): void => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart()).line
    const where = `${path}:${line + 1}`
    // A `// redos-bounded: <why>` comment right above says the input is a short, bounded window.
    const bounded = /redos-bounded: \S/.test(lines[line - 1] ?? '')
    if (ts.isRegularExpressionLiteral(node)) {
      const end = node.text.lastIndexOf('/')
      found.push({ where, source: node.text.slice(1, end), flags: node.text.slice(end + 1), bounded })
    } else if (
      ts.isNewExpression(node) &&
      node.expression.getText() === 'RegExp' &&
      node.arguments?.[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      const flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : ''
      found.push({ where, source: node.arguments[0].text, flags, bounded })
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

const ALL = ['src/core', 'src/adapters', 'src/cli', 'src/action', 'app'].flatMap(files).flatMap(regexesIn)

describe('ReDoS', () => {
  it('finds the engine regexes', () => expect(ALL.length).toBeGreaterThan(100))
  it('keeps bounded-window exceptions few and justified', () =>
    expect(ALL.filter((r) => r.bounded).length).toBeLessThanOrEqual(8))
  it('has no regex with super-linear backtracking', () => {
    // The same pattern (generated rules share many) is checked once.
    const verdicts = new Map<string, { status: string; summary: string }>()
    const vulnerable = ALL.flatMap((r) => {
      const key = `/${r.source}/${r.flags.replace(/[gy]/g, '')}`
      const result = verdicts.get(key) ?? verdicts.set(key, check(r.source, r.flags)).get(key)!
      return result.status === 'vulnerable' && !r.bounded ? [`${r.where} /${r.source}/${r.flags}: ${result.summary}`] : []
    })
    expect(vulnerable).toEqual([])
  })
})

// Yelp detect-secrets' plugin tests (Apache-2.0) as a held-out secrets source: the cases of
// every `@pytest.mark.parametrize` list in `tests/plugins/*_test.py` written as
// `(<string literal>, True|False)` under `<payload>, should_flag` (upstream's label), and the
// plain string literals of one-parameter lists whose test asserts a finding (`line`,
// `payload`, `file_content`). Elements that are not plain literals (`.format(…)`, names) are
// skipped. Left out: the public-IP plugin (not a secret), and the high-entropy, keyword and
// base tests (their cases are built by code). A negative that our own review found to be a
// credential all the same is relabelled (RELABEL, with the reason in its note).
import { opensStringLiteral, readStringLiteral } from '../external/literals.js'
import type { Draft, Tree } from './tree.js'

const TEST = /^tests\/plugins\/([a-z_]+)_test\.py$/
const SKIP = new Set(['ip_public', 'base', 'high_entropy_strings', 'keyword'])
const SINGLE = new Set(['line', 'payload', 'file_content'])
const PARAMETRIZE = '@pytest.mark.parametrize('

/** Our labels where upstream's (one plugin's) negative is still a credential: `<path> <at>` → reason. */
const RELABEL: Readonly<Record<string, string>> = {
  'tests/plugins/gitlab_token_test.py string:52:17':
    'relabelled: not a GitLab token, but a GitHub token (ghp_ and a random body)',
  ...Object.fromEntries(
    [15, 16, 17, 18].map((line) => [
      `tests/plugins/npm_test.py string:${line}:14`,
      'relabelled: an _authToken assignment in .npmrc is a credential (legacy npm tokens are UUIDs)',
    ]),
  ),
  'tests/plugins/openai_test.py string:16:14':
    'relabelled: an sk-proj- key with a long random body is a credential whatever its marker segment',
}

interface Case {
  at: number
  value: string
  flag: boolean
}

/** Blanks and `#` comments. */
function skip(text: string, at: number): number {
  let pos = at
  for (;;) {
    while (/[ \t\r\n]/.test(text[pos] ?? '')) pos++
    if (text[pos] !== '#') return pos
    pos = text.indexOf('\n', pos)
    if (pos === -1) return text.length
  }
}

/** The offset of the `,` or closing bracket that ends the list element starting at `at`. */
function elementEnd(text: string, at: number): number {
  let depth = 0
  let pos = at
  while (pos < text.length) {
    if (opensStringLiteral(text, pos) && !/\w/.test(text[pos - 1] ?? '')) {
      pos = readStringLiteral(text, pos, 'python').end
      continue
    }
    const c = text[pos] ?? ''
    if (c === '#') pos = text.indexOf('\n', pos)
    else if ('([{'.includes(c)) depth++
    else if (')]}'.includes(c)) {
      if (depth === 0) return pos
      depth--
    } else if (c === ',' && depth === 0) return pos
    pos++
  }
  return pos
}

function casesOf(text: string, listAt: number, names: string[]): Case[] {
  const pair = names.length === 2 && names[1] === 'should_flag'
  const single = names.length === 1 && SINGLE.has(names[0] ?? '')
  const out: Case[] = []
  let pos = skip(text, listAt + 1)
  while (pos < text.length && text[pos] !== ']') {
    const inner = text[pos] === '(' ? skip(text, pos + 1) : pos
    if ((pair && text[pos] === '(') || (single && inner === pos)) {
      if (opensStringLiteral(text, inner)) {
        const literal = readStringLiteral(text, inner, 'python')
        let after = skip(text, literal.end)
        if (single && (text[after] === ',' || text[after] === ']')) out.push({ at: inner, value: literal.value, flag: true })
        else if (pair && text[after] === ',') {
          after = skip(text, after + 1)
          const flag = /^(True|False)\b/.exec(text.slice(after, after + 6))?.[1]
          const close = flag ? skip(text, after + flag.length) : -1
          if (flag && (text[close] === ')' || (text[close] === ',' && text[skip(text, close + 1)] === ')')))
            out.push({ at: inner, value: literal.value, flag: flag === 'True' })
        }
      }
    }
    pos = elementEnd(text, pos)
    if (text[pos] === ',') pos = skip(text, pos + 1)
  }
  return out
}

export function detectSecrets(tree: Tree): Draft[] {
  const out: Draft[] = []
  for (const path of [...tree.files()].sort()) {
    const plugin = TEST.exec(path)?.[1]
    if (!plugin || SKIP.has(plugin)) continue
    const text = tree.read(path)
    for (let at = text.indexOf(PARAMETRIZE); at !== -1; at = text.indexOf(PARAMETRIZE, at + 1)) {
      const namesAt = skip(text, at + PARAMETRIZE.length)
      if (!opensStringLiteral(text, namesAt)) continue
      const names = readStringLiteral(text, namesAt, 'python')
      const list = skip(text, skip(text, names.end) + 1)
      if (text[skip(text, names.end)] !== ',' || text[list] !== '[') continue
      for (const c of casesOf(
        text,
        list,
        names.value.split(',').map((n) => n.trim()),
      )) {
        const before = text.slice(0, c.at)
        const locator = `string:${before.split('\n').length}:${c.at - before.lastIndexOf('\n')}`
        const relabel = RELABEL[`${path} ${locator}`]
        out.push({
          path,
          at: locator,
          label: relabel ? !c.flag : c.flag,
          rule: plugin,
          note: relabel ?? `should_flag ${c.flag}`,
          value: c.value,
        })
      }
    }
  }
  return out
}

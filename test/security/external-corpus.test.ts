// Referenced corpus samples (test/fixtures/corpora/external): locators, reference checks,
// the load-time value treatment and the mirror reader, on texts written here.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defang } from '../../scripts/eval/external/defang.js'
import { credsweeper } from '../../scripts/eval/import/credsweeper.js'
import { detectSecrets } from '../../scripts/eval/import/detect-secrets.js'
import type { Tree } from '../../scripts/eval/import/tree.js'
import { trufflehog } from '../../scripts/eval/import/trufflehog.js'
import { loadSource } from '../../scripts/eval/external/load.js'
import { locate } from '../../scripts/eval/external/locate.js'
import { mirrorReader, type FileReader } from '../../scripts/eval/external/mirror.js'
import { parseRefs, shaOf, type ExternalSource, type SampleRef } from '../../scripts/eval/external/refs.js'

const COMMIT = 'a'.repeat(40)
const BLOB = 'b'.repeat(40)
const SOURCE: ExternalSource = {
  source: 'example',
  category: 'secrets',
  repo: 'o/r',
  commit: COMMIT,
  licence: 'MIT',
  treatment: 'defang-positives',
  what: 'test',
}
const SPLITS = { secrets: { example: 'test' as const } }

describe('locators', () => {
  it('reads JSON and YAML pointers', () => {
    expect(locate('[{"t":"a"},{"t":"b/c"}]', 'json:/1/t', 'x.json')).toBe('b/c')
    expect(locate('{"a/b":{"~":"x"}}', 'json:/a~1b/~0', 'x.json')).toBe('x')
    expect(
      locate('rules:\n- id: r\n  examples:\n  - |\n      line one\n      line two\n', 'yaml:/rules/0/examples/0', 'r.yml'),
    ).toBe('line one\nline two')
    expect(() => locate('{"a":1}', 'json:/a', 'x.json')).toThrow('names a number')
    expect(locate('one\ntwo  \nthree', 'line:2', 'lines')).toBe('two')
    expect(() => locate('one', 'line:3', 'lines')).toThrow('past the end')
    expect(locate('one\ntwo  \nthree\nfour', 'lines:2-3', 'lines')).toBe('two\nthree')
    expect(() => locate('one\ntwo', 'lines:2-1', 'lines')).toThrow('bad line range')
    expect(() => locate('{"a":1}', 'json:/b', 'x.json')).toThrow('no "b"')
  })

  it('reads JavaScript string literals with their escapes', () => {
    const js = "const a = [\n  'it\\'s \\x41\\u0042\\u{43}\\d',\n  \"two\" + 'parts',\n  `tick`,\n]\n"
    expect(locate(js, 'string:2:3', 'v.test.js')).toBe("it's ABCd")
    expect(locate(js, 'string:3:3', 'v.test.js')).toBe('twoparts')
    expect(locate(js, 'string:4:3', 'v.test.js')).toBe('tick')
    expect(() => locate('x = `a${b}`', 'string:1:5', 'a.js')).toThrow('substitution')
  })

  it('reads Python string literals: unknown escapes kept, raw strings, implicit concatenation', () => {
    const py =
      "cases = [\n    ('a\\d\\n', True),\n    (r'\\d\\'', False),\n    ('one'\n     \"two\", True),\n    ('''tri\nple''', True),\n]\n"
    expect(locate(py, 'string:2:6', 't.py')).toBe('a\\d\n')
    expect(locate(py, 'string:3:6', 't.py')).toBe("\\d\\'")
    expect(locate(py, 'string:4:6', 't.py')).toBe('onetwo')
    expect(locate(py, 'string:6:6', 't.py')).toBe('tri\nple')
    expect(() => locate(py, 'string:2:2', 't.py')).toThrow('no string literal')
  })

  it('reads Go literals and fmt.Sprintf over string constants of the file', () => {
    const go =
      'package p\n\nconst keyword = "acme"\n\nvar (\n\tvalidKey = `Zq8\\nLw3`\n)\n\nvar a = fmt.Sprintf("%s token = \'%s\' 100%%", keyword, validKey)\nvar b = fmt.Sprintf("%d", keyword)\n'
    expect(locate(go, 'string:6:13', 'p_test.go')).toBe('Zq8\\nLw3')
    expect(locate(go, 'sprintf:9:9', 'p_test.go')).toBe("acme token = 'Zq8\\nLw3' 100%")
    expect(() => locate(go, 'sprintf:10:9', 'p_test.go')).toThrow('verb %d')
  })

  it('trims the end of a whole file', () => {
    expect(locate('token = x\n\n', 'file', 'a.env')).toBe('token = x')
  })
})

const ref = (over: Partial<SampleRef> = {}): SampleRef => ({
  repo: 'o/r',
  commit: COMMIT,
  path: 'a.txt',
  blob: BLOB,
  at: 'file',
  sha: shaOf('key = Zq8Lw3Nv7Tb2Xc9Rm4Kp'),
  label: true,
  ...over,
})

describe('references', () => {
  it('rejects malformed lines, naming file and line', () => {
    expect(() => parseRefs(SOURCE, '{"path":"a"}', 'external/example.jsonl')).toThrow(
      'external/example.jsonl:1: needs path, at, sha, label',
    )
    expect(() => parseRefs(SOURCE, JSON.stringify(ref({ commit: 'c'.repeat(40) })), 'f')).toThrow("not the source's o/r")
    expect(() => parseRefs(SOURCE, JSON.stringify(ref({ carrier: 'no slot' })), 'f')).toThrow('carrier without {v}')
    expect(() => parseRefs(SOURCE, 'not json', 'f')).toThrow('f:1:')
  })

  const text = 'key = Zq8Lw3Nv7Tb2Xc9Rm4Kp\n'
  const reader: FileReader = (r) => (r.blob === BLOB ? { text } : { missing: 'not here' })

  it('loads a sample: located, checked, carried and treated', () => {
    const loaded = loadSource(SOURCE, [ref({ carrier: 'Use {v} today.' }), ref({ label: false })], SPLITS, reader)
    expect('samples' in loaded).toBe(true)
    const [positive, negative] = 'samples' in loaded ? loaded.samples : []
    expect(positive).toMatchObject({ label: true, split: 'test', origin: 'referenced', id: 'external/example.jsonl:1' })
    expect(positive?.text).toMatch(/^Use key = [A-Za-z0-9]{20} today\.$/)
    expect(positive?.text).not.toContain('Zq8Lw3Nv7Tb2Xc9Rm4Kp')
    expect(negative?.text).toBe('key = Zq8Lw3Nv7Tb2Xc9Rm4Kp')
  })

  it('fails closed when a locator no longer finds what was labelled', () => {
    expect(() => loadSource(SOURCE, [ref({ sha: '0'.repeat(16) })], SPLITS, reader)).toThrow(
      'no longer locates the labelled text',
    )
  })

  it('leaves a source out whole, with the reason, when a file is unreadable', () => {
    expect(loadSource(SOURCE, [ref(), ref({ blob: 'c'.repeat(40) })], SPLITS, reader)).toEqual({ reason: 'not here' })
  })

  it('needs a split for every source', () => {
    expect(() => loadSource({ ...SOURCE, source: 'nowhere' }, [ref()], SPLITS, reader)).toThrow('has no split')
  })
})

describe('value treatment', () => {
  it('replaces random-looking runs deterministically, keeping prefixes, words and fakes', () => {
    const text = 'token: glpat-Zq8Lw3Nv7Tb2Xc9Rm4Kp and EXAMPLEKEYabc123def456 in prose'
    const once = defang(text, 'x:1')
    expect(once).toBe(defang(text, 'x:1'))
    expect(once).toMatch(/^token: glpat-[A-Za-z0-9]{20} and EXAMPLEKEYabc123def456 in prose$/)
    expect(once).not.toContain('Zq8Lw3Nv7Tb2Xc9Rm4Kp')
    expect(defang(text, 'x:2')).not.toBe(once)
  })

  it("keeps a format's fixed head of leading letters and the alphabet of the body it replaces", () => {
    const text = 'AKIAZ5FVBH7Q3TRW2KXM SK4c1b9e7f0a2d3c5b6a7f8e9d0c1b2a3f dapi1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d'
    const once = defang(text, 'x:3')
    // AWS key ids keep AKIA; the run's body stays upper case and digits.
    expect(once).toMatch(/^AKIA[A-Z0-9]{16} /)
    // An upper-case head before a lower-case hex body: the body stays lower-case hex.
    expect(once).toMatch(/ SK4[0-9a-f]{31} /)
    expect(once).toMatch(/ dapi[0-9a-f]{32}$/)
    expect(once).not.toContain('Z5FVBH7Q3TRW2KXM')
    expect(once).not.toContain('c1b9e7f0a2d3c5b6a7f8e9d0c1b2a3f')
  })
})

describe('mirror reader', () => {
  it('reads a file at a commit, checks its blob id, caches it, and reports what is missing', () => {
    const root = mkdtempSync(join(tmpdir(), 'promptops-mirror-'))
    try {
      const work = join(root, 'work')
      const git = (...args: string[]) => execFileSync('git', ['-C', work, ...args], { encoding: 'utf8' }).trim()
      execFileSync('git', ['init', '-q', work])
      writeFileSync(join(work, 'a.txt'), 'hello\n')
      git('add', 'a.txt')
      git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'one')
      const commit = git('rev-parse', 'HEAD')
      execFileSync('git', ['clone', '-q', '--mirror', work, join(root, 'mirror', 'o+r', 'repo')])
      const read = mirrorReader(join(root, 'mirror'), join(root, 'cache'))
      const file = { repo: 'o/r', commit, path: 'a.txt', blob: 'ce013625030ba8dba906f756967f9e9ca394464a' }
      expect(read(file)).toEqual({ text: 'hello\n' })
      expect(() => read({ ...file, blob: 'd'.repeat(40) })).toThrow('is blob ce013625')
      expect(read({ ...file, path: 'b.txt', blob: 'e'.repeat(40) })).toMatchObject({
        missing: expect.stringContaining('not in the mirror'),
      })
      expect(read({ ...file, repo: 'o/other', blob: 'f'.repeat(40) })).toMatchObject({
        missing: expect.stringContaining('no mirror of o/other'),
      })
      rmSync(join(root, 'mirror'), { recursive: true })
      expect(read(file)).toEqual({ text: 'hello\n' })
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

/** A one-commit tree of texts written here. */
const treeOf = (files: Record<string, string>): Tree => ({
  files: () => Object.keys(files),
  read: (p) => files[p] ?? '',
  blob: () => BLOB,
})

describe('importers', () => {
  it('detect-secrets: (literal, True|False) cases and one-parameter lists, nothing built by code', () => {
    const py = [
      'class TestX:',
      '    @pytest.mark.parametrize(',
      "        'payload, should_flag',",
      '        [',
      "            ('tok_Zq8Lw3Nv7Tb2', True),  # a comment, with (parens)",
      "            ('plain', False),",
      "            ('{}'.format(X), True),",
      '            (NAME, True),',
      '        ],',
      '    )',
      '    def test_analyze(self, payload, should_flag): pass',
      '',
      "@pytest.mark.parametrize('line', ['one' 'two', other])",
    ].join('\n')
    const drafts = detectSecrets(treeOf({ 'tests/plugins/x_test.py': py, 'tests/plugins/ip_public_test.py': py }))
    expect(drafts.map((d) => [d.at, d.label, d.value])).toEqual([
      ['string:5:14', true, 'tok_Zq8Lw3Nv7Tb2'],
      ['string:6:14', false, 'plain'],
      ['string:13:35', true, 'onetwo'],
    ])
    for (const d of drafts) expect(locate(py, d.at, d.path)).toBe(d.value)
  })

  it('credsweeper: reported lines and ranges, lines marked negative, negative files, no identifiers', () => {
    const report = (rule: string, path: string, lines: Array<[number, string]>) => ({
      rule,
      line_data_list: lines.map(([line_num, value]) => ({ path: `./tests/samples/${path}`, line_num, value })),
    })
    const files = {
      'tests/samples/acme': 'POSITIVE: acme_Zq8Lw3Nv7Tb2\nNEGATIVE: acme_EXAMPLEEXAMPLE\n# FP\nplain text',
      'tests/samples/key': 'x\n-----BEGIN PRIVATE KEY-----\nMIIBVAIBADANBg\n-----END PRIVATE KEY-----',
      'tests/samples/uuid': 'id = 81f50f8d-4c1a-de4d-8e3f-c1bc8b429a36',
      'tests/samples/pass_n': 'password = "abc"\n\nthe password is incorrect',
      'tests/samples/blob.bin': 'a\0b',
      'tests/data/output.json': JSON.stringify([
        report('Acme Token', 'acme', [[1, 'acme_Zq8Lw3Nv7Tb2']]),
        report('Acme Token', 'acme', [[2, 'acme_EXAMPLEEXAMPLE']]),
        report('PEM Private Key', 'key', [
          [2, '-----BEGIN'],
          [3, 'MIIBVAIBADANBg'],
          [4, '-----END'],
        ]),
        report('UUID', 'uuid', [[1, '81f50f8d-4c1a-de4d-8e3f-c1bc8b429a36']]),
        report('Password', 'pass_n', [[1, 'abc']]),
        report('Key', 'blob.bin', [[1, 'a']]),
      ]),
    }
    const drafts = credsweeper(treeOf(files))
    expect(drafts.map((d) => [d.path.slice(14), d.at, d.label, d.rule])).toEqual([
      ['acme', 'line:1', true, 'acme-token'],
      ['acme', 'line:2', false, 'acme-token'],
      ['key', 'lines:2-4', true, 'pem-private-key'],
      ['pass_n', 'line:1', true, 'password'],
      ['pass_n', 'line:3', false, 'none'],
    ])
    for (const d of drafts) expect(locate(files[d.path as keyof typeof files], d.at, d.path)).toBe(d.value)
  })

  it('trufflehog: inputs whose want lists a secret, as literals, constants or Sprintf', () => {
    const go = [
      'package acme',
      'var (',
      '\tvalidPattern = "acme_Zq8Lw3Nv7Tb2"',
      '\tkeyword = "acme"',
      ')',
      'func TestAcme_Pattern(t *testing.T) {',
      '\ttests := []struct{ name string; input string; want []string }{',
      '\t\t{',
      '\t\t\tname: "valid pattern",',
      '\t\t\tinput: fmt.Sprintf("%s = %s", keyword, validPattern),',
      '\t\t\twant: []string{validPattern},',
      '\t\t},',
      '\t\t{ name: "constant",',
      '\t\t\tinput: validPattern,',
      '\t\t\twant: []string{"x"} },',
      '\t\t{ name: "invalid pattern",',
      '\t\t\tinput: `acme = nope`,',
      '\t\t\twant: nil },',
      '\t\t{ name: "empty",',
      '\t\t\tinput: "acme",',
      '\t\t\twant: []string{} },',
      '\t}',
      '}',
    ].join('\n')
    const drafts = trufflehog(
      treeOf({ 'pkg/detectors/acme/acme_test.go': go, 'pkg/detectors/acme/acme_integration_test.go': go }),
    )
    expect(drafts.map((d) => [d.at, d.label, d.rule, d.note, d.value])).toEqual([
      ['sprintf:10:11', true, 'acme', 'valid pattern', 'acme = acme_Zq8Lw3Nv7Tb2'],
      ['string:3:17', true, 'acme', 'constant', 'acme_Zq8Lw3Nv7Tb2'],
    ])
    for (const d of drafts) expect(locate(go, d.at, d.path)).toBe(d.value)
  })
})

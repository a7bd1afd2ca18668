// parseYamlSource shares the syntax tree of a text it has just parsed (a modified template's
// base and head usually have the same front matter); everything else is the file's own.
import { describe, expect, it } from '@jest/globals'
import { parseTemplate } from '../../../src/core/templates/index.js'
import { LineIndex } from '../../../src/core/templates/source.js'
import { parseYamlSource } from '../../../src/core/templates/yaml-source.js'

const FRONT =
  '---\nname: triage\nmodel:\n  api: chat\n  parameters:\n    temperature: 0.2\n    max_tokens: 300\nsample:\n  ticket: "x"\n---\n'
const BASE = `${FRONT}system:\nYou triage tickets.\n\nuser:\n{{ticket}}\n`
const HEAD = `${FRONT}system:\nYou triage support tickets. Be brief.\n\nuser:\n{{ticket}}\n`
const OTHER = '---\nname: other\nmodel:\n  api: chat\n---\nsystem:\nHello.\n'

/** A parse of `text` that cannot reuse anything: another front matter is parsed just before. */
function fresh(path: string, text: string): ReturnType<typeof parseTemplate> {
  parseTemplate('other.prompty', OTHER)
  return parseTemplate(path, text)
}

describe('parseYamlSource', () => {
  it("reuses the previous call's syntax tree for the same text, with this file's line numbers", () => {
    const first = new LineIndex('name: a\nmodel: [\n')
    const again = new LineIndex('# moved down two lines\n\nname: a\nmodel: [\n')
    const a = parseYamlSource(first, 0, first.text.length)
    const start = again.text.indexOf('name')
    const b = parseYamlSource(again, start, again.text.length)
    expect(b.doc).toBe(a.doc)
    expect(a.issues.length).toBeGreaterThan(0)
    expect(b.issues.map((i) => i.line)).toEqual(a.issues.map((i) => i.line + 2))
    expect(b.value).not.toBe(a.value) // values are converted per call: callers may keep them
    expect(b.value).toEqual(a.value)
  })

  it('parses a different text anew', () => {
    const a = parseYamlSource(new LineIndex('a: 1\n'), 0, 5)
    const b = parseYamlSource(new LineIndex('a: 2\n'), 0, 5)
    expect(b.doc).not.toBe(a.doc)
    expect(b.value).toEqual({ a: 2 })
  })

  it('gives a head with its base front matter the template a fresh parse gives', () => {
    parseTemplate('triage.prompty', BASE)
    const shared = parseTemplate('triage.prompty', HEAD)
    expect(shared).toEqual(fresh('triage.prompty', HEAD))
    expect(shared.model.parameters).toEqual({ temperature: 0.2, max_tokens: 300 })
  })
})

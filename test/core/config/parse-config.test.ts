import { describe, expect, it } from '@jest/globals'
import { defaultConfig, parseConfig } from '../../../src/core/config/parse-config.js'
import { classifier } from '../../../src/core/config/governed.js'

describe('parseConfig', () => {
  it('gives the defaults for a missing or empty file', () => {
    for (const text of [null, '', '  \n']) {
      const result = parseConfig(text)
      expect(result.ok && result.value).toEqual(defaultConfig())
    }
  })

  const bad: Array<{ name: string; text: string; line: number; includes: string }> = [
    { name: 'YAML syntax error', text: 'version: 1\nrouting: [\n', line: 3, includes: '' },
    { name: 'duplicate key', text: 'version: 1\nversion: 1\n', line: 2, includes: 'unique' },
    { name: 'unknown key', text: 'version: 1\ntemplatez: []\n', line: 1, includes: 'templatez' },
    {
      name: 'wrong type deep in routing',
      text: 'routing:\n  high:\n    approvals: many\n',
      line: 3,
      includes: 'routing.high.approvals',
    },
    {
      name: 'suppression without a reason',
      text: 'suppressions:\n  - rule: pii.email\n    reason: ok\n',
      line: 3,
      includes: 'written reason',
    },
    { name: 'custom tag is not executed', text: 'templates: !!js/function "x"\n', line: 1, includes: '' },
    {
      name: 'critical tier with no approvals',
      text: 'routing:\n  low: {approvals: 0}\n  medium: {approvals: 0}\n  high: {approvals: 0}\n  critical: {approvals: 0}\n',
      line: 5,
      includes: 'critical',
    },
    {
      name: 'tier approvals falling',
      text: 'routing:\n  high: {approvals: 3}\n',
      line: 2,
      includes: 'routing.critical.approvals',
    },
  ]
  it.each(bad)('rejects $name with file and line', ({ text, line, includes }) => {
    const result = parseConfig(text, '.github/promptops.yml')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.issues[0]?.line).toBe(line)
    expect(result.error.message).toContain(`.github/promptops.yml:${line}`)
    expect(result.error.message).toContain(includes)
  })

  it('survives an alias bomb without expanding it', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      ),
    ].join('\n')
    const result = parseConfig(bomb)
    expect(result.ok).toBe(false)
  })
})

describe('classifier', () => {
  const c = classifier(defaultConfig())
  it.each([
    ['a/b/x.prompt.yml', true],
    ['.github/prompts/x.prompt.yaml', true],
    ['x.prompty', true],
    ['deep/x.prompt', true],
    ['prompts/a/b.txt', true],
    ['prompts/a/b.json', true],
    ['docs/readme.md', false],
    ['src/prompts/a.txt', true],
    ['src/prompts.ts', false],
    ['Prompts/a/b.txt', true],
    ['a/X.PROMPT.YML', true],
  ])('%s governed: %s', (path, want) => expect(c.isTemplate(path)).toBe(want))
  it('excludes only the exact case, so a case variant of an excluded folder stays governed', () => {
    const excluding = classifier({ ...defaultConfig(), exclude: ['prompts/drafts/**'] })
    expect(excluding.isTemplate('prompts/drafts/a.txt')).toBe(false)
    expect(excluding.isTemplate('prompts/Drafts/a.txt')).toBe(true)
  })
  it.each([
    ['.github/promptops.yml', true],
    ['.github/CODEOWNERS', true],
    ['CODEOWNERS', true],
    ['.github/workflows/ci.yml', false],
    ['prompts/x.txt', false],
  ])('%s is a policy file: %s', (path, want) => expect(c.isPolicyFile(path)).toBe(want))
  it.each([
    ['.github/workflows/ci.yml', true],
    ['.github/workflows/README.md', false],
    ['.github/workflows/sub/x.yml', false],
  ])('%s is a workflow (policy when it runs PromptOps): %s', (path, want) => expect(c.isWorkflow(path)).toBe(want))
})

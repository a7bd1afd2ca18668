// Release engineering: the workflows and action.yml are valid (GitHub's own parser and schemas,
// @actions/workflow-parser), the Action's metadata fits the Marketplace, and the release
// workflow does what CHANGELOG.md's "Releasing" says.
import { describe, expect, it } from '@jest/globals'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
// @ts-expect-error: plain ESM script without type declarations
import { changelogSection, releaseNotes } from '../../scripts/release-notes.mjs'

/** GitHub's own parser's errors for a workflow or action.yml (none when valid). */
const workflowErrors = (name: string, content: string): string[] =>
  parseWorkflow({ name, content }, new NoOperationTraceWriter())
    .context.errors.getErrors()
    .map((e) => e.message)
const actionErrors = (content: string): string[] =>
  parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter())
    .context.errors.getErrors()
    .map((e) => e.message)
const yamlFile = (path: string): Record<string, any> => parse(readFileSync(path, 'utf8'))
const WORKFLOWS = readdirSync('.github/workflows').filter((f) => /\.ya?ml$/.test(f))
const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
const changelog = readFileSync('CHANGELOG.md', 'utf8')
const notes = releaseNotes as (tag: string, pkg: { version: string }, changelog: string) => string

/** Every `uses:` of every step of every job. */
const uses = (workflow: Record<string, any>): string[] =>
  Object.values(workflow.jobs ?? {}).flatMap((job: any) => (job.steps ?? []).map((s: any) => s.uses).filter(Boolean))
const runs = (workflow: Record<string, any>, job: string): string =>
  (workflow.jobs[job].steps as Array<{ run?: string }>).map((s) => s.run ?? '').join('\n')

describe('workflows and action.yml', () => {
  it.each(WORKFLOWS)('.github/workflows/%s is a valid workflow', (file) => {
    expect(workflowErrors(file, readFileSync(`.github/workflows/${file}`, 'utf8'))).toEqual([])
  })

  it('action.yml is valid and fit for the Marketplace listing', () => {
    const action = yamlFile('action.yml')
    expect(actionErrors(readFileSync('action.yml', 'utf8'))).toEqual([])
    expect(action.description.length).toBeLessThanOrEqual(125)
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) })
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    for (const [name, input] of Object.entries<any>(action.inputs))
      expect({ name, described: input.description.length > 20 }).toEqual({ name, described: true })
  })

  it('every workflow uses the same major version of each action', () => {
    const majors = new Map<string, Set<string>>()
    for (const file of WORKFLOWS)
      for (const ref of uses(yamlFile(`.github/workflows/${file}`)).filter((u) => u.includes('@'))) {
        const [name, version] = ref.split('@') as [string, string]
        majors.set(name, (majors.get(name) ?? new Set()).add(version))
      }
    for (const [name, versions] of majors) expect([name, [...versions]]).toEqual([name, [expect.any(String)]])
  })
})

describe('the release workflow', () => {
  const release = yamlFile('.github/workflows/release.yml')
  it('runs on version tags only', () => {
    expect(release.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } })
  })
  it('verifies the tag and CHANGELOG, that dist/ is fresh, and runs the tests before anything is released', () => {
    const verify = runs(release, 'verify')
    expect(verify).toContain('node scripts/release-notes.mjs "$GITHUB_REF_NAME"')
    expect(verify).toMatch(/npm run build && npm run schema\n\s*if \[ -n "\$\(git status --porcelain -- dist /)
    expect(verify).toContain('npm test')
    expect(release.jobs['github-release'].needs).toBe('verify')
    expect(release.jobs['npm-publish'].needs).toBe('verify')
  })
  it('creates the GitHub release from CHANGELOG.md and moves the major tag', () => {
    const steps = runs(release, 'github-release')
    expect(steps).toContain('gh release create "$GITHUB_REF_NAME" --verify-tag')
    expect(steps).toContain('major="${GITHUB_REF_NAME%%.*}"')
    expect(steps).toContain('git push --force origin "refs/tags/$major"')
    expect(release.jobs['github-release'].permissions).toEqual({ contents: 'write' })
  })
})

describe('release notes from CHANGELOG.md', () => {
  it(`CHANGELOG.md documents the current version (${pkg.version})`, () => {
    expect(notes(`v${pkg.version}`, pkg, changelog)).toMatch(/### (Added|Changed|Fixed)/)
  })
  it('refuses a tag that is not package.json’s version, or an undocumented version', () => {
    expect(() => notes('v9.9.9', pkg, changelog)).toThrow(/is not v/)
    expect(() => notes('v9.9.9', { version: '9.9.9' }, changelog)).toThrow(/no "## \[9\.9\.9\]/)
  })
  it('takes exactly one section', () => {
    const text =
      '# Changelog\n\n## [Unreleased]\n\n## [1.1.0] - 2027-01-02\n\n### Fixed\n- b\n\n## [1.0.0] - 2026-12-04\n\n### Added\n- a\n'
    expect((changelogSection as (c: string, v: string) => string | null)(text, '1.1.0')).toBe('### Fixed\n- b')
    expect((changelogSection as (c: string, v: string) => string | null)(text, '1.0')).toBeNull()
  })
})

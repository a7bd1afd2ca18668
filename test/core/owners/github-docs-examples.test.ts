// Every example pattern from GitHub's "About code owners" page (docs.github.com,
// "Example of a CODEOWNERS file"), each checked alone and then as one combined file.
import { describe, expect, it } from '@jest/globals'
import { ownersOf, parseCodeowners } from '../../../src/core/owners/index.js'

interface Case {
  name: string
  file: string
  want: Record<string, string[]>
}

const examples: Case[] = [
  {
    name: 'default owners for everything',
    file: '*       @global-owner1 @global-owner2',
    want: { 'README.md': ['@global-owner1', '@global-owner2'], 'a/b/c.ts': ['@global-owner1', '@global-owner2'] },
  },
  {
    name: 'later *.js overrides the default (inline comment ignored)',
    file: '*       @global-owner1 @global-owner2\n*.js    @js-owner #This is an inline comment.',
    want: {
      'app.js': ['@js-owner'],
      'src/deep/app.js': ['@js-owner'],
      'app.jsx': ['@global-owner1', '@global-owner2'],
      'style.css': ['@global-owner1', '@global-owner2'],
    },
  },
  {
    name: 'email owner',
    file: '*.go docs@example.com',
    want: { 'main.go': ['docs@example.com'], 'cmd/x/main.go': ['docs@example.com'], 'main.gox': [] },
  },
  {
    name: 'team owner',
    file: '*.txt @octo-org/octocats',
    want: { 'notes.txt': ['@octo-org/octocats'], 'a/b/notes.txt': ['@octo-org/octocats'], 'notes.TXT': [] },
  },
  {
    name: 'root build/logs and its subdirectories',
    file: '/build/logs/ @doctocat',
    want: {
      'build/logs/a.log': ['@doctocat'],
      'build/logs/2024/a.log': ['@doctocat'],
      'src/build/logs/a.log': [],
      'build/logs': [],
      'build/logsx/a': [],
    },
  },
  {
    name: 'docs/* matches direct files only',
    file: 'docs/*  docs@example.com',
    want: {
      'docs/getting-started.md': ['docs@example.com'],
      'docs/build-app/troubleshooting.md': [],
      'src/docs/x.md': [],
      docs: [],
    },
  },
  {
    name: 'apps/ anywhere',
    file: 'apps/ @octocat',
    want: {
      'apps/a.js': ['@octocat'],
      'src/apps/a.js': ['@octocat'],
      'x/y/apps/z/w.js': ['@octocat'],
      apps: [],
      'myapps/a.js': [],
    },
  },
  {
    name: '/docs/ root only',
    file: '/docs/ @doctocat',
    want: { 'docs/a.md': ['@doctocat'], 'docs/build-app/troubleshooting.md': ['@doctocat'], 'src/docs/a.md': [] },
  },
  {
    name: '/scripts/ needs either owner',
    file: '/scripts/ @doctocat @octocat',
    want: { 'scripts/deploy.sh': ['@doctocat', '@octocat'], 'tools/scripts/x.sh': [] },
  },
  {
    name: '**/logs at any depth',
    file: '**/logs @octocat',
    want: {
      'build/logs/a': ['@octocat'],
      'scripts/logs/a': ['@octocat'],
      'deeply/nested/logs/a': ['@octocat'],
      'logs/a': ['@octocat'],
      logs: ['@octocat'],
      'build/logsx/a': [],
    },
  },
  {
    name: 'ownerless /apps/github leaves it unowned',
    file: '/apps/ @octocat\n/apps/github',
    want: { 'apps/a.js': ['@octocat'], 'apps/github/a.js': [], 'apps/github': [], 'apps/githubx/a.js': ['@octocat'] },
  },
  {
    name: '/apps/github with its own owner',
    file: '/apps/ @octocat\n/apps/github @doctocat',
    want: { 'apps/a.js': ['@octocat'], 'apps/github/a.js': ['@doctocat'] },
  },
]

describe('GitHub docs CODEOWNERS examples, one at a time', () => {
  it.each(examples)('$name', ({ file, want }) => {
    const parsed = parseCodeowners(file)
    expect(parsed.errors).toEqual([])
    for (const [path, owners] of Object.entries(want)) expect([path, ownersOf(path, parsed).owners]).toEqual([path, owners])
  })
})

const DOCS_FILE = `# This is a comment.
# Each line is a file pattern followed by one or more owners.

*       @global-owner1 @global-owner2
*.js    @js-owner #This is an inline comment.
*.go docs@example.com
*.txt @octo-org/octocats
/build/logs/ @doctocat
docs/*  docs@example.com
apps/ @octocat
/docs/ @doctocat
/scripts/ @doctocat @octocat
**/logs @octocat
/apps/ @octocat
/apps/github
/apps/ @octocat
/apps/github @doctocat
`

describe('GitHub docs CODEOWNERS example as one file (last match wins)', () => {
  const parsed = parseCodeowners(DOCS_FILE)
  it.each([
    ['README.md', ['@global-owner1', '@global-owner2'], 4],
    ['src/app.js', ['@js-owner'], 5],
    ['main.go', ['docs@example.com'], 6],
    ['notes/a.txt', ['@octo-org/octocats'], 7],
    ['build/logs/x.log', ['@octocat'], 13],
    ['docs/getting-started.md', ['@doctocat'], 11],
    ['docs/build-app/troubleshooting.md', ['@doctocat'], 11],
    ['src/apps/foo.rb', ['@octocat'], 10],
    ['apps/x.js', ['@octocat'], 16],
    ['apps/github/x.js', ['@doctocat'], 17],
    ['scripts/deploy.sh', ['@doctocat', '@octocat'], 12],
    ['scripts/logs/a.log', ['@octocat'], 13],
    ['deeply/nested/logs/a.log', ['@octocat'], 13],
  ] as const)('%s', (path, owners, line) => {
    expect(parsed.errors).toEqual([])
    expect(ownersOf(path, parsed)).toEqual({ owners: [...owners], line })
  })
})

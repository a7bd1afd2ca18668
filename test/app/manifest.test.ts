// app.yml (what the App is granted) and docs/app.md (why) stay in step, and every event the
// manifest subscribes to is one its permissions allow, so registering from it cannot fail.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const manifest = parse(readFileSync('app.yml', 'utf8')) as {
  default_permissions: Record<string, string>
  default_events: string[]
}
const docs = readFileSync('docs/app.md', 'utf8')

/** Rows of the markdown table whose header starts with `first`: first cell → other cells. */
function table(first: string): Map<string, string[]> {
  const lines = docs.split('\n')
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`))
  const rows = new Map<string, string[]>()
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    const [key = '', ...rest] = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim())
    rows.set(key.replace(/`/g, ''), rest)
  }
  return rows
}

/** The permission GitHub requires to deliver each event (GitHub's webhook events reference). */
const EVENT_PERMISSION: Record<string, string> = {
  check_run: 'checks',
  check_suite: 'checks',
  pull_request: 'pull_requests',
  pull_request_review: 'pull_requests',
  merge_group: 'merge_queues',
}

describe('the App manifest', () => {
  it('docs/app.md gives the reason for exactly the permissions app.yml requests, at the same level', () => {
    const documented = table('permission')
    expect(Object.fromEntries([...documented].map(([name, [access]]) => [name, access]))).toEqual(manifest.default_permissions)
    for (const [name, [, why]] of documented) expect({ name, why: (why ?? '').length > 20 }).toEqual({ name, why: true })
  })
  it('docs/app.md explains every event app.yml subscribes to', () => {
    expect([...table('event').keys()].sort()).toEqual([...manifest.default_events].sort())
  })
  it('every event is allowed by a granted permission', () => {
    for (const event of manifest.default_events)
      expect([event, manifest.default_permissions[EVENT_PERMISSION[event] ?? 'unknown']]).toEqual([
        event,
        expect.stringMatching(/^(read|write)$/),
      ])
  })
  it('docs/app.md documents every variable of .env.example', () => {
    const names =
      readFileSync('.env.example', 'utf8')
        .match(/^#? ?([A-Z_]+)=/gm)
        ?.map((l) => l.replace(/^#? ?|=$/g, '')) ?? []
    expect(names.length).toBeGreaterThan(10)
    const variables = [...table('variable').keys()].join(', ')
    expect(names.filter((n) => !variables.includes(n))).toEqual([])
  })
})

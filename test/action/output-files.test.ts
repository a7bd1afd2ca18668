// writeInWorkspace: the Action's output files never leave the workspace or follow a link.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UnsafeOutputPath, writeInWorkspace } from '../../src/action/output-files.js'

function setup() {
  const base = mkdtempSync(join(tmpdir(), 'outputs-'))
  const workspace = join(base, 'ws')
  const outside = join(base, 'outside')
  mkdirSync(workspace)
  mkdirSync(outside)
  writeFileSync(join(outside, 'victim'), 'precious')
  return { base, workspace, outside }
}

describe('writeInWorkspace', () => {
  it('writes relative and absolute paths inside the workspace, creating folders, replacing its own file', async () => {
    const { workspace } = setup()
    expect(await writeInWorkspace(workspace, 'report-path', 'a/b/r.json', '1')).toBe(join(workspace, 'a/b/r.json'))
    expect(await writeInWorkspace(workspace, 'report-path', join(workspace, 'a/b/r.json'), '2')).toBe(
      join(workspace, 'a/b/r.json'),
    )
    expect(readFileSync(join(workspace, 'a/b/r.json'), 'utf8')).toBe('2')
    expect(readdirSync(join(workspace, 'a/b'))).toEqual(['r.json'])
  })

  it('accepts a workspace that is itself reached through a link (the runner chose it)', async () => {
    const { base, workspace } = setup()
    symlinkSync(workspace, join(base, 'linked'))
    expect(await writeInWorkspace(join(base, 'linked'), 'sarif-path', join(base, 'linked', 'x.sarif'), 's')).toBe(
      join(workspace, 'x.sarif'),
    )
  })

  it.each([
    [
      'a link at the file',
      (ws: string, out: string) => symlinkSync(join(out, 'victim'), join(ws, 'r.json')),
      'r.json',
      'r.json is a symbolic link',
    ],
    [
      'a dangling link at the file',
      (ws: string, out: string) => symlinkSync(join(out, 'new'), join(ws, 'r.json')),
      'r.json',
      'r.json is a symbolic link',
    ],
    [
      'a link to a folder on the way',
      (ws: string, out: string) => symlinkSync(out, join(ws, 'd')),
      'd/victim',
      'd is a symbolic link',
    ],
    [
      'a deeper link on the way',
      (ws: string, out: string) => (mkdirSync(join(ws, 'd')), symlinkSync(out, join(ws, 'd', 'e'))),
      'd/e/victim',
      'd/e is a symbolic link',
    ],
    ['a path that climbs out', () => undefined, '../outside/victim', 'inside the workspace'],
    ['an absolute path elsewhere', (_ws: string, out: string) => out, 'ABSOLUTE', 'inside the workspace'],
    ['the workspace itself', () => undefined, '.', 'inside the workspace'],
    ['a folder at the file', (ws: string) => mkdirSync(join(ws, 'r.json')), 'r.json', 'not a regular file'],
    ['a file on the way', (ws: string) => writeFileSync(join(ws, 'f'), ''), 'f/r.json', 'f is not a folder'],
  ])('refuses %s, naming the input and path', async (_name, arrange, path, why) => {
    const { workspace, outside } = setup()
    arrange(workspace, outside)
    const target = path === 'ABSOLUTE' ? join(outside, 'victim') : path
    await expect(writeInWorkspace(workspace, 'report-path', target, 'evil')).rejects.toThrow(UnsafeOutputPath)
    await expect(writeInWorkspace(workspace, 'report-path', target, 'evil')).rejects.toThrow(
      new RegExp(`^report-path "${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}": .*${why}`),
    )
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('precious')
    expect(readdirSync(outside)).toEqual(['victim'])
  })
})

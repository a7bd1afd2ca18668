import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { gzipSync } from 'node:zlib'
import { readTar, readTarball, TarError } from '../../../src/adapters/github/tar.js'
import { createTempRepo } from '../../github-emulator/temp-repo.js'

/** One tar header block (ustar) with a valid checksum. */
function header(name: string, size: number, type = '0', prefix = ''): Buffer {
  const h = Buffer.alloc(512)
  h.write(name, 0, 100, 'utf8')
  h.write('0000644\0', 100)
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124)
  h.write('00000000000\0', 136)
  h.write(type, 156)
  h.write('ustar\0', 257)
  h.write('00', 263)
  h.write(prefix, 345, 155, 'utf8')
  h.fill(' ', 148, 156)
  let sum = 0
  for (const b of h) sum += b
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148)
  return h
}

const pad = (b: Buffer): Buffer => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)])
const entry = (name: string, body: string | Buffer, type = '0', prefix = ''): Buffer => {
  const data = Buffer.isBuffer(body) ? body : Buffer.from(body)
  return Buffer.concat([header(name, data.length, type, prefix), pad(data)])
}
const paxRecord = (key: string, value: string): string => {
  const body = ` ${key}=${value}\n`
  let len = body.length + 1
  while (`${len}${body}`.length !== len) len++
  return `${len}${body}`
}
const end = Buffer.alloc(1024)

describe('readTar', () => {
  it.each([
    ['plain ustar file under the top folder', [entry('o-r-abc/a.txt', 'hi\n')], { 'a.txt': 'hi\n' }],
    ['ustar prefix field', [entry('b.json', '{}', '0', 'o-r-abc/records/2026/01')], { 'records/2026/01/b.json': '{}' }],
    [
      'pax path overrides the header name',
      [entry('PaxHeader', paxRecord('path', `o-r-abc/${'d/'.repeat(80)}x.md`), 'x'), entry('truncated', 'long')],
      { [`${'d/'.repeat(80)}x.md`]: 'long' },
    ],
    [
      'GNU long name',
      [entry('././@LongLink', `o-r-abc/${'e'.repeat(150)}\0`, 'L'), entry('short', 'gnu')],
      { ['e'.repeat(150)]: 'gnu' },
    ],
    [
      'pax global header, directories and symlinks are skipped',
      [
        entry('pax_global_header', paxRecord('comment', 'f'.repeat(40)), 'g'),
        entry('o-r-abc/', '', '5'),
        entry('o-r-abc/link', '', '2'),
        entry('o-r-abc/f', 'x'),
      ],
      { f: 'x' },
    ],
    ['the top folder itself is not a file', [entry('toplevel-file', 'x')], {}],
    ['empty archive', [], {}],
  ])('%s', (_name, parts, expected) => {
    const files = readTar(Buffer.concat([...parts, end]))
    expect(Object.fromEntries([...files].map(([k, v]) => [k, v.toString('utf8')]))).toEqual(expected)
  })

  it.each([
    [
      'a corrupted checksum',
      () => {
        const b = entry('o/a', 'x')
        b[0] = 0x5a
        return Buffer.concat([b, end])
      },
      /checksum/,
    ],
    ['a size past the end', () => Buffer.concat([header('o/a', 4096)]), /past the end/],
    ['a malformed pax record', () => Buffer.concat([entry('p', '99999 path=x\n', 'x'), entry('o/a', 'x'), end]), /pax/],
  ])('rejects %s', (_name, build, message) => {
    expect(() => readTar(build())).toThrow(message)
  })

  it('rejects bytes that are not gzip', () => {
    expect(() => readTarball(Buffer.from('not gzip'))).toThrow(TarError)
  })

  it('reads a hostile 1 MB pax header in linear time', () => {
    const hostile = paxRecord('path', `o/${'a'.repeat(1_000_000)}`) + paxRecord('comment', ' '.repeat(1000))
    const started = Date.now()
    const files = readTar(Buffer.concat([entry('p', hostile, 'x'), entry('n', 'v'), end]))
    expect([...files.keys()][0]).toHaveLength(1_000_000)
    expect(Date.now() - started).toBeLessThan(1000)
  })
})

describe('readTarball on real git archive output', () => {
  it('returns every file of the commit with the top folder stripped', () => {
    const repo = createTempRepo()
    try {
      const long = `records/2026/01/02/${'x'.repeat(120)}.json`
      repo.commit('files', { 'README.md': '# log\n', [long]: '{"a":1}\n', 'by-pr/0001.md': 'é ünïcode\n', empty: '' })
      const sha = execFileSync('git', ['-C', repo.dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()
      const tar = execFileSync(
        'git',
        ['-C', repo.dir, 'archive', '--format=tar', `--prefix=acme-prompts-${sha.slice(0, 7)}/`, sha],
        { maxBuffer: 1 << 26 },
      )
      const files = readTarball(gzipSync(tar))
      expect(Object.fromEntries([...files].map(([k, v]) => [k, v.toString('utf8')]))).toEqual({
        'README.md': '# log\n',
        [long]: '{"a":1}\n',
        'by-pr/0001.md': 'é ünïcode\n',
        empty: '',
      })
    } finally {
      repo.remove()
    }
  })
})

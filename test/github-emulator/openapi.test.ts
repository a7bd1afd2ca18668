import { describe, expect, it } from '@jest/globals'
import { statSync } from 'node:fs'
import { compileSubset, loadSubset } from './openapi/spec.js'
import { toJsonSchema } from './openapi/to-json-schema.js'
import { Router } from './router.js'
import { ROUTES } from './routes/index.js'

const subset = loadSubset()
const validators = compileSubset(subset)

describe('OpenAPI subset', () => {
  it('names exactly the routes the emulator serves', () => {
    expect(Object.keys(ROUTES).sort()).toEqual(Object.keys(subset.operations).sort())
  })

  it('comes from the pinned package and stays small', () => {
    expect(subset.source).toBe('@octokit/openapi@23.0.2 generated/api.github.com.json')
    expect(statSync(new URL('./openapi/subset.json', import.meta.url)).size).toBeLessThan(2_000_000)
    const text = JSON.stringify(subset)
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]{1,200})"/g)].map((m) => m[1] ?? '')
    expect(refs.filter((name) => !(name in subset.components.schemas))).toEqual([])
  })
})

describe('toJsonSchema', () => {
  it.each([
    ['nullable string', { type: 'string', nullable: true }, { type: ['string', 'null'] }],
    [
      'nullable enum gains null',
      { type: 'string', enum: ['a'], nullable: true },
      { type: ['string', 'null'], enum: ['a', null] },
    ],
    [
      'nullable without type',
      { allOf: [{ $ref: '#/components/schemas/x' }], nullable: true },
      { anyOf: [{ allOf: [{ $ref: 'github-components#/definitions/x' }] }, { type: 'null' }] },
    ],
    ['nullable false dropped', { type: 'integer', nullable: false }, { type: 'integer' }],
    ['3.1 type arrays pass through', { type: ['string', 'null'] }, { type: ['string', 'null'] }],
    [
      'property named nullable is kept',
      { properties: { nullable: { type: 'boolean' } } },
      { properties: { nullable: { type: 'boolean' } } },
    ],
    ['nested items', { items: { type: 'object', nullable: true } }, { items: { type: ['object', 'null'] } }],
  ])('%s', (_name, input, expected) => {
    expect(toJsonSchema(input)).toEqual(expected)
  })
})

describe('response validation catches unrealistic objects', () => {
  const labelOk = { id: 1, node_id: 'x', url: 'https://a/b', name: 'n', description: null, color: 'ffffff', default: false }
  const labels = validators.get('GET /repos/{owner}/{repo}/labels')

  it.each([
    ['valid', [labelOk], 0],
    ['missing color', [{ ...labelOk, color: undefined }], 1],
    ['null name', [{ ...labelOk, name: null }], 1],
    ['string id', [{ ...labelOk, id: '1' }], 1],
    ['not an array', labelOk, 1],
  ])('labels list: %s', (_name, body, problems) => {
    expect(labels?.response(200, JSON.parse(JSON.stringify(body)))).toHaveLength(problems)
  })

  it('reports undeclared statuses as undefined and validates request params with coercion', () => {
    const files = validators.get('GET /repos/{owner}/{repo}/pulls/{pull_number}/files')
    expect(files?.response(201, [])).toBeUndefined()
    const ok = files?.params({ owner: 'o', repo: 'r', pull_number: '7' }, { per_page: '100' })
    expect(ok?.problems).toEqual([])
    expect(ok?.query).toEqual({ per_page: 100, page: 1 })
    expect(files?.params({ owner: 'o', repo: 'r', pull_number: 'x' }, {}).problems).toHaveLength(1)
  })
})

describe('Router', () => {
  const router = new Router(Object.keys(ROUTES))

  it.each([
    ['GET', '/repos/o/r', 'GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }],
    ['GET', '/repos/o/r/contents/a/b/c.md', 'GET /repos/{owner}/{repo}/contents/{path}', { path: 'a/b/c.md' }],
    ['GET', '/repos/o/r/contents/a%2Fb%20c.md', 'GET /repos/{owner}/{repo}/contents/{path}', { path: 'a/b c.md' }],
    [
      'GET',
      '/repos/o/r/commits/feature/x/check-runs',
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
      { ref: 'feature/x' },
    ],
    ['GET', '/repos/o/r/commits/feature/x', 'GET /repos/{owner}/{repo}/commits/{ref}', { ref: 'feature/x' }],
    [
      'GET',
      '/repos/o/r/branches/release/1.x/protection',
      'GET /repos/{owner}/{repo}/branches/{branch}/protection',
      { branch: 'release/1.x' },
    ],
    ['PATCH', '/repos/o/r/git/refs/heads/main', 'PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ref: 'heads/main' }],
    [
      'DELETE',
      '/repos/o/r/issues/3/labels/prompt-risk%3Ahigh',
      'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
      { name: 'prompt-risk:high' },
    ],
  ])('%s %s', (method, path, key, params) => {
    const match = router.match(method, path)
    expect(match?.key).toBe(key)
    expect(match?.params).toMatchObject(params)
  })

  it.each([
    ['DELETE', '/repos/o/r'],
    ['GET', '/repos/o'],
    ['GET', '/repos/o/r/contents/'],
    ['GET', '/repos/o/r/contents/%E0%A4%A'],
    ['GET', '/repos//r/labels'],
  ])('does not match %s %s', (method, path) => {
    expect(router.match(method, path)).toBeUndefined()
  })

  it('matches hostile 1 MB paths in linear time', () => {
    const started = Date.now()
    for (const path of [
      '/repos/o/r/commits/' + 'a/'.repeat(500_000) + 'x',
      '/repos/o/r/' + '/'.repeat(1_000_000),
      '/repos/o/r/branches/' + 'b/'.repeat(500_000),
    ]) {
      router.match('GET', path)
    }
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

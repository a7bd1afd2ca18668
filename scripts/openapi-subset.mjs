#!/usr/bin/env node
// Regenerates test/github-emulator/openapi/subset.json: the slice of GitHub's published
// OpenAPI description (@octokit/openapi) that the GitHub emulator serves. The package is
// ~400 MB unpacked, so it is fetched into a temp dir on demand instead of being a dependency.
//
//   node scripts/openapi-subset.mjs                # npm pack + extract + write subset
//   node scripts/openapi-subset.mjs --from FILE    # use an already extracted api.github.com.json
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const PACKAGE = '@octokit/openapi@23.0.2'
const SPEC_IN_TARBALL = 'package/generated/api.github.com.json'
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test/github-emulator/openapi/subset.json')

/** Every operation the emulator serves, as "METHOD /openapi/path/template". */
export const OPERATIONS = [
  'GET /repos/{owner}/{repo}',
  'GET /repos/{owner}/{repo}/contents/{path}',
  'GET /repos/{owner}/{repo}/compare/{basehead}',
  'GET /repos/{owner}/{repo}/commits/{ref}',
  'GET /repos/{owner}/{repo}/pulls',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  'GET /repos/{owner}/{repo}/activity',
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
  'GET /repos/{owner}/{repo}/labels',
  'POST /repos/{owner}/{repo}/labels',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'POST /repos/{owner}/{repo}/check-runs',
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
  'GET /repos/{owner}/{repo}/git/ref/{ref}',
  'GET /repos/{owner}/{repo}/git/matching-refs/{ref}',
  'POST /repos/{owner}/{repo}/git/refs',
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  'POST /repos/{owner}/{repo}/git/blobs',
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
  'POST /repos/{owner}/{repo}/git/trees',
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
  'POST /repos/{owner}/{repo}/git/commits',
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
  'GET /repos/{owner}/{repo}/tarball/{ref}',
  'GET /orgs/{org}/teams/{team_slug}/members',
  'GET /repos/{owner}/{repo}/branches/{branch}/protection',
  'GET /repos/{owner}/{repo}/rules/branches/{branch}',
  'GET /repos/{owner}/{repo}/codeowners/errors',
  'GET /repos/{owner}/{repo}/installation',
  'POST /app/installations/{installation_id}/access_tokens',
  'GET /app',
  'GET /apps/{app_slug}',
]

// Keywords whose value is a map of name → schema, or a single schema, or a list of schemas.
const SCHEMA_MAPS = new Set(['properties', 'patternProperties'])
const SCHEMA_ONE = new Set(['items', 'additionalProperties', 'not'])
const SCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf'])
// Documentation-only keywords: dropping them keeps the subset small without changing validation.
const DROP = new Set([
  'description',
  'example',
  'examples',
  'title',
  'externalDocs',
  'deprecated',
  'readOnly',
  'writeOnly',
  'discriminator',
  'xml',
])

function fetchSpec() {
  const dir = mkdtempSync(join(tmpdir(), 'openapi-subset-'))
  try {
    const out = execFileSync('npm', ['pack', PACKAGE, '--pack-destination', dir, '--silent'], { encoding: 'utf8' })
    const tgz = join(dir, out.trim().split('\n').pop())
    execFileSync('tar', ['xzf', tgz, '-C', dir, SPEC_IN_TARBALL])
    return JSON.parse(readFileSync(join(dir, SPEC_IN_TARBALL), 'utf8'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function resolveLocal(spec, ref) {
  if (!ref.startsWith('#/')) throw new Error(`non-local $ref ${ref}`)
  return ref
    .slice(2)
    .split('/')
    .reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec)
}

/** Copies a schema without documentation keywords, collecting referenced component names. */
function cleanSchema(schema, refs) {
  if (Array.isArray(schema) || schema === null || typeof schema !== 'object') return schema
  const out = {}
  for (const [key, value] of Object.entries(schema)) {
    if (DROP.has(key) || key.startsWith('x-')) continue
    if (key === '$ref') {
      const name = value.replace('#/components/schemas/', '')
      if (name === value) throw new Error(`unexpected schema $ref ${value}`)
      refs.add(name)
      out.$ref = value
    } else if (SCHEMA_MAPS.has(key)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanSchema(v, refs)]))
    } else if (SCHEMA_ONE.has(key)) {
      out[key] = typeof value === 'boolean' ? value : cleanSchema(value, refs)
    } else if (SCHEMA_LIST.has(key)) {
      out[key] = value.map((v) => cleanSchema(v, refs))
    } else {
      out[key] = value
    }
  }
  return out
}

function deref(spec, node) {
  return node && node.$ref ? deref(spec, resolveLocal(spec, node.$ref)) : node
}

function jsonSchemaOf(spec, content) {
  if (!content) return null
  const media = content['application/json'] ?? Object.values(content).find((c) => c.schema)
  return media?.schema ?? null
}

function subsetOperation(spec, key, refs) {
  const [method, path] = key.split(' ')
  const item = spec.paths[path]
  const op = item?.[method.toLowerCase()]
  if (!op) throw new Error(`operation not in spec: ${key}`)
  const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])]
    .map((p) => deref(spec, p))
    .map((p) => ({
      name: p.name,
      in: p.in,
      required: Boolean(p.required),
      schema: cleanSchema(p.schema ?? {}, refs),
    }))
  const body = op.requestBody ? deref(spec, op.requestBody) : null
  const bodySchema = jsonSchemaOf(spec, body?.content)
  const responses = {}
  for (const [status, raw] of Object.entries(op.responses)) {
    const schema = jsonSchemaOf(spec, deref(spec, raw).content)
    responses[status] = schema ? cleanSchema(schema, refs) : null
  }
  return {
    operationId: op.operationId,
    parameters,
    requestBody: bodySchema ? { required: Boolean(body.required), schema: cleanSchema(bodySchema, refs) } : null,
    responses,
  }
}

function collectComponents(spec, seed) {
  const schemas = {}
  const queue = [...seed]
  while (queue.length > 0) {
    const name = queue.pop()
    if (name in schemas) continue
    const refs = new Set()
    schemas[name] = cleanSchema(spec.components.schemas[name], refs)
    queue.push(...refs)
  }
  return Object.fromEntries(
    Object.keys(schemas)
      .sort()
      .map((k) => [k, schemas[k]]),
  )
}

/** One line per operation and per component: reviewable diffs at a fraction of indent-2 size. */
function render(doc) {
  const block = (obj) =>
    '{\n' +
    Object.entries(obj)
      .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(',\n') +
    '\n  }'
  return [
    '{',
    `  "source": ${JSON.stringify(doc.source)},`,
    `  "openapi": ${JSON.stringify(doc.openapi)},`,
    `  "operations": ${block(doc.operations)},`,
    `  "components": { "schemas": ${block(doc.components.schemas)} }`,
    '}',
    '',
  ].join('\n')
}

function main() {
  const fromIndex = process.argv.indexOf('--from')
  const spec = fromIndex > 0 ? JSON.parse(readFileSync(process.argv[fromIndex + 1], 'utf8')) : fetchSpec()
  const refs = new Set()
  const operations = Object.fromEntries(OPERATIONS.map((key) => [key, subsetOperation(spec, key, refs)]))
  const doc = {
    source: `${PACKAGE} ${SPEC_IN_TARBALL.replace('package/', '')}`,
    openapi: spec.openapi,
    operations,
    components: { schemas: collectComponents(spec, refs) },
  }
  mkdirSync(dirname(OUT), { recursive: true })
  const text = render(doc)
  writeFileSync(OUT, text)
  console.log(
    `wrote ${OUT}: ${OPERATIONS.length} operations, ${Object.keys(doc.components.schemas).length} schemas, ${text.length} bytes`,
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()

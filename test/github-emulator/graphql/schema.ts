// GitHub's published GraphQL schema (@octokit/graphql-schema's schema.graphql), built once per
// process: parsing and building the ~1.2 MB SDL takes a few hundred milliseconds.
import { readFileSync } from 'node:fs'
import { buildASTSchema, Kind, parse, type DefinitionNode, type DocumentNode, type GraphQLSchema } from 'graphql'

const PACKAGE = '@octokit/graphql-schema'

export interface LoadedSchema {
  readonly schema: GraphQLSchema
  /** e.g. "@octokit/graphql-schema@15.26.1 schema.graphql" */
  readonly source: string
  /** "Type.field" definitions dropped because the published SDL defines them twice. */
  readonly duplicatesDropped: readonly string[]
}

let cached: LoadedSchema | undefined

/** The package's file next to its entry point; its `exports` map exposes only the entry point. */
function packageFile(name: string): URL {
  try {
    return new URL(`./${name}`, import.meta.resolve(PACKAGE))
  } catch {
    // Bundled into a directory without node_modules (the benchmarks do): the package's files
    // are copied beside the bundle as `graphql-schema.<name>`.
    return new URL(`./graphql-schema.${name}`, import.meta.url)
  }
}

/**
 * The published SDL repeats two fields of `EnterpriseOwnerInfo` (an upstream generation glitch),
 * which graphql-js's SDL validation rejects. Keeping the first definition of each field is the
 * smallest fix that lets the rest of the schema be built with full validation.
 */
function dropDuplicateFields(doc: DocumentNode): { doc: DocumentNode; dropped: string[] } {
  const dropped: string[] = []
  const definitions = doc.definitions.map((def): DefinitionNode => {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION) return def
    const seen = new Set<string>()
    const fields = (def.fields ?? []).filter((f) => {
      if (seen.has(f.name.value)) {
        dropped.push(`${def.name.value}.${f.name.value}`)
        return false
      }
      seen.add(f.name.value)
      return true
    })
    return fields.length === def.fields?.length ? def : { ...def, fields }
  })
  return { doc: { ...doc, definitions }, dropped }
}

export function githubSchema(): LoadedSchema {
  if (cached) return cached
  const version = (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version
  const sdl = readFileSync(packageFile('schema.graphql'), 'utf8')
  const { doc, dropped } = dropDuplicateFields(parse(sdl, { noLocation: true }))
  cached = { schema: buildASTSchema(doc), source: `${PACKAGE}@${version} schema.graphql`, duplicatesDropped: dropped }
  return cached
}

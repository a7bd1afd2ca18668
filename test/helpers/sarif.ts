// Validates SARIF against the official 2.1.0 JSON Schema (draft-04), which ships in
// @microsoft/jest-sarif together with the ajv 6 that understands draft-04.
import { createRequire } from 'node:module'

const fromJestSarif = createRequire(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/package.json'))
type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null }
let validate: Validate | undefined

export function sarifErrors(sarif: unknown): unknown[] {
  if (!validate) {
    const Ajv = fromJestSarif('ajv') as new (o: object) => { addMetaSchema(s: object): void; compile(s: object): Validate }
    const ajv = new Ajv({ schemaId: 'auto', validateSchema: false, allErrors: true })
    ajv.addMetaSchema(fromJestSarif('ajv/lib/refs/json-schema-draft-04.json') as object)
    validate = ajv.compile(fromJestSarif('./lib/schemas/sarif-2.1.0-rtm.5.json') as object)
  }
  return validate(sarif) ? [] : (validate.errors ?? [])
}

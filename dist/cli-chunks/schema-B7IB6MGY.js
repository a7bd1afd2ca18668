import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  ConfigSchema,
  external_exports
} from "./chunk-GZ5GAVLH.js";
import "./chunk-DCGKDFJX.js";
import "./chunk-L4R2QCBA.js";

// src/cli/commands/schema.ts
var usage = `Usage: promptops schema

Prints the JSON Schema of .github/promptops.yml (the same file as schema/promptops.schema.json).`;
function configJsonSchema() {
  const schema = external_exports.toJSONSchema(ConfigSchema, { io: "input", target: "draft-2020-12" });
  return { ...schema, $id: "https://promptops.dev/schema/promptops.schema.json", title: "PromptOps configuration (.github/promptops.yml)" };
}
var schemaCommand = {
  name: "schema",
  usage,
  async run(argv, io) {
    if (argv.includes("--help") || argv.includes("-h")) return io.stdout(`${usage}
`), 0;
    io.stdout(`${JSON.stringify(configJsonSchema(), null, 2)}
`);
    return 0;
  }
};
export {
  configJsonSchema,
  schemaCommand
};

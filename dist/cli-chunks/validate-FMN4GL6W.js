import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  parseCodeowners
} from "./chunk-RDO2QB6W.js";
import {
  CODEOWNERS_PATHS,
  pickCodeowners
} from "./chunk-XTRQLRQ2.js";
import {
  CONFIG_PATH,
  parseConfig
} from "./chunk-T6OKS3OG.js";
import "./chunk-A32Z36SF.js";
import {
  absolute,
  parse,
  str
} from "./chunk-625UJJ63.js";
import "./chunk-5VG5CH4R.js";
import "./chunk-T36FWCGD.js";
import "./chunk-R47RDTTV.js";
import "./chunk-7Z5DEWCI.js";
import "./chunk-L4R2QCBA.js";

// src/cli/commands/validate.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";
var usage = `Usage: promptops validate [--repo DIR]

Checks .github/promptops.yml against the schema (published as schema/promptops.schema.json)
and CODEOWNERS against GitHub's rules, in the working tree. Prints file:line for every
problem. Exit 0 when both are valid (or absent), 2 otherwise.

Examples:
  promptops validate
  promptops validate --repo ../prompts`;
var readOptional = (path) => readFile(path, "utf8").catch(() => void 0);
var validateCommand = {
  name: "validate",
  usage,
  async run(argv, io) {
    const { values } = parse(argv, { repo: { type: "string" } }, usage);
    if (values.help) return io.stdout(`${usage}
`), 0;
    const repo = absolute(io.cwd, str(values.repo) ?? ".");
    const problems = [];
    const configText = await readOptional(join(repo, CONFIG_PATH)) ?? null;
    const config = parseConfig(configText, CONFIG_PATH);
    if (!config.ok) problems.push(config.error.message);
    const files = Object.fromEntries(
      await Promise.all(CODEOWNERS_PATHS.map(async (p) => [p, await readOptional(join(repo, p))]))
    );
    const codeowners = pickCodeowners(files);
    if (codeowners) {
      for (const e of parseCodeowners(codeowners.text).errors) problems.push(`${codeowners.path}:${e.line}: ${e.message}`);
    }
    if (problems.length > 0) {
      io.stderr(`${problems.join("\n")}
`);
      return 2;
    }
    io.stdout(
      `${configText === null ? `${CONFIG_PATH}: absent, defaults apply` : `${CONFIG_PATH}: valid`}
${codeowners ? `${codeowners.path}: valid` : "CODEOWNERS: absent"}
`
    );
    return 0;
  }
};
export {
  validateCommand
};

import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  gitRepoArg
} from "./chunk-HUQGKS6M.js";
import {
  loadPolicyAt
} from "./chunk-OVJFYKMQ.js";
import {
  resolveCommit
} from "./chunk-RP5E3GQY.js";
import {
  ownersForPaths
} from "./chunk-RDO2QB6W.js";
import "./chunk-XTRQLRQ2.js";
import "./chunk-T6OKS3OG.js";
import "./chunk-A32Z36SF.js";
import {
  parse,
  str
} from "./chunk-625UJJ63.js";
import {
  unwrap
} from "./chunk-5VG5CH4R.js";
import "./chunk-T36FWCGD.js";
import "./chunk-R47RDTTV.js";
import {
  UsageError
} from "./chunk-7Z5DEWCI.js";
import "./chunk-L4R2QCBA.js";

// src/cli/commands/owners.ts
var usage = `Usage: promptops owners [--repo DIR] [--ref REF] PATH...

Prints the owners of each path as JSON ({"path": ["@owner", ...]}): CODEOWNERS with
GitHub's semantics (first of .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS; last
matching line wins) plus owners from promptops.yml, as of REF (default HEAD). [] = unowned.

Examples:
  promptops owners prompts/support/triage.prompt.yml
  promptops owners --repo ../prompts --ref main prompts/a.prompty prompts/b.prompty`;
var ownersCommand = {
  name: "owners",
  usage,
  async run(argv, io) {
    const { values, positionals } = parse(argv, { repo: { type: "string" }, ref: { type: "string" } }, usage);
    if (values.help) return io.stdout(`${usage}
`), 0;
    if (positionals.length === 0) throw new UsageError(`no paths given

${usage}`);
    const repo = await gitRepoArg(io.cwd, values.repo);
    const policy = await loadPolicyAt(repo, await resolveCommit(repo, str(values.ref) ?? "HEAD"));
    const config = unwrap(policy.config);
    const asked = positionals.map((given) => ({ given, path: given.replace(/^\.\//, "") }));
    const owners = ownersForPaths(
      asked.map((a) => a.path),
      policy.codeowners?.text,
      config.owners
    );
    const byArgument = Object.fromEntries(asked.map(({ given, path }) => [given, owners[path] ?? []]));
    io.stdout(`${JSON.stringify(byArgument, null, 2)}
`);
    return 0;
  }
};
export {
  ownersCommand
};

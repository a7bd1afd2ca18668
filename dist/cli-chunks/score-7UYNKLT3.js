import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  REPORT_OPTIONS,
  emitReport
} from "./chunk-HCGFVUOL.js";
import {
  configOverride
} from "./chunk-HJL4DY4E.js";
import {
  scoreRevisions
} from "./chunk-OA3A7ETS.js";
import "./chunk-O2F7UFJU.js";
import "./chunk-6VFTQC5U.js";
import "./chunk-EMWUWVC6.js";
import "./chunk-U6EGTRUJ.js";
import "./chunk-S5TFHBYC.js";
import "./chunk-YXUJS4GQ.js";
import "./chunk-KR4YOHL3.js";
import "./chunk-LJYJFQVB.js";
import "./chunk-VZZ6DKHX.js";
import "./chunk-JP26DQY6.js";
import "./chunk-5XHLHRR3.js";
import "./chunk-QK6DH36R.js";
import "./chunk-GZ5GAVLH.js";
import "./chunk-SVDC4HTH.js";
import "./chunk-WXDAGHBO.js";
import {
  absolute,
  parse,
  required,
  str
} from "./chunk-7WHS6NR7.js";
import "./chunk-DCGKDFJX.js";
import "./chunk-7Z5DEWCI.js";
import "./chunk-L4R2QCBA.js";

// src/cli/commands/score.ts
var usage = `Usage: promptops score --repo DIR --base REF --head REF [--format json|sarif|markdown|text] [--fail-on LEVEL] [--config FILE] [--output FILE]

Diffs the prompt templates changed between two revisions (from their merge base, as a
pull request does) and reports the risk. Policy (.github/promptops.yml, CODEOWNERS) is
read from --base, as the App does; --config overrides it with a file on disk.
Exit 0 whatever the risk, 1 when --fail-on LEVEL is met, 2 on bad usage or input.`;
var scoreCommand = {
  name: "score",
  usage,
  async run(argv, io) {
    const { values } = parse(argv, { repo: { type: "string" }, base: { type: "string" }, head: { type: "string" }, ...REPORT_OPTIONS }, usage);
    if (values.help) return io.stdout(`${usage}
`), 0;
    const repo = absolute(io.cwd, str(values.repo) ?? ".");
    const configFile = str(values.config);
    const override = await configOverride(io.cwd, configFile);
    const { report } = await scoreRevisions(repo, required(values.base, "--base", usage), required(values.head, "--head", usage), io.now(), override);
    return emitReport(report, values, io);
  }
};
export {
  scoreCommand
};

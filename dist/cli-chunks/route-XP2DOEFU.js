import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  configOverride
} from "./chunk-HJL4DY4E.js";
import {
  pullFactsFromGit,
  readJsonFile
} from "./chunk-CH4DYFIK.js";
import {
  scoreRevisions
} from "./chunk-OA3A7ETS.js";
import "./chunk-O2F7UFJU.js";
import "./chunk-6VFTQC5U.js";
import {
  evaluateRouting,
  renderDecisionText,
  routingInput
} from "./chunk-R5JAJCWD.js";
import "./chunk-UBJGYMKR.js";
import "./chunk-S5TFHBYC.js";
import "./chunk-YXUJS4GQ.js";
import "./chunk-KR4YOHL3.js";
import "./chunk-LJYJFQVB.js";
import "./chunk-VZZ6DKHX.js";
import "./chunk-JP26DQY6.js";
import "./chunk-5XHLHRR3.js";
import "./chunk-QK6DH36R.js";
import "./chunk-GZ5GAVLH.js";
import "./chunk-WXDAGHBO.js";
import {
  absolute,
  oneOf,
  parse,
  required,
  str
} from "./chunk-7WHS6NR7.js";
import "./chunk-DCGKDFJX.js";
import {
  UsageError
} from "./chunk-7Z5DEWCI.js";
import "./chunk-L4R2QCBA.js";

// src/cli/commands/route.ts
var usage = `Usage: promptops route --repo DIR --base REF --head REF [--author LOGIN] [--approvals FILE] [--teams FILE] [--format json|text] [--explain] [--config FILE]

The approval decision the App would make for this change: tier, required groups, who
satisfies them, what is missing, and why. --approvals takes the JSON of GitHub's
list-reviews API; --teams a map of "org/team" to member logins. Co-authors are read from
commit trailers and GitHub noreply addresses. Exit 0 whether or not it is satisfied.`;
var routeCommand = {
  name: "route",
  usage,
  async run(argv, io) {
    const opts = { repo: { type: "string" }, base: { type: "string" }, head: { type: "string" }, author: { type: "string" }, approvals: { type: "string" }, teams: { type: "string" }, format: { type: "string" }, explain: { type: "boolean" }, config: { type: "string" } };
    const { values } = parse(argv, opts, usage);
    if (values.help) return io.stdout(`${usage}
`), 0;
    const repo = absolute(io.cwd, str(values.repo) ?? ".");
    const format = oneOf(str(values.format), ["json", "text"], "--format", values.explain || io.isTTY ? "text" : "json");
    const reviews = values.approvals ? await readJsonFile(io.cwd, values.approvals) : [];
    if (!Array.isArray(reviews)) throw new UsageError(`${values.approvals}: expected the JSON array returned by GitHub's list-reviews API`);
    const teams = values.teams ? await readJsonFile(io.cwd, values.teams) : {};
    if (typeof teams !== "object" || teams === null || Array.isArray(teams)) throw new UsageError(`${values.teams}: expected an object of "org/team": ["login", ...]`);
    const configFile = str(values.config);
    const override = await configOverride(io.cwd, configFile);
    const scored = await scoreRevisions(repo, required(values.base, "--base", usage), required(values.head, "--head", usage), io.now(), override);
    const facts = await pullFactsFromGit(repo, scored, { author: str(values.author) ?? "", reviews, teams });
    const decision = evaluateRouting(routingInput(scored.report, scored.config, facts));
    io.stdout(format === "json" ? `${JSON.stringify(decision, null, 2)}
` : `${renderDecisionText(decision)}
`);
    return 0;
  }
};
export {
  routeCommand
};

import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  readJsonFile,
  routeRevisions
} from "./chunk-2O5T7HCM.js";
import {
  renderDecisionText
} from "./chunk-GVOR2FSO.js";
import "./chunk-AHLCD7QB.js";
import {
  scoreRevisions
} from "./chunk-34N4YN4U.js";
import "./chunk-HOS62DYC.js";
import "./chunk-FQS4FOID.js";
import "./chunk-CUMEQ3WL.js";
import {
  configOverride
} from "./chunk-I3MFYACQ.js";
import "./chunk-DNWQRJ5V.js";
import "./chunk-NC2XGZVM.js";
import "./chunk-3MLRILW5.js";
import "./chunk-P2FQAF6C.js";
import {
  gitRepoArg
} from "./chunk-HUQGKS6M.js";
import "./chunk-OVJFYKMQ.js";
import "./chunk-RP5E3GQY.js";
import "./chunk-RDO2QB6W.js";
import "./chunk-XTRQLRQ2.js";
import "./chunk-T6OKS3OG.js";
import "./chunk-A32Z36SF.js";
import {
  oneOf,
  parse,
  required,
  str
} from "./chunk-625UJJ63.js";
import "./chunk-HWHVFMPW.js";
import "./chunk-Z3D3ZAKT.js";
import "./chunk-K3NDJCBW.js";
import "./chunk-5VG5CH4R.js";
import "./chunk-T36FWCGD.js";
import "./chunk-CQU3XPPY.js";
import "./chunk-2T6TU6Y3.js";
import "./chunk-R47RDTTV.js";
import {
  UsageError
} from "./chunk-7Z5DEWCI.js";
import "./chunk-L4R2QCBA.js";

// src/cli/commands/route.ts
var usage = `Usage: promptops route [--repo DIR] --base REF --head REF [--author LOGIN] [--approvals FILE] [--teams FILE] [--format json|text] [--explain] [--config FILE]

The approval decision the App would make for this change: tier, required groups, who
satisfies them, what is missing, and why. --approvals takes the JSON of GitHub's
list-reviews API; --teams a map of "org/team" to member logins. Co-authors are read from
commit trailers and GitHub noreply addresses. Offline, reviewers' write access and who pushed
the commits cannot be known: the decision lists them under "not checked" (the App checks
both). Exit 0 whether or not it is satisfied.

Examples:
  promptops route --base main --head HEAD --author alice --explain
  gh api repos/OWNER/REPO/pulls/42/reviews > reviews.json
  promptops route --base main --head HEAD --author alice --approvals reviews.json --format json`;
var routeCommand = {
  name: "route",
  usage,
  async run(argv, io) {
    const opts = {
      repo: { type: "string" },
      base: { type: "string" },
      head: { type: "string" },
      author: { type: "string" },
      approvals: { type: "string" },
      teams: { type: "string" },
      format: { type: "string" },
      explain: { type: "boolean" },
      config: { type: "string" }
    };
    const { values } = parse(argv, opts, usage);
    if (values.help) return io.stdout(`${usage}
`), 0;
    const repo = await gitRepoArg(io.cwd, values.repo);
    const format = oneOf(str(values.format), ["json", "text"], "--format", values.explain || io.isTTY ? "text" : "json");
    const reviews = values.approvals ? await readJsonFile(io.cwd, values.approvals) : [];
    if (!Array.isArray(reviews))
      throw new UsageError(`${values.approvals}: expected the JSON array returned by GitHub's list-reviews API`);
    const teams = values.teams ? await readJsonFile(io.cwd, values.teams) : {};
    if (typeof teams !== "object" || teams === null || Array.isArray(teams))
      throw new UsageError(`${values.teams}: expected an object of "org/team": ["login", ...]`);
    const configFile = str(values.config);
    const override = await configOverride(io.cwd, configFile);
    const scored = await scoreRevisions(
      repo,
      required(values.base, "--base", usage),
      required(values.head, "--head", usage),
      io.now(),
      override
    );
    const decision = await routeRevisions(repo, scored, {
      author: str(values.author) ?? "",
      reviews,
      teams
    });
    io.stdout(format === "json" ? `${JSON.stringify(decision, null, 2)}
` : `${renderDecisionText(decision)}
`);
    return 0;
  }
};
export {
  routeCommand
};

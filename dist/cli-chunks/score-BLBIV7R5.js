import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  REPORT_OPTIONS,
  emitReport
} from "./chunk-2KGCXHQB.js";
import "./chunk-5Q7Q5XHY.js";
import {
  scoreRevisions
} from "./chunk-34N4YN4U.js";
import {
  evaluateRouting,
  routingInput
} from "./chunk-HOS62DYC.js";
import {
  at
} from "./chunk-FQS4FOID.js";
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
  parse,
  required,
  str
} from "./chunk-625UJJ63.js";
import "./chunk-AYBAV67E.js";
import "./chunk-HWHVFMPW.js";
import "./chunk-Z3D3ZAKT.js";
import "./chunk-K3NDJCBW.js";
import "./chunk-5VG5CH4R.js";
import "./chunk-T36FWCGD.js";
import "./chunk-VYRXPEBS.js";
import "./chunk-CQU3XPPY.js";
import "./chunk-2T6TU6Y3.js";
import "./chunk-R47RDTTV.js";
import "./chunk-7Z5DEWCI.js";
import "./chunk-L4R2QCBA.js";

// src/core/report/approval-summary.ts
function approvalSummary(report, config, ownersOf = () => [], author = "") {
  const facts = { author, coAuthors: [], reviews: [], teams: {}, headSha: "", changedSince: {}, writeAccessKnown: false };
  const decision = evaluateRouting(routingInput(report, config, facts, ownersOf));
  return { tier: decision.tier, requirements: decision.requirements.map(toSummary) };
}
var knowablyBlocked = (r) => r.blocked !== void 0 && (r.id === "owners-known" || r.id.startsWith("owned:") || r.id.startsWith("policy-owners:") && r.children === void 0);
function toSummary(r) {
  return {
    description: r.description,
    approvers: r.missing.map(at),
    ...r.blocked !== void 0 && knowablyBlocked(r) ? { blocked: r.blocked } : {},
    children: (r.children ?? []).map(toSummary)
  };
}

// src/cli/commands/score.ts
var usage = `Usage: promptops score [--repo DIR] --base REF --head REF [--format json|sarif|markdown|text] [--fail-on LEVEL] [--config FILE] [--output FILE]

Diffs the prompt templates changed between two revisions (from their merge base, as a
pull request does) and reports the risk. Policy (.github/promptops.yml, CODEOWNERS) is
read from --base, as the App does; --config overrides it with a file on disk.
Exit 0 whatever the risk, 1 when --fail-on LEVEL is met, 2 on bad usage or input.

Examples:
  promptops score --base main --head HEAD                      # this branch, as its PR is scored
  promptops score --base main --head HEAD --format markdown    # the PR comment
  promptops score --repo ../prompts --base v1.2 --head main --format sarif -o promptops.sarif
  promptops score --base main --head HEAD --fail-on high       # exit 1 at high or critical`;
var scoreCommand = {
  name: "score",
  usage,
  async run(argv, io) {
    const { values } = parse(
      argv,
      { repo: { type: "string" }, base: { type: "string" }, head: { type: "string" }, ...REPORT_OPTIONS },
      usage
    );
    if (values.help) return io.stdout(`${usage}
`), 0;
    const repo = await gitRepoArg(io.cwd, values.repo);
    const configFile = str(values.config);
    const override = await configOverride(io.cwd, configFile);
    const { report, config, owners } = await scoreRevisions(
      repo,
      required(values.base, "--base", usage),
      required(values.head, "--head", usage),
      io.now(),
      override
    );
    return emitReport(report, values, io, { approval: approvalSummary(report, config, (p) => owners[p] ?? []) });
  }
};
export {
  scoreCommand
};

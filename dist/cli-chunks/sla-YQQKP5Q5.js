import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  createGitHubCache,
  decidePull
} from "./chunk-CBKBUAJ2.js";
import {
  describeSla,
  firstReviewAt,
  slaPolicy,
  slaStatus
} from "./chunk-W47C5LOE.js";
import "./chunk-FOULV4QT.js";
import "./chunk-5Q7Q5XHY.js";
import "./chunk-GVOR2FSO.js";
import "./chunk-AHLCD7QB.js";
import "./chunk-HOS62DYC.js";
import "./chunk-FQS4FOID.js";
import "./chunk-DNWQRJ5V.js";
import "./chunk-NC2XGZVM.js";
import "./chunk-3MLRILW5.js";
import "./chunk-P2FQAF6C.js";
import "./chunk-RDO2QB6W.js";
import "./chunk-XTRQLRQ2.js";
import "./chunk-T6OKS3OG.js";
import "./chunk-A32Z36SF.js";
import {
  parse,
  str
} from "./chunk-625UJJ63.js";
import {
  clientFromEnv,
  parseRepo
} from "./chunk-GPRBM2HO.js";
import {
  VERSION
} from "./chunk-AYBAV67E.js";
import "./chunk-HWHVFMPW.js";
import "./chunk-Z3D3ZAKT.js";
import "./chunk-K3NDJCBW.js";
import "./chunk-5VG5CH4R.js";
import "./chunk-T36FWCGD.js";
import "./chunk-VYRXPEBS.js";
import "./chunk-CQU3XPPY.js";
import "./chunk-2T6TU6Y3.js";
import "./chunk-R47RDTTV.js";
import {
  UsageError
} from "./chunk-7Z5DEWCI.js";
import "./chunk-L4R2QCBA.js";

// src/cli/commands/sla.ts
var MARKER = "<!-- promptops:sla-reminder -->";
var usage = `Usage: promptops sla remind --github-repo OWNER/NAME [--dry-run]

For every open pull request still waiting for required reviews past its review SLA,
comments once to remind the missing reviewers and requests review from the escalation team
(owners[].escalate). Stateless: "once" is the hidden marker in the reminder comment. Run it
on a schedule (see .github/workflows/promptops-sla.yml). Token from GITHUB_TOKEN, API from
GITHUB_API_URL; HTTPS_PROXY/NO_PROXY are honoured.

Examples:
  GITHUB_TOKEN=$(gh auth token) promptops sla remind --github-repo acme/prompts --dry-run
  npx --yes promptops@1 sla remind --github-repo "$GITHUB_REPOSITORY"   # in a scheduled workflow`;
var slaCommand = {
  name: "sla",
  usage,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === "--help" || sub === "-h") return io.stdout(`${usage}
`), 0;
    if (sub !== "remind") throw new UsageError(`unknown sla command "${sub ?? ""}"

${usage}`);
    const { values } = parse(rest, { "github-repo": { type: "string" }, "dry-run": { type: "boolean" } }, usage);
    if (values.help) return io.stdout(`${usage}
`), 0;
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
    if (!token) throw new UsageError("GITHUB_TOKEN is required");
    const repo = parseRepo(str(values["github-repo"]) ?? "");
    const client = clientFromEnv(io.env, { token, userAgent: `promptops-cli/${VERSION}` });
    const now = io.now();
    const cache = createGitHubCache();
    const summary = { reminded: [], alreadyReminded: [], onTime: [], skipped: [] };
    for (const pr of await client.paginate("GET /repos/{owner}/{repo}/pulls", { ...repo, state: "open", per_page: 100 })) {
      const decided = await decidePull(
        client,
        repo,
        cache,
        { number: pr.number, author: pr.user?.login ?? "", headSha: pr.head.sha, baseSha: pr.base.sha },
        pr.base.sha,
        now,
        { requireGoverned: true }
      );
      if (decided.kind !== "decided" || decided.decision.satisfied || decided.decision.status === "failure") {
        summary.skipped.push(pr.number);
        continue;
      }
      const policy = slaPolicy(decided.report, decided.config);
      const status = policy ? slaStatus(policy, pr.created_at, firstReviewAt(decided.facts.reviews, pr.user?.login ?? ""), now) : null;
      if (!status?.overdue) {
        summary.onTime.push(pr.number);
        continue;
      }
      const comments = await client.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...repo,
        issue_number: pr.number,
        per_page: 100
      });
      if (comments.some((c) => c.body?.includes(MARKER))) {
        summary.alreadyReminded.push(pr.number);
        continue;
      }
      const missing = [...decided.decision.missingReviewers.users.map((u) => `@${u}`), ...decided.decision.missingReviewers.teams];
      const body = `${MARKER}
\u23F0 ${describeSla(status)}

Still needed: ${missing.join(", ") || "see the promptops/approval check"}.${status.escalate ? `
Escalated to ${status.escalate}.` : ""}`;
      if (!values["dry-run"]) {
        await client.rest.issues.createComment({ ...repo, issue_number: pr.number, body });
        const [org, slug] = status.escalate?.replace(/^@/, "").split("/") ?? [];
        if (slug && org?.toLowerCase() === repo.owner.toLowerCase())
          await client.rest.pulls.requestReviewers({ ...repo, pull_number: pr.number, team_reviewers: [slug] }).catch(() => void 0);
      }
      summary.reminded.push(pr.number);
    }
    io.stdout(`${JSON.stringify(summary, null, 2)}
`);
    return 0;
  }
};
export {
  slaCommand
};

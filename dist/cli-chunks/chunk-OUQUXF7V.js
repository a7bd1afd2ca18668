import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  WITNESS_CHECK_NAME,
  formatWitness,
  parseWitness
} from "./chunk-UKUZRSYM.js";
import {
  PromptOpsError
} from "./chunk-7Z5DEWCI.js";

// src/adapters/github/audit-witness-scan.ts
var PAGE = 100;
var RUNS_PER_SUITE = 20;
var SUITES_PER_COMMIT = 10;
var QUERY = `query($owner: String!, $name: String!, $first: Int!, $after: String, $appId: Int, $check: String!) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef { name target { ... on Commit { history(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { oid checkSuites(first: ${SUITES_PER_COMMIT}, filterBy: { appId: $appId, checkName: $check }) {
        pageInfo { hasNextPage }
        nodes { app { databaseId slug } checkRuns(first: ${RUNS_PER_SUITE}, filterBy: { checkName: $check, checkType: ALL }) {
          pageInfo { hasNextPage } nodes { databaseId text } } } } }
    } } } }
  }
}`;
async function scanWitnesses(client, repo, branch, options) {
  const result = { anchors: [], commits: 0, ref: null, apps: [] };
  let after = null;
  while (result.commits < options.maxCommits) {
    const first = Math.min(PAGE, options.maxCommits - result.commits);
    const reply = await client.graphql(QUERY, {
      owner: repo.owner,
      name: repo.repo,
      first,
      after,
      appId: options.appId ?? null,
      check: WITNESS_CHECK_NAME
    });
    const ref = reply.repository?.defaultBranchRef ?? null;
    const history = ref?.target?.history;
    if (!ref || !history) return result;
    result.ref = ref.name;
    const before = result.anchors.length;
    for (const node of history.nodes ?? []) {
      if (!node) continue;
      result.commits++;
      collect(node, branch, result);
    }
    if (!history.pageInfo.hasNextPage || options.stopAtFirst && result.anchors.length > before) return result;
    after = history.pageInfo.endCursor;
  }
  return result;
}
function collect(node, branch, result) {
  if (node.checkSuites.pageInfo.hasNextPage) throw incomplete(node.oid);
  for (const suite of node.checkSuites.nodes ?? []) {
    if (!suite) continue;
    if (suite.checkRuns.pageInfo.hasNextPage) throw incomplete(node.oid);
    for (const run of suite.checkRuns.nodes ?? []) {
      const witness = parseWitness(run?.text);
      if (witness?.branch !== branch) continue;
      const app = suite.app ? `${suite.app.slug} (${suite.app.databaseId ?? "?"})` : "an unknown app";
      result.anchors.push({
        checkpoint: witness.checkpoint,
        source: `witness on ${node.oid.slice(0, 12)} (check run ${run?.databaseId ?? "?"} by ${suite.app?.slug ?? "an unknown app"})`
      });
      if (!result.apps.includes(app)) result.apps.push(app);
    }
  }
}
function incomplete(oid) {
  return new PromptOpsError(
    "audit-witness",
    `too many ${WITNESS_CHECK_NAME} check runs on ${oid.slice(0, 12)} to read them completely`
  );
}

// src/adapters/github/audit-witness.ts
var MAX_RUN_PAGES = 5;
var DEFAULT_SCAN_COMMITS = 300;
function githubAuditWitness(client, repo, options = {}) {
  const scan = {
    ...options.appId !== void 0 ? { appId: options.appId } : {},
    maxCommits: options.scanCommits ?? DEFAULT_SCAN_COMMITS,
    stopAtFirst: true
  };
  return {
    async read(branch, lastMerge) {
      if (lastMerge !== null) {
        const anchors = await witnessesOn(client, repo, lastMerge, branch, options.appId);
        if (anchors.length > 0) return { anchors, searched: `merge commit ${lastMerge.slice(0, 12)}` };
      }
      const found = await scanWitnesses(client, repo, branch, scan);
      return { anchors: found.anchors, searched: `${found.commits} commits of ${found.ref ?? "the default branch"}` };
    },
    async write(branch, auditCommit, checkpoint, targets) {
      const text = formatWitness({ branch, commit: auditCommit, checkpoint });
      const failed = [];
      for (const target of targets) {
        try {
          await createRun(client, repo, target, "success", text);
        } catch (error) {
          failed.push(`${target.commit.slice(0, 12)}: ${messageOf(error)}`);
        }
      }
      if (failed.length > 0) options.warn?.(`audit: witness not written on ${failed.join("; ")}`);
      return failed;
    },
    async refuse(commit, reason) {
      const target = { commit, title: "Not recorded: the audit log failed its integrity check", summary: reason };
      await createRun(client, repo, target, "failure", null).catch(
        (error) => options.warn?.(`audit: could not report the refusal on ${commit.slice(0, 12)}: ${messageOf(error)}`)
      );
    }
  };
}
async function createRun(client, repo, target, conclusion, text) {
  const output = { title: target.title, summary: target.summary, ...text ? { text } : {} };
  await client.rest.checks.create({
    ...repo,
    name: WITNESS_CHECK_NAME,
    head_sha: target.commit,
    status: "completed",
    conclusion,
    output
  });
}
async function witnessesOn(client, repo, commit, branch, appId) {
  const anchors = [];
  for (let page = 1; page <= MAX_RUN_PAGES; page++) {
    let data;
    try {
      const query = {
        ...repo,
        ref: commit,
        check_name: WITNESS_CHECK_NAME,
        filter: "all",
        per_page: 100,
        page,
        ...appId !== void 0 ? { app_id: appId } : {}
      };
      data = (await client.rest.checks.listForRef(query)).data;
    } catch (error) {
      if (statusOf(error) === 404 || statusOf(error) === 422) return anchors;
      throw new PromptOpsError("audit-witness", `cannot read the audit witness on ${commit.slice(0, 12)}: ${messageOf(error)}`);
    }
    for (const run of data.check_runs) {
      const witness = parseWitness(run.output.text);
      if (witness?.branch === branch)
        anchors.push({
          checkpoint: witness.checkpoint,
          source: `witness on ${commit.slice(0, 12)} (check run ${run.id} by ${run.app?.slug ?? "an unknown app"})`
        });
    }
    if (page * 100 >= data.total_count) return anchors;
  }
  throw new PromptOpsError(
    "audit-witness",
    `more than ${MAX_RUN_PAGES * 100} ${WITNESS_CHECK_NAME} runs on ${commit.slice(0, 12)}: cannot read the witness completely`
  );
}
var statusOf = (error) => typeof error === "object" && error !== null && "status" in error && typeof error.status === "number" ? error.status : void 0;
var messageOf = (error) => error instanceof Error ? error.message : String(error);

export {
  scanWitnesses,
  githubAuditWitness,
  witnessesOn
};

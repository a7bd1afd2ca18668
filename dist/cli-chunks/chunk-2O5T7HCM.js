import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  changedSinceApproval
} from "./chunk-GVOR2FSO.js";
import {
  evaluateRouting,
  loginFromEmail,
  routingInput
} from "./chunk-HOS62DYC.js";
import {
  classifier
} from "./chunk-P2FQAF6C.js";
import {
  git
} from "./chunk-RP5E3GQY.js";
import {
  absolute
} from "./chunk-625UJJ63.js";
import {
  UsageError
} from "./chunk-7Z5DEWCI.js";

// src/adapters/git/pull-facts.ts
async function pullFactsFromGit(repo, scored, given, classify, included) {
  const coAuthors = await commitPeople(repo, scored.base, scored.head);
  const isGoverned = (p) => classify.needsContent(p) || classify.isPolicyFile(p) || included.has(p);
  const changedSince = {};
  for (const commit of new Set(
    given.reviews.map((r) => r.commit_id).filter((c) => typeof c === "string" && /^[0-9a-f]{40}$/.test(c))
  )) {
    if (commit === scored.head) continue;
    const since = await compareWithHead(repo, scored.base, commit, scored.head, isGoverned);
    if (since !== void 0) changedSince[commit] = since;
  }
  const people = coAuthors.filter((l) => l.toLowerCase() !== given.author.toLowerCase());
  return {
    author: given.author,
    coAuthors: people,
    reviews: given.reviews,
    teams: given.teams,
    headSha: scored.head,
    changedSince,
    writeAccessKnown: false
  };
}
async function commitPeople(repo, base, head) {
  const log = await git(repo, ["log", "--format=%ae%n%ce%n%(trailers:key=Co-authored-by,valueonly)", `${base}..${head}`]);
  const logins = /* @__PURE__ */ new Set();
  for (const line of log.split("\n")) {
    const email = /<([^<>\s]{1,320})>/.exec(line)?.[1] ?? line;
    const login = loginFromEmail(email);
    if (login) logins.add(login);
  }
  return [...logins];
}
async function compareWithHead(repo, base, approved, head, isGoverned) {
  const exists = await git(repo, ["cat-file", "-e", `${approved}^{commit}`]).then(
    () => true,
    () => false
  );
  if (!exists) return void 0;
  const approvedBase = (await git(repo, ["merge-base", base, approved])).trim();
  const currentBase = (await git(repo, ["merge-base", base, head])).trim();
  const changedPaths = async (from, to) => (await git(repo, ["diff", "--name-only", "-z", "--no-renames", from, to])).split("\0").filter(Boolean);
  const approvedPaths = await changedPaths(approvedBase, approved);
  const currentPaths = await changedPaths(currentBase, head);
  const paths = [.../* @__PURE__ */ new Set([...approvedPaths, ...currentPaths])].filter(isGoverned);
  const commits = { approvedBase, approved, currentBase, head };
  const states = /* @__PURE__ */ new Map();
  for (const [at, commit] of Object.entries(commits)) {
    const listed = await lsTree(repo, commit, paths);
    for (const p of paths) states.set(`${at}:${p}`, listed.get(p) ?? null);
  }
  return changedSinceApproval({ approvedPaths, currentPaths, isGoverned, state: (at, p) => states.get(`${at}:${p}`) ?? null });
}
async function lsTree(repo, commit, paths) {
  const out = /* @__PURE__ */ new Map();
  if (paths.length === 0) return out;
  const listed = await git(repo, ["ls-tree", "-z", "--full-tree", commit, "--", ...paths]);
  for (const entry of listed.split("\0").filter(Boolean)) {
    const tab = entry.indexOf("	");
    const [mode = "", , oid = ""] = entry.slice(0, tab).split(" ");
    out.set(entry.slice(tab + 1), `${mode}:${oid}`);
  }
  return out;
}

// src/flows/route-revisions.ts
async function routeRevisions(repo, scored, given) {
  const included = new Set(scored.report.templates.filter((t) => t.includedBy).map((t) => t.path));
  const facts = await pullFactsFromGit(repo, scored, given, classifier(scored.config), included);
  return evaluateRouting(routingInput(scored.report, scored.config, facts, (p) => scored.owners[p] ?? []));
}

// src/cli/read-json.ts
import { readFile } from "node:fs/promises";
async function readJsonFile(cwd, path) {
  let text;
  try {
    text = await readFile(absolute(cwd, path), "utf8");
  } catch (cause) {
    throw new UsageError(`${path}: cannot read (${cause.code ?? cause.message})`);
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new UsageError(`${path}:${errorLine(text, cause)}: invalid JSON (${cause.message.split("\n")[0]})`);
  }
}
function errorLine(text, error) {
  const position = /position (\d+)/.exec(error.message);
  const offset = position ? Number(position[1]) : jsonErrorOffset(text);
  return text.slice(0, offset).split("\n").length;
}
function jsonErrorOffset(text) {
  let i = 0;
  const ws = () => {
    while (i < text.length && " 	\r\n".includes(text.charAt(i))) i++;
  };
  const fail = () => {
    throw new SyntaxAt(i);
  };
  const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  const value = (depth) => {
    ws();
    if (depth > 512) fail();
    const c = text[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (; ; ) {
        if (c === "{") {
          ws();
          if (text[i] !== '"') fail();
          value(depth + 1);
          ws();
          if (text[i++] !== ":") {
            i--;
            fail();
          }
        }
        value(depth + 1);
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === close) return void i++;
        else fail();
      }
    }
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      if (i >= text.length) fail();
      return void i++;
    }
    literal.lastIndex = i;
    if (!literal.test(text)) fail();
    i = literal.lastIndex;
  };
  try {
    value(0);
    ws();
    return i < text.length ? i : text.length;
  } catch (caught) {
    if (caught instanceof SyntaxAt) return caught.offset;
    throw caught;
  }
}
var SyntaxAt = class extends Error {
  constructor(offset) {
    super(`JSON syntax error at offset ${offset}`);
    this.offset = offset;
  }
  offset;
};

export {
  routeRevisions,
  readJsonFile
};

import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  git,
  readBlobs
} from "./chunk-6VFTQC5U.js";
import {
  ABSENT_DIGEST,
  loginFromEmail
} from "./chunk-R5JAJCWD.js";
import {
  absolute
} from "./chunk-7WHS6NR7.js";
import {
  UsageError
} from "./chunk-7Z5DEWCI.js";

// src/adapters/git/pull-facts.ts
import { createHash } from "node:crypto";
async function pullFactsFromGit(repo, scored, given) {
  const paths = scored.report.templates.map((t) => t.path);
  const coAuthors = paths.length === 0 ? [] : await coAuthorLogins(repo, scored.base, scored.head, paths);
  const digestsAt = {};
  for (const commit of new Set(given.reviews.map((r) => r.commit_id).filter((c) => typeof c === "string" && /^[0-9a-f]{40}$/.test(c)))) {
    const digests = await digestsAtCommit(repo, commit, paths);
    if (digests) digestsAt[commit] = digests;
  }
  return { author: given.author, coAuthors: coAuthors.filter((l) => l.toLowerCase() !== given.author.toLowerCase()), reviews: given.reviews, teams: given.teams, headSha: scored.head, digestsAt };
}
async function coAuthorLogins(repo, base, head, paths) {
  const log = await git(repo, ["log", "--format=%ae%n%ce%n%(trailers:key=Co-authored-by,valueonly)", `${base}..${head}`, "--", ...paths]).catch(() => "");
  const logins = /* @__PURE__ */ new Set();
  for (const line of log.split("\n")) {
    const email = /<([^<>\s]{1,320})>/.exec(line)?.[1] ?? line;
    const login = loginFromEmail(email);
    if (login) logins.add(login);
  }
  return [...logins];
}
async function digestsAtCommit(repo, commit, paths) {
  const exists = await git(repo, ["cat-file", "-e", `${commit}^{commit}`]).then(() => true, () => false);
  if (!exists) return null;
  const blobs = await readBlobs(repo, paths.map((p) => `${commit}:${p}`));
  return Object.fromEntries(paths.map((p) => {
    const blob = blobs.get(`${commit}:${p}`);
    return [p, blob ? createHash("sha256").update(blob.toString("utf8")).digest("hex") : ABSENT_DIGEST];
  }));
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
    while (i < text.length && " 	\r\n".includes(text[i])) i++;
  };
  const fail = () => {
    throw i;
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
          if (text[i++] !== ":") i--, fail();
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
  } catch (offset) {
    return offset;
  }
}

export {
  pullFactsFromGit,
  readJsonFile
};

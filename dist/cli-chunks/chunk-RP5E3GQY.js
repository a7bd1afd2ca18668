import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  PromptOpsError
} from "./chunk-7Z5DEWCI.js";

// src/adapters/git/git.ts
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
var exec = promisify(execFile);
var MAX_BUFFER = 512 * 1024 * 1024;
var GitError = class extends PromptOpsError {
  constructor(message, options) {
    super("git", message, options);
    this.name = "GitError";
  }
};
async function git(repo, args, input) {
  try {
    if (input === void 0) {
      const { stdout } = await exec("git", ["-C", repo, ...args], { maxBuffer: MAX_BUFFER, encoding: "utf8" });
      return stdout;
    }
    return (await gitBytes(repo, args, Buffer.from(input))).toString("utf8");
  } catch (cause) {
    if (cause instanceof GitError) throw cause;
    const stderr = String(cause.stderr ?? cause.message).trim().split("\n")[0];
    throw new GitError(`git ${args[0]} failed in ${repo}: ${stderr}`, { cause });
  }
}
function gitBytes(repo, args, input, env) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["-C", repo, ...args], {
      stdio: ["pipe", "pipe", "pipe"],
      ...env ? { env: { ...process.env, ...env } } : {}
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (cause) => reject(new GitError(`cannot run git: ${cause.message}`, { cause })));
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new GitError(`git ${args[0]} failed in ${repo}: ${Buffer.concat(err).toString("utf8").trim().split("\n")[0]}`));
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(input ?? Buffer.alloc(0));
  });
}
async function resolveCommit(repo, ref) {
  if (ref.startsWith("-")) throw new GitError(`invalid ref "${ref}"`);
  try {
    return (await git(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim();
  } catch (cause) {
    throw new GitError(`${repo}: unknown revision "${ref}" (not a branch, tag or commit in this repository)`, { cause });
  }
}
async function readBlobs(repo, specs) {
  const result = /* @__PURE__ */ new Map();
  if (specs.length === 0) return result;
  const out = await gitBytes(repo, ["cat-file", "--batch"], Buffer.from(specs.map((s) => `${s}
`).join("")));
  let pos = 0;
  for (const spec of specs) {
    const eol = out.indexOf(10, pos);
    const header = out.subarray(pos, eol).toString("utf8");
    pos = eol + 1;
    if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
      result.set(spec, null);
      continue;
    }
    const size = Number(header.split(" ")[2]);
    result.set(spec, out.subarray(pos, pos + size));
    pos += size + 1;
  }
  return result;
}

export {
  git,
  gitBytes,
  resolveCommit,
  readBlobs
};

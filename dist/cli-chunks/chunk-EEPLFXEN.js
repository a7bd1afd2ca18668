import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  git,
  gitBytes,
  readBlobs
} from "./chunk-RP5E3GQY.js";

// src/adapters/git/audit-store.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var IDENTITY = {
  GIT_AUTHOR_NAME: "PromptOps",
  GIT_AUTHOR_EMAIL: "promptops@users.noreply.github.com",
  GIT_COMMITTER_NAME: "PromptOps",
  GIT_COMMITTER_EMAIL: "promptops@users.noreply.github.com"
};
var ZERO = "0000000000000000000000000000000000000000";
function localAuditStore(repo, branch) {
  const ref = `refs/heads/${branch}`;
  return {
    branch,
    async load() {
      const tip = await git(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).then(
        (s) => s.trim(),
        () => null
      );
      return { tip, files: tip ? await readTree(repo, tip) : {} };
    },
    async commit(tip, files, message) {
      const dir = mkdtempSync(join(tmpdir(), "promptops-index-"));
      const env = { ...IDENTITY, GIT_INDEX_FILE: join(dir, "index") };
      try {
        await gitBytes(repo, tip ? ["read-tree", tip] : ["read-tree", "--empty"], void 0, env);
        for (const [path, text] of Object.entries(files)) {
          const sha = (await gitBytes(repo, ["hash-object", "-w", "--stdin"], Buffer.from(text))).toString().trim();
          await gitBytes(repo, ["update-index", "--add", "--cacheinfo", `100644,${sha},${path}`], void 0, env);
        }
        const tree = (await gitBytes(repo, ["write-tree"], void 0, env)).toString().trim();
        const commit = (await gitBytes(repo, ["commit-tree", tree, ...tip ? ["-p", tip] : [], "-m", message], void 0, env)).toString().trim();
        try {
          await gitBytes(repo, ["update-ref", ref, commit, tip ?? ZERO]);
        } catch {
          return { ok: false, reason: "conflict" };
        }
        return { ok: true, commit };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  };
}
async function readTree(repo, commit) {
  const listing = await git(repo, ["ls-tree", "-r", "-z", commit]);
  const entries = listing.split("\0").filter(Boolean).map((line) => {
    const tab = line.indexOf("	");
    const sha = line.slice(0, tab).split(" ")[2];
    if (sha === void 0) throw new Error(`git ls-tree ${commit}: unexpected line ${JSON.stringify(line)}`);
    return { sha, path: line.slice(tab + 1) };
  });
  const blobs = await readBlobs(
    repo,
    entries.map((e) => e.sha)
  );
  return Object.fromEntries(entries.map((e) => [e.path, blobs.get(e.sha)?.toString("utf8") ?? ""]));
}

export {
  localAuditStore
};

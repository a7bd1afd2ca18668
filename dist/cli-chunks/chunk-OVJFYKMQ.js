import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  git,
  readBlobs
} from "./chunk-RP5E3GQY.js";
import {
  CODEOWNERS_PATHS,
  pickCodeowners
} from "./chunk-XTRQLRQ2.js";
import {
  CONFIG_PATH,
  parseConfig
} from "./chunk-T6OKS3OG.js";

// src/adapters/git/repository.ts
import { isAbsolute, resolve } from "node:path";
async function isGitRepository(dir) {
  if (await git(dir, ["rev-parse", "--is-inside-work-tree"]).then(
    () => true,
    () => false
  ))
    return true;
  return git(dir, ["rev-parse", "--git-dir"]).then(
    () => true,
    () => false
  );
}
async function gitDirOf(repo) {
  const dir = (await git(repo, ["rev-parse", "--git-dir"])).trim();
  return isAbsolute(dir) ? dir : resolve(repo, dir);
}
async function workTreeRoot(repo) {
  return (await git(repo, ["rev-parse", "--show-toplevel"])).trim();
}
async function originUrl(repo) {
  const url = (await git(repo, ["config", "--get", "remote.origin.url"]).catch(() => "")).trim();
  return url === "" ? null : url;
}
async function authorDates(repo, base, head) {
  return (await git(repo, ["log", "--reverse", "--format=%aI", `${base}..${head}`]).catch(() => "")).split("\n").filter(Boolean);
}
async function listFiles(repo, commit) {
  return (await git(repo, ["ls-tree", "-r", "-z", "--name-only", commit])).split("\0").filter(Boolean);
}

// src/adapters/git/policy.ts
async function loadPolicyAt(repo, commit, configOverride) {
  const paths = [CONFIG_PATH, ".github/promptops.yaml", ...CODEOWNERS_PATHS];
  const blobs = await readBlobs(
    repo,
    paths.map((p) => `${commit}:${p}`)
  );
  const text = (p) => blobs.get(`${commit}:${p}`)?.toString("utf8");
  const configPath = text(CONFIG_PATH) !== void 0 ? CONFIG_PATH : ".github/promptops.yaml";
  const configText = configOverride?.text ?? text(configPath) ?? null;
  return {
    commit,
    configText,
    config: parseConfig(configText, configOverride?.path ?? configPath),
    codeowners: pickCodeowners(Object.fromEntries(CODEOWNERS_PATHS.map((p) => [p, text(p)]))),
    codeownersPaths: CODEOWNERS_PATHS.filter((p) => text(p) !== void 0)
  };
}

export {
  isGitRepository,
  gitDirOf,
  workTreeRoot,
  originUrl,
  authorDates,
  listFiles,
  loadPolicyAt
};

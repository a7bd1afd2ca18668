import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  readBlobs
} from "./chunk-MN5DAYSW.js";
import {
  CODEOWNERS_PATHS,
  pickCodeowners
} from "./chunk-NN2D3ZQH.js";
import {
  CONFIG_PATH,
  parseConfig
} from "./chunk-NMV3WDMR.js";

// src/adapters/git/policy.ts
async function loadPolicyAt(repo, commit, configOverride) {
  const paths = [CONFIG_PATH, ".github/promptops.yaml", ...CODEOWNERS_PATHS];
  const blobs = await readBlobs(repo, paths.map((p) => `${commit}:${p}`));
  const text = (p) => blobs.get(`${commit}:${p}`)?.toString("utf8");
  const configPath = text(CONFIG_PATH) !== void 0 ? CONFIG_PATH : ".github/promptops.yaml";
  const configText = configOverride?.text ?? text(configPath) ?? null;
  return {
    commit,
    configText,
    config: parseConfig(configText, configOverride?.path ?? configPath),
    codeowners: pickCodeowners(Object.fromEntries(CODEOWNERS_PATHS.map((p) => [p, text(p)])))
  };
}

export {
  loadPolicyAt
};

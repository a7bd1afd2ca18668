import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  isGitRepository
} from "./chunk-OVJFYKMQ.js";
import {
  absolute,
  str
} from "./chunk-625UJJ63.js";
import {
  UsageError
} from "./chunk-7Z5DEWCI.js";

// src/cli/repo-arg.ts
import { stat } from "node:fs/promises";
async function gitRepoArg(cwd, value) {
  const given = str(value) ?? ".";
  const dir = absolute(cwd, given);
  const info = await stat(dir).catch(() => null);
  if (!info) throw new UsageError(`--repo ${given}: no such directory`);
  if (!info.isDirectory()) throw new UsageError(`--repo ${given}: not a directory`);
  if (!await isGitRepository(dir)) {
    throw new UsageError(`--repo ${given}: not a git repository (run it in a clone, or pass --repo DIR of one)`);
  }
  return dir;
}

export {
  gitRepoArg
};

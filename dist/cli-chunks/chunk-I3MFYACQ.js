import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  absolute
} from "./chunk-625UJJ63.js";
import {
  UsageError
} from "./chunk-7Z5DEWCI.js";

// src/cli/read-text.ts
import { readFile } from "node:fs/promises";
async function readTextArg(cwd, path) {
  try {
    return await readFile(absolute(cwd, path), "utf8");
  } catch (cause) {
    throw new UsageError(`${path}: cannot read (${cause.code ?? cause.message})`);
  }
}
async function configOverride(cwd, path) {
  return path ? { path, text: await readTextArg(cwd, path) } : void 0;
}

export {
  readTextArg,
  configOverride
};

import { createRequire as __promptopsCreateRequire } from 'node:module';
const require = __promptopsCreateRequire(import.meta.url);
import {
  LEVELS
} from "./chunk-R47RDTTV.js";
import {
  UsageError
} from "./chunk-7Z5DEWCI.js";

// src/cli/args.ts
import { isAbsolute, resolve } from "node:path";
import { parseArgs } from "node:util";
function parse(argv, options, usage) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true
    });
  } catch (cause) {
    throw new UsageError(`${cause.message}

${usage}`);
  }
}
function required(value, flag, usage) {
  if (typeof value !== "string" || value === "") throw new UsageError(`missing ${flag}

${usage}`);
  return value;
}
function oneOf(value, allowed, flag, fallback) {
  if (value === void 0) return fallback;
  if (!allowed.includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(", ")} (got "${value}")`);
  return value;
}
function level(value, flag) {
  if (value === void 0) return void 0;
  return oneOf(value, LEVELS, flag, "low");
}
var absolute = (cwd, path) => isAbsolute(path) ? path : resolve(cwd, path);
var str = (v) => typeof v === "string" ? v : void 0;

export {
  parse,
  required,
  oneOf,
  level,
  absolute,
  str
};
